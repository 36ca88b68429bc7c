import { FacilityStatus } from '@bitgoeul/domain';
import { Button, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import type { FacilityRecord } from '../dataProvider/resources/facilities';
import { useUiLocale } from '../i18n/useUiLocale';

/**
 * The facility's next lifecycle steps as buttons (the server says which, from the domain). A step is sent
 * without the version that was read: the lifecycle itself is the guard — if someone moved the facility
 * meanwhile, the server checks the step against where it really is and refuses an illegal one with its
 * own message, which is shown as it is.
 */
export const FacilityStatusActions = () => {
  const record = useRecordContext<FacilityRecord>();
  const locale = useUiLocale();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const move = (status: string) =>
    update(
      'facilities',
      { id: record.id, data: { status }, previousData: { ...record, version: undefined } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () =>
          notify('bitgoeul.facilities.moved', {
            type: 'success',
            messageArgs: { status: FacilityStatus.label(status as FacilityStatus, locale) },
          }),
        onError: (error) => {
          notify((error as Error).message, { type: 'error' });
          refresh();
        },
      },
    );
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" data-testid="status-actions">
      <Typography variant="body2" color="text.secondary">
        {translate('bitgoeul.facilities.nextSteps')}
      </Typography>
      {record.nextStatuses.map((status) => (
        <Button
          key={status}
          size="small"
          variant="outlined"
          disabled={isPending}
          onClick={() => move(status)}
        >
          {FacilityStatus.label(status, locale)}
        </Button>
      ))}
      {record.nextStatuses.length === 0 ? <Typography variant="body2">-</Typography> : null}
    </Stack>
  );
};
