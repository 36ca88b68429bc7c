import { Alert, Button } from '@mui/material';
import { useEffect } from 'react';
import { Form, useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import type { SourceRecord } from '../dataProvider/resources/sources';
import { RECENT_SOURCES_FIRST, SingleSourcePicker } from '../sources/SourcePicker';

/** Reports the picker's value to the page: the file source lives in the page's state, not a record. */
const Watch = ({ onChange }: { onChange: (id: string | null) => void }) => {
  const value = useWatch({ name: 'sourceId' }) as string | null | undefined;
  useEffect(() => onChange(value ?? null), [value, onChange]);
  return null;
};

/**
 * The one source a whole file cites, picked by its title; the most recently added source is
 * preselected (the one an official has just entered for this file). With no source on record yet, the
 * page says so and links to adding one, rather than leaving the official with rows that cannot be sent.
 */
export const FileSource = ({
  value,
  onChange,
}: {
  /** undefined until the most recent source is known. */
  value: string | null | undefined;
  onChange: (id: string | null) => void;
}) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<SourceRecord>('sources', {
    pagination: { page: 1, perPage: 1 },
    sort: RECENT_SOURCES_FIRST,
  });
  const latest = data?.[0]?.id ?? null;
  useEffect(() => {
    if (value === undefined && !isPending) onChange(latest);
  }, [value, isPending, latest, onChange]);

  if (isPending || value === undefined) return null;
  return (
    <>
      {latest === null ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          data-testid="import-no-source"
          action={
            <Button component={Link} to="/sources/create" color="inherit" size="small">
              {translate('bitgoeul.sources.create')}
            </Button>
          }
        >
          {translate('bitgoeul.sources.noSource')}
        </Alert>
      ) : null}
      <Form defaultValues={{ sourceId: value }} noValidate>
        <Watch onChange={onChange} />
        <SingleSourcePicker
          source="sourceId"
          label={translate('bitgoeul.sheet.fileSource')}
          helperText={translate('bitgoeul.sheet.fileSourceHint')}
        />
      </Form>
    </>
  );
};
