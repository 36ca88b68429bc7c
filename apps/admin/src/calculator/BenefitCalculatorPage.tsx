import { ChildOrder } from '@bitgoeul/domain';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useMemo, useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { readCalendarDate } from '../format/calendarDate';
import { useUiLocale } from '../i18n/useUiLocale';
import { BENEFIT_RULES_QUERY, type BenefitRulesResult, toDomainRules } from './benefitRulesQuery';
import { describeEntitlement, ENTITLEMENT_FIELD_LABELS } from './entitlementView';
import { PaymentsTable } from './PaymentsTable';

interface Question {
  birthDate: string;
  childOrder: string;
}

/**
 * 출생축하금·육아수당 계산기: an official types a birth date and picks the child's order, and sees every
 * payment the city's benefit rules (from the API) promise, computed by the domain as the API would.
 */
export const BenefitCalculatorPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const rules = useGraphqlQuery<BenefitRulesResult>('benefitRules', BENEFIT_RULES_QUERY);
  const [draft, setDraft] = useState<Question>({ birthDate: '', childOrder: '' });
  const [asked, setAsked] = useState<Question | null>(null);
  const [typed, setTyped] = useState('');
  const domainRules = useMemo(() => (rules.data ? toDomainRules(rules.data) : []), [rules.data]);
  const view = asked ? describeEntitlement(domainRules, asked, locale) : null;
  const errors = view && !view.ok ? view.errors : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked(draft);
  };
  // Once a question has been asked, the answer follows every change.
  const change = (next: Question) => {
    setDraft(next);
    if (asked) setAsked(next);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('bitgoeul.calculator.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('bitgoeul.calculator.intro')}
        </Typography>
        <Stack component="form" direction={{ xs: 'column', sm: 'row' }} gap={2} onSubmit={submit} noValidate>
          <TextField
            name="birthDate"
            label={ENTITLEMENT_FIELD_LABELS.birthDate![locale]}
            value={typed}
            placeholder="YYYY-MM-DD"
            onChange={(e) => {
              // Kept as typed; the question is asked with the date it reads as, `YYYY-MM-DD`.
              setTyped(e.target.value);
              change({ ...draft, birthDate: readCalendarDate(e.target.value) ?? e.target.value });
            }}
            onBlur={() => setTyped(readCalendarDate(typed) ?? typed)}
            error={Boolean(errors.birthDate)}
            helperText={errors.birthDate ?? translate('bitgoeul.dateHint')}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
            }}
          />
          <TextField
            name="childOrder"
            select
            label={ENTITLEMENT_FIELD_LABELS.childOrder![locale]}
            value={draft.childOrder}
            onChange={(e) => change({ ...draft, childOrder: e.target.value })}
            error={Boolean(errors.childOrder)}
            helperText={errors.childOrder ?? ' '}
            sx={{ minWidth: 200 }}
          >
            {ChildOrder.options(locale).map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start', mt: 1 }}>
            {translate('bitgoeul.calculator.compute')}
          </Button>
        </Stack>
        {rules.isPending ? <Loading /> : null}
        {rules.error ? (
          <Alert severity="error">
            {translate('bitgoeul.calculator.rulesUnavailable')} {String((rules.error as Error).message)}
          </Alert>
        ) : null}
        {view?.ok && view.rows.length === 0 ? (
          <Alert severity="info">{translate('bitgoeul.calculator.nothing')}</Alert>
        ) : null}
        {view?.ok && view.rows.length > 0 ? <PaymentsTable view={view} /> : null}
      </CardContent>
    </Card>
  );
};
