import { SourceKind } from '@bitgoeul/domain';
import { Chip, Stack, Typography } from '@mui/material';
import {
  Labeled,
  NumberField,
  SimpleShowLayout,
  TextField,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RESOURCES } from '../dataProvider/registry';
import type { SourceRecord } from '../dataProvider/resources/sources';
import { CalendarDateField, CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

/** The resource that lists a GraphQL type's records (Program → programs), where the admin has one. */
const resourceOf = (type: string) => RESOURCES.find((r) => r.typeName === type)?.name;

/** What cites the source, by kind of record: a source cited by anything cannot be deleted. */
const UsedBy = () => {
  const record = useRecordContext<SourceRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.usedBy.length === 0) {
    return <Typography variant="body2">{translate('bitgoeul.sources.notCited')}</Typography>;
  }
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" data-testid="source-used-by">
      {record.usedBy.map((use) => {
        const resource = resourceOf(use.type);
        const name = resource
          ? translate(`resources.${resource}.name`, { smart_count: use.count })
          : translate(`bitgoeul.sources.citedBy.${use.type}`, { _: use.type });
        return <Chip key={use.type} label={`${name} ${use.count.toLocaleString()}`} data-type={use.type} />;
      })}
    </Stack>
  );
};

export const SourceShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <TextField source="title" />
      <CodeField source="kind" list={SourceKind} />
      <TextField source="code" />
      <TextField source="publisher" emptyText="-" />
      <TextField source="author" emptyText="-" />
      <UrlField source="url" emptyText="-" target="_blank" rel="noreferrer" />
      <CalendarDateField source="publishedOn" emptyText="-" />
      <CalendarDateField source="retrievedOn" emptyText="-" />
      <TextField source="note" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <Labeled source="usedBy">
        <UsedBy />
      </Labeled>
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
