import { PASSWORD_MAX, PERSON_NAME_MAX, Role } from '@bitgoeul/domain';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import {
  Loading,
  Title,
  useDataProvider,
  useGetIdentity,
  useLocaleState,
  useLocales,
  useNotify,
  useTranslate,
} from 'react-admin';
import { session } from '../auth/session';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  CHANGE_MY_PASSWORD_MUTATION,
  errorsByField,
  ME_QUERY,
  type MeNode,
  type MeWritten,
  UPDATE_ME_MUTATION,
} from './profileDocuments';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The display name, saved through updateMe; the session's copy follows so the app bar shows it at once. */
const NameSection = ({ me }: { me: MeNode }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const queryClient = useQueryClient();
  const { refetch } = useGetIdentity();
  const [name, setName] = useState(me.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setName(me.name), [me.name]);
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.profile.${key}`, args);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { updateMe } = await dataProvider.query<{ updateMe: MeWritten }>(UPDATE_ME_MUTATION, {
        input: { name, version: me.version },
      });
      const errors = errorsByField(updateMe.userErrors);
      setError(errors.name ?? errors.version ?? errors.form ?? null);
      if (updateMe.user) {
        const current = session.get();
        if (current) session.set({ ...current.user, name: updateMe.user.name }, current.csrfToken);
        await queryClient.invalidateQueries({ queryKey: ['bitgoeul', 'me'] });
        await refetch();
        notify('bitgoeul.profile.nameSaved', { type: 'success' });
      }
    } catch (caught) {
      setError(t('failed', { reason: reasonOf(caught) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={save} noValidate>
      <Stack direction="row" gap={2} alignItems="flex-start" flexWrap="wrap">
        <TextField
          name="name"
          label={t('name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error !== null}
          helperText={error ?? t('nameHint')}
          slotProps={{ htmlInput: { maxLength: PERSON_NAME_MAX } }}
          sx={{ minWidth: 280 }}
        />
        <Button type="submit" variant="outlined" disabled={busy || name === me.name} sx={{ mt: 1 }}>
          {t('saveName')}
        </Button>
      </Stack>
    </Box>
  );
};

/** The panel's language, kept by react-admin's store for this browser. */
const LanguageSection = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  return (
    <TextField
      select
      name="locale"
      label={translate('bitgoeul.profile.language')}
      value={locale}
      onChange={(e) => void setLocale(e.target.value)}
      helperText={translate('bitgoeul.profile.languageHint')}
      sx={{ minWidth: 280 }}
    >
      {locales.map((l) => (
        <MenuItem key={l.locale} value={l.locale}>
          {l.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * A new password, given the current one (checked by the server, which words a wrong one in the UI
 * language); the two new entries must match here. On success the other sessions end and this one stays.
 */
const PasswordSection = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.profile.${key}`, args);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const change = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (values.newPassword !== values.confirmPassword) return setErrors({ confirmPassword: t('mismatch') });
    setBusy(true);
    try {
      const { changeMyPassword } = await dataProvider.query<{ changeMyPassword: MeWritten }>(
        CHANGE_MY_PASSWORD_MUTATION,
        { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } },
      );
      setErrors(errorsByField(changeMyPassword.userErrors));
      if (changeMyPassword.user) {
        setDone(true);
        setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      }
    } catch (caught) {
      setErrors({ form: t('failed', { reason: reasonOf(caught) }) });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof values, hint?: string) => (
    <TextField
      name={name}
      type="password"
      autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
      label={t(name)}
      value={values[name]}
      onChange={set(name)}
      error={errors[name] !== undefined}
      helperText={errors[name] ?? hint ?? ' '}
      slotProps={{ htmlInput: { maxLength: PASSWORD_MAX } }}
      required
      sx={{ minWidth: 320 }}
    />
  );

  return (
    <Box component="form" onSubmit={change} noValidate data-testid="password-form">
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('passwordIntro')}
      </Typography>
      <Stack gap={1} sx={{ maxWidth: 420 }}>
        {field('currentPassword')}
        {field('newPassword', t('newPasswordHint'))}
        {field('confirmPassword')}
      </Stack>
      {errors.form || errors.id ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errors.form ?? errors.id}
        </Alert>
      ) : null}
      {done ? (
        <Alert severity="success" sx={{ mt: 1 }} data-testid="password-changed">
          {t('passwordChanged')}
        </Alert>
      ) : null}
      <Button
        type="submit"
        variant="contained"
        sx={{ mt: 2 }}
        disabled={busy || !values.currentPassword || !values.newPassword}
      >
        {t('changePassword')}
      </Button>
    </Box>
  );
};

/** 내 정보: who is signed in, their name and language, and their password. */
export const ProfilePage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const { data, isPending, error } = useGraphqlQuery<{ me: MeNode | null }>('me', ME_QUERY);
  const t = (key: string) => translate(`bitgoeul.profile.${key}`);
  if (isPending) return <Loading />;
  if (error || !data?.me) return <Alert severity="error">{reasonOf(error)}</Alert>;
  const { me } = data;
  return (
    <Stack gap={2} sx={{ mt: 2, maxWidth: 900 }} data-testid="profile">
      <Title title={t('title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('account')}
          </Typography>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1, mb: 3 }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('email')}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid="profile-email">
              {me.email}
            </Typography>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('role')}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid="profile-role">
              {Role.label(me.role, locale)}
            </Typography>
          </Box>
          <Stack gap={3}>
            <NameSection me={me} />
            <LanguageSection />
          </Stack>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('password')}
          </Typography>
          <PasswordSection />
        </CardContent>
      </Card>
    </Stack>
  );
};
