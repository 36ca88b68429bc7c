import { PublicationAction, PublicationDisplay } from '@bitgoeul/domain';
import {
  Alert,
  Box,
  Button,
  Chip,
  type ChipProps,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { formatDateTime } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  type PublicationFields,
  TRANSITION_OBSERVATION_MUTATION,
  type TransitionInput,
  type TransitionPayload,
} from './publishingDocuments';
import { seoulInstant } from './reviewQueue';

// Colours whose text keeps 4.5:1 on the page (the theme's warning and info are too light for text).
const COLOUR: Record<string, ChipProps['color']> = {
  DRAFT: 'default',
  IN_REVIEW: 'primary',
  RETURNED: 'error',
  APPROVED: 'secondary',
  SCHEDULED: 'secondary',
  PUBLISHED: 'success',
  WITHDRAWN: 'default',
};

/** The state beside a figure, in the panel's language; a scheduled one says when it is released. */
export const PublicationBadge = ({ figure }: { figure: PublicationFields }) => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const display = figure.publicationDisplay;
  if (!display) return null;
  const label = PublicationDisplay.is(display) ? PublicationDisplay.label(display, locale) : display;
  return (
    <Stack gap={0.5} alignItems="flex-start">
      <Chip
        size="small"
        variant="outlined"
        color={COLOUR[display] ?? 'default'}
        label={label}
        data-testid="publication-state"
        data-state={display}
      />
      {display === 'SCHEDULED' && figure.releaseAt ? (
        <Typography variant="caption" data-testid="release-at">
          {translate('bitgoeul.publishing.scheduledFor', { time: formatDateTime(figure.releaseAt, locale) })}
        </Typography>
      ) : null}
      {figure.reviewComment ? (
        <Typography variant="caption" data-testid="review-comment" sx={{ whiteSpace: 'pre-wrap' }}>
          {translate(
            display === 'RETURNED'
              ? 'bitgoeul.publishing.returnComment'
              : 'bitgoeul.publishing.approvalComment',
            { comment: figure.reviewComment },
          )}
        </Typography>
      ) : null}
      {figure.withdrawalReason ? (
        <Typography variant="caption" data-testid="withdrawal-reason" sx={{ whiteSpace: 'pre-wrap' }}>
          {translate('bitgoeul.publishing.withdrawalReason', { reason: figure.withdrawalReason })}
        </Typography>
      ) : null}
    </Stack>
  );
};

/** What a step answered: null when taken, else the API's refusal in the panel's language. */
export type StepResult = { ok: true } | { ok: false; message: string; code: string | null };

/** One step on one vintage, sent with the version read; refusals come back as the API words them. */
export function useTransition() {
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  return async (input: TransitionInput): Promise<StepResult> => {
    try {
      const { transitionObservation } = await dataProvider.query<{
        transitionObservation: TransitionPayload;
      }>(TRANSITION_OBSERVATION_MUTATION, { input });
      const refusal = transitionObservation.userErrors[0];
      if (refusal) {
        return {
          ok: false,
          message: transitionObservation.userErrors.map((e) => e.message).join(' '),
          code: refusal.code,
        };
      }
      return { ok: true };
    } catch (error) {
      // FORBIDDEN and other GraphQL errors: the server's message, already in the caller's language.
      return { ok: false, message: (error as Error).message, code: null };
    }
  };
}

/** The steps that ask something first: a comment, a reason, a release time. */
const ASKS = new Set<PublicationAction>(['RETURN', 'WITHDRAW', 'SCHEDULE']);

interface Figure extends PublicationFields {
  id: string;
  version: number;
}

/**
 * The buttons for the steps the API says the reader may take now on this vintage. RETURN asks a
 * comment, WITHDRAW a reason, SCHEDULE a date and time in Korea time; the others go at once.
 */
export const PublicationActions = ({
  figure,
  describe,
  onDone,
}: {
  figure: Figure;
  /** The figure as a sentence, for the dialog (지표 · 기간 · 값). */
  describe: string;
  onDone: () => void;
}) => {
  const locale = useUiLocale();
  const notify = useNotify();
  const transition = useTransition();
  const [asking, setAsking] = useState<PublicationAction | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (input: TransitionInput): Promise<StepResult> => {
    setBusy(true);
    try {
      const result = await transition(input);
      if (result.ok) {
        notify(`bitgoeul.publishing.done.${input.action}`, { type: 'success' });
        onDone();
      } else if (!ASKS.has(input.action)) {
        notify(result.message, { type: 'error', messageArgs: { _: result.message } });
      }
      return result;
    } finally {
      setBusy(false);
    }
  };

  if (!figure.availableActions.length) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {figure.availableActions.map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === 'APPROVE' || action === 'PUBLISH' ? 'contained' : 'outlined'}
          color={action === 'RETURN' || action === 'WITHDRAW' ? 'error' : 'primary'}
          disabled={busy}
          data-action={action}
          onClick={() =>
            ASKS.has(action)
              ? setAsking(action)
              : void run({ id: figure.id, version: figure.version, action })
          }
        >
          {PublicationAction.label(action, locale)}
        </Button>
      ))}
      {asking ? (
        <StepDialog
          action={asking}
          describe={describe}
          onCancel={() => setAsking(null)}
          onSend={async (extra) => {
            const result = await run({ id: figure.id, version: figure.version, action: asking, ...extra });
            if (result.ok) setAsking(null);
            return result;
          }}
        />
      ) : null}
    </Box>
  );
};

const StepDialog = ({
  action,
  describe,
  onCancel,
  onSend,
}: {
  action: PublicationAction;
  describe: string;
  onCancel: () => void;
  onSend: (extra: Partial<TransitionInput>) => Promise<StepResult>;
}) => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const t = (key: string) => translate(`bitgoeul.publishing.dialog.${key}`);
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    let extra: Partial<TransitionInput>;
    if (action === 'SCHEDULE') {
      const releaseAt = seoulInstant(text);
      if (!releaseAt) return setFieldError(t('releaseRequired'));
      extra = { releaseAt };
    } else if (!text.trim()) {
      return setFieldError(t(action === 'RETURN' ? 'commentRequired' : 'reasonRequired'));
    } else {
      extra = action === 'RETURN' ? { comment: text } : { reason: text };
    }
    setFieldError(null);
    setSending(true);
    try {
      const result = await onSend(extra);
      setRefusal(result.ok ? null : result.message);
    } finally {
      setSending(false);
    }
  };

  const titleId = `step-${action}-title`;
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t(action)}</DialogTitle>
      <DialogContent>
        <Stack gap={1.5} sx={{ pt: 1 }}>
          <DialogContentText>{describe}</DialogContentText>
          {refusal ? (
            <Alert severity="error" data-testid="step-refusal">
              {refusal}
            </Alert>
          ) : null}
          {action === 'SCHEDULE' ? (
            <TextField
              name="releaseAt"
              type="datetime-local"
              label={t('releaseAt')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={Boolean(fieldError)}
              helperText={fieldError ?? t('releaseHint')}
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
          ) : (
            <TextField
              name={action === 'RETURN' ? 'comment' : 'reason'}
              label={t(action === 'RETURN' ? 'comment' : 'reason')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={Boolean(fieldError)}
              helperText={fieldError ?? ' '}
              multiline
              minRows={3}
              required
              fullWidth
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={send} disabled={sending} data-testid="step-send">
          {PublicationAction.label(action, locale)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
