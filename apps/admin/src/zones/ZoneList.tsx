import { SEARCH_MAX, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import { AutocompleteInput, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { NamedRecordList, NameField, nameSortField, RecordDatagrid } from '../common/RecordList';
import { optionText } from '../common/ReferencePickers';
import { CalendarDateField, CodeField } from '../format/fields';
import { useUiLocale } from '../i18n/useUiLocale';

/** What a phone row reads of a zone. */
type ZoneRow = {
  id: string;
  code: string;
  name: { ko: string; en?: string | null };
  kind: ZoneKind;
  status: ZoneStatus;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={ZoneKind} alwaysOn />,
  <CodeSelectInput key="status" source="status" list={ZoneStatus} alwaysOn />,
  <ReferenceInput key="within" source="within" reference="zones">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
];

export const ZoneList = () => {
  const locale = useUiLocale();
  return (
    <NamedRecordList filters={filters}>
      <RecordDatagrid<ZoneRow>
        phone={{
          secondary: (record) => ZoneStatus.label(record.status, locale),
          tertiary: (record) => ZoneKind.label(record.kind, locale),
        }}
      >
        <NameField source="name" sortBy={nameSortField(locale)} />
        <CodeField source="kind" list={ZoneKind} />
        <CodeField source="status" list={ZoneStatus} />
        <ReferenceField source="parentId" reference="zones" link="show" emptyText="-" />
        <CalendarDateField source="designation.designatedOn" emptyText="-" />
      </RecordDatagrid>
    </NamedRecordList>
  );
};
