import RestoreIcon from '@mui/icons-material/Restore';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { formatDateTime } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import type { AuditEventNode } from './auditEvent';
import { restoreRecord } from './historyDocuments';

/**
 * Brings the record back to how it was after `event`, once the person confirms. It is sent with the
 * version the page shows, so a change someone made meanwhile is not silently undone: the server refuses
 * (STALE_VERSION) and its message is shown as it is.
 */
export const RestoreButton = ({ event, version }: { event: AuditEventNode; version: number }) => {
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const locale = useUiLocale();
  const { mutate, isPending } = useMutation({
    mutationFn: () => restoreRecord(dataProvider.query, { auditEventId: event.id, version }),
    onSuccess: () => {
      notify('bitgoeul.history.restored', { type: 'success' });
      // The record, its history and any list showing it are read again.
      refresh();
    },
    onError: (error: Error) => {
      notify(error.message, { type: 'error', multiLine: true });
      // A stale page is the usual cause: show what the record is now.
      refresh();
    },
  });
  return (
    <>
      <Button
        label="bitgoeul.history.restore"
        onClick={() => setOpen(true)}
        disabled={isPending}
        data-testid="restore-button"
      >
        <RestoreIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="bitgoeul.history.restoreTitle"
        content="bitgoeul.history.restoreContent"
        translateOptions={{
          when: formatDateTime(event.at, locale),
          version: event.entityVersion ?? '-',
        }}
        confirm="bitgoeul.history.restore"
        onConfirm={() => {
          setOpen(false);
          mutate();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
