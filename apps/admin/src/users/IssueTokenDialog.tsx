import { TOKEN_NAME_MAX } from '@bitgoeul/domain';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { issueApiToken } from './tokenDocuments';

type FieldErrors = Partial<Record<'name' | 'expiresAt', string>> & { root?: { serverError?: string } };

/** What the server said, under the input it concerns (as a saved form shows it). */
const fieldErrorsOf = (error: unknown): FieldErrors =>
  error instanceof HttpError ? ((error.body as { errors?: FieldErrors } | undefined)?.errors ?? {}) : {};

/**
 * Copies the secret with the Clipboard API; where the page may not use it (plain http, a denied
 * permission) the person is told to select the text instead, which the read-only field allows.
 */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const SecretStep = ({ secret, onClose }: { secret: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <>
      <DialogTitle>{translate('bitgoeul.users.tokens.secretTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{translate('bitgoeul.users.tokens.secretWarning')}</Alert>
          <TextField
            value={secret}
            fullWidth
            slotProps={{
              htmlInput: {
                readOnly: true,
                'data-testid': 'token-secret',
                style: { fontFamily: 'monospace' },
              },
            }}
            onFocus={(event) => event.target.select()}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton
          startIcon={<ContentCopyIcon />}
          onClick={async () => {
            const copied = await copy(secret);
            notify(copied ? 'bitgoeul.users.tokens.copied' : 'bitgoeul.users.tokens.copyFailed', {
              type: copied ? 'info' : 'warning',
            });
          }}
        >
          {translate('bitgoeul.users.tokens.copy')}
        </MuiButton>
        <MuiButton variant="contained" onClick={onClose}>
          {translate('bitgoeul.users.tokens.done')}
        </MuiButton>
      </DialogActions>
    </>
  );
};

/** Issues a token for the account: its name and optional last day, then its secret, once. */
export const IssueTokenDialog = ({
  userId,
  onClose,
  onIssued,
}: {
  userId: string;
  onClose: () => void;
  onIssued: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  // Kept only while the dialog is open: closing it is the last time anyone sees the secret.
  const [secret, setSecret] = useState<string | null>(null);
  const { mutate, isPending, error } = useMutation({
    mutationFn: () => issueApiToken(dataProvider.query, { userId, name, expiresAt: expiresAt || null }),
    onSuccess: (issued) => {
      setSecret(issued.secret);
      onIssued();
    },
  });
  const errors = fieldErrorsOf(error);
  const general = errors.root?.serverError ?? (error && !(error instanceof HttpError) ? error.message : null);

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={secret ? undefined : onClose}>
      {secret ? (
        <SecretStep secret={secret} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            mutate();
          }}
        >
          <DialogTitle>{translate('bitgoeul.users.tokens.issue')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {general && <Alert severity="error">{general}</Alert>}
              <TextField
                label={translate('bitgoeul.users.tokens.name')}
                name="tokenName"
                value={name}
                onChange={(event) => setName(event.target.value)}
                required
                autoFocus
                error={Boolean(errors.name)}
                helperText={errors.name ?? translate('bitgoeul.users.tokens.nameHint')}
                slotProps={{ htmlInput: { maxLength: TOKEN_NAME_MAX } }}
              />
              <TextField
                label={translate('bitgoeul.users.tokens.expiresAt')}
                name="tokenExpiresAt"
                type="date"
                value={expiresAt}
                onChange={(event) => setExpiresAt(event.target.value)}
                error={Boolean(errors.expiresAt)}
                helperText={errors.expiresAt ?? translate('bitgoeul.users.tokens.expiresHint')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={isPending || name.trim() === ''}>
              {translate('bitgoeul.users.tokens.issue')}
            </MuiButton>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
};
