import { Alert, Box, Chip, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { formatDateTime } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import type { AuditAction, AuditEventNode } from './auditEvent';
import { ChangesTable } from './ChangesTable';
import { fetchHistory } from './historyDocuments';
import { RestoreButton } from './RestoreButton';

export const ACTION_COLORS: Record<AuditAction, 'success' | 'info' | 'error' | 'warning'> = {
  CREATE: 'success',
  UPDATE: 'info',
  DELETE: 'error',
  RESTORE: 'warning',
};

/** Who wrote: the account's name and email now, else the email recorded then, else the system itself. */
export function authorOf(event: Pick<AuditEventNode, 'user' | 'userEmail'>, system: string): string {
  if (event.user) return event.user.name ? `${event.user.name} (${event.user.email})` : event.user.email;
  return event.userEmail ?? system;
}

export const ActionChip = ({ action }: { action: AuditAction }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={ACTION_COLORS[action]}
      variant="outlined"
      label={translate(`bitgoeul.history.actions.${action}`)}
    />
  );
};

const HistoryEvent = ({
  event,
  resource,
  newest,
  version,
}: {
  event: AuditEventNode;
  resource: string;
  newest: boolean;
  version: number;
}) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  // The newest event is what the record is now; after a deletion there is nothing to go back to.
  const restorable = !newest && event.action !== 'DELETE';
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="history-event" data-action={event.action}>
      <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
        <ActionChip action={event.action} />
        <Typography variant="body2" fontWeight={500}>
          {formatDateTime(event.at, locale)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {authorOf(event, translate('bitgoeul.history.system'))}
        </Typography>
        {event.entityVersion !== null && (
          <Typography variant="body2" color="text.secondary">
            {translate('bitgoeul.history.version', { version: event.entityVersion })}
          </Typography>
        )}
        {newest && <Chip size="small" label={translate('bitgoeul.history.current')} />}
        <Box sx={{ flexGrow: 1 }} />
        {restorable && <RestoreButton event={event} version={version} />}
      </Stack>
      <ChangesTable
        resource={resource}
        changes={event.changes}
        snapshots={{ before: event.before, after: event.after }}
      />
    </Paper>
  );
};

/**
 * The History tab: every write to the record, newest first — when, who, what, and each changed field
 * before → after — with a restore button on each earlier state.
 */
export const RecordHistory = () => {
  const record = useRecordContext<{ id: string; version?: number }>();
  const resource = useResourceContext() ?? '';
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const translate = useTranslate();
  const locale = useUiLocale();
  const id = record?.id ? String(record.id) : '';
  const { data, isPending, error } = useQuery({
    // The version is part of the key: an edit or a restore elsewhere on the page means a longer history.
    queryKey: ['bitgoeul', 'history', resource, id, record?.version, locale],
    queryFn: () => fetchHistory(dataProvider.query, resource, id),
    enabled: id !== '',
  });

  if (isPending) return <CircularProgress size={24} />;
  if (error) {
    return (
      <Alert severity="error">
        {translate('bitgoeul.history.unavailable')} {error.message}
      </Alert>
    );
  }
  if (data.events.length === 0) {
    return <Typography color="text.secondary">{translate('bitgoeul.history.empty')}</Typography>;
  }
  return (
    <Stack spacing={2} data-testid="record-history" sx={{ width: '100%' }}>
      {data.events.map((event, index) => (
        <HistoryEvent
          key={event.id}
          event={event}
          resource={resource}
          newest={index === 0}
          // The version the page shows: a change made since then makes the server refuse, not overwrite.
          version={record?.version ?? data.version}
        />
      ))}
    </Stack>
  );
};
