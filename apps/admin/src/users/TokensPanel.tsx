import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { formatDateTime } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import { IssueTokenDialog } from './IssueTokenDialog';
import { type ApiTokenNode, fetchTokens, revokeApiToken, tokenState } from './tokenDocuments';

const RevokeButton = ({ token, onRevoked }: { token: ApiTokenNode; onRevoked: () => void }) => {
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () => revokeApiToken(dataProvider.query, token.id),
    onSuccess: () => {
      notify('bitgoeul.users.tokens.revokedDone', { type: 'success' });
      onRevoked();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <>
      <Button
        label="bitgoeul.users.tokens.revoke"
        color="error"
        onClick={() => setOpen(true)}
        disabled={isPending}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="bitgoeul.users.tokens.revokeTitle"
        titleTranslateOptions={{ name: token.name }}
        content="bitgoeul.users.tokens.revokeContent"
        confirm="bitgoeul.users.tokens.revoke"
        confirmColor="warning"
        onConfirm={() => {
          setOpen(false);
          mutate();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const StateChip = ({ token }: { token: ApiTokenNode }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const state = tokenState(token, new Date());
  if (state === 'REVOKED') {
    const when = formatDateTime(token.revokedAt, locale);
    return <Chip size="small" label={translate('bitgoeul.users.tokens.revoked', { when })} />;
  }
  if (state === 'EXPIRED') return <Chip size="small" label={translate('bitgoeul.users.tokens.expired')} />;
  return <Chip size="small" color="success" label={translate('bitgoeul.users.tokens.active')} />;
};

/** The account's personal API tokens (admins): issue one (its secret shown once), revoke one. */
export const TokensPanel = () => {
  const record = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const locale = useUiLocale();
  const [issuing, setIssuing] = useState(false);
  const userId = record ? String(record.id) : '';
  const queryKey = ['bitgoeul', 'tokens', userId];
  const { data, isPending, error } = useQuery({
    queryKey,
    queryFn: () => fetchTokens(dataProvider.query, userId),
    enabled: userId !== '',
  });
  const reload = () => queryClient.invalidateQueries({ queryKey });
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bitgoeul.users.tokens.${key}`, options);

  return (
    <Box sx={{ p: 2 }} data-testid="tokens-panel">
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }}>
        <Typography variant="h6">{t('title')}</Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button label="bitgoeul.users.tokens.issue" variant="outlined" onClick={() => setIssuing(true)}>
          <AddIcon />
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>
      {isPending && userId !== '' && <CircularProgress size={24} />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && data.length === 0 && <Typography color="text.secondary">{t('none')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('name')}</TableCell>
              <TableCell>{t('prefix')}</TableCell>
              <TableCell>{t('createdAt')}</TableCell>
              <TableCell>{t('expiresAt')}</TableCell>
              <TableCell>{t('lastUsedAt')}</TableCell>
              <TableCell>{t('status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((token) => (
              <TableRow key={token.id} data-testid="token-row">
                <TableCell>{token.name}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{token.prefix}…</TableCell>
                <TableCell>{formatDateTime(token.createdAt, locale)}</TableCell>
                <TableCell>
                  {token.expiresAt ? formatDateTime(token.expiresAt, locale) : t('noExpiry')}
                </TableCell>
                <TableCell>
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('never')}
                </TableCell>
                <TableCell>
                  <StateChip token={token} />
                </TableCell>
                <TableCell align="right">
                  {tokenState(token, new Date()) === 'ACTIVE' && (
                    <RevokeButton token={token} onRevoked={reload} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {issuing && userId && (
        <IssueTokenDialog userId={userId} onClose={() => setIssuing(false)} onIssued={reload} />
      )}
    </Box>
  );
};
