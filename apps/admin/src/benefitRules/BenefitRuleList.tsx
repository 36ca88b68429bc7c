import { BenefitKind, ChildOrder, SEARCH_MAX } from '@bitgoeul/domain';
import { AutocompleteInput, List, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { NameField, RecordDatagrid } from '../common/RecordList';
import { optionText } from '../common/ReferencePickers';
import { useCsvExporter } from '../export/useCsvExporter';
import { CalendarDateField, CodeField, CodeListField, KrwField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={BenefitKind} alwaysOn />,
  <CodeSelectInput key="childOrder" source="childOrder" list={ChildOrder} alwaysOn />,
  <ReferenceInput
    key="program"
    source="programId"
    reference="programs"
    filter={{ area: 'POPULATION_CHILDCARE' }}
  >
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
  <CalendarDateInput
    filter
    key="effectiveOn"
    source="effectiveOn"
    label="bitgoeul.benefitRules.effectiveOn"
  />,
];

export const BenefitRuleList = () => (
  <List
    filters={filters}
    sort={{ field: 'effectiveFrom', order: 'ASC' }}
    perPage={25}
    exporter={useCsvExporter()}
  >
    <RecordDatagrid>
      <NameField source="name" sortable={false} />
      <ReferenceField source="programId" reference="programs" link="show" />
      <CodeField source="kind" list={BenefitKind} />
      <KrwField source="amount" textAlign="right" />
      <TextField source="months" emptyText="-" />
      <CodeListField source="childOrders" list={ChildOrder} sortable={false} />
      <CalendarDateField source="effectiveFrom" />
      <CalendarDateField source="effectiveTo" emptyText="-" />
    </RecordDatagrid>
  </List>
);
