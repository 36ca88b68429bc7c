import { OrganisationKind, SEARCH_MAX } from '@bitgoeul/domain';
import { ReferenceField, SearchInput } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { NamedRecordList, NameField, nameSortField, RecordDatagrid } from '../common/RecordList';
import { CodeField } from '../format/fields';
import { useUiLocale } from '../i18n/useUiLocale';

/** What a phone row reads of an organisation. */
type OrganisationRow = {
  id: string;
  code: string;
  name: { ko: string; en?: string | null };
  kind: OrganisationKind;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={OrganisationKind} alwaysOn />,
];

export const OrganisationList = () => {
  const locale = useUiLocale();
  return (
    <NamedRecordList filters={filters}>
      <RecordDatagrid<OrganisationRow>
        phone={{ secondary: (record) => OrganisationKind.label(record.kind, locale) }}
      >
        <NameField source="name" sortBy={nameSortField(locale)} />
        <CodeField source="kind" list={OrganisationKind} />
        <ReferenceField source="parentId" reference="organisations" link="show" emptyText="-" />
      </RecordDatagrid>
    </NamedRecordList>
  );
};
