import { FacilityKind, FacilityStatus, SEARCH_MAX } from '@bitgoeul/domain';
import { AutocompleteInput, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { NamedRecordList, NameField, nameSortField, RecordDatagrid } from '../common/RecordList';
import { optionText } from '../common/ReferencePickers';
import type { FacilityRecord } from '../dataProvider/resources/facilities';
import { CodeField } from '../format/fields';
import { useUiLocale } from '../i18n/useUiLocale';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="status" source="status" list={FacilityStatus} alwaysOn />,
  <CodeSelectInput key="kind" source="kind" list={FacilityKind} alwaysOn />,
  <ReferenceInput key="zone" source="zoneWithin" reference="zones">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
  <ReferenceInput key="operator" source="operatorId" reference="organisations">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
];

export const FacilityList = () => {
  const locale = useUiLocale();
  return (
    <NamedRecordList filters={filters}>
      <RecordDatagrid<FacilityRecord>
        sx={{ '& .column-status, & .column-kind': { whiteSpace: 'nowrap' } }}
        phone={{
          secondary: (record) => FacilityStatus.label(record.status, locale),
          tertiary: (record) => FacilityKind.label(record.kind, locale),
        }}
      >
        <NameField source="name" sortBy={nameSortField(locale)} />
        <CodeField source="kind" list={FacilityKind} />
        <CodeField source="status" list={FacilityStatus} />
        <ReferenceField source="zoneId" reference="zones" link="show" emptyText="-" />
        <ReferenceField source="operatorId" reference="organisations" link="show" emptyText="-" />
      </RecordDatagrid>
    </NamedRecordList>
  );
};
