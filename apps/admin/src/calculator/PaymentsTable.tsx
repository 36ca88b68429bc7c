import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EntitlementView } from './entitlementView';

type Computed = Extract<EntitlementView, { ok: true }>;

/** Every payment by date, then the total; the subtotals say which rule pays what. */
export const PaymentsTable = ({ view }: { view: Computed }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`bitgoeul.calculator.${key}`);
  const count = view.subtotals.reduce((n, s) => n + s.count, 0);
  return (
    <>
      {/* The answer first, large; the summary and the schedule below say how it adds up. */}
      <Typography variant="h5" component="p" sx={{ mb: 2, fontWeight: 700 }} data-testid="total-summary">
        {`${t('total')} ${view.totalText}`}
      </Typography>
      <Table size="small" aria-label={t('rules')} sx={{ mb: 3 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('rule')}</TableCell>
            <TableCell align="right">{t('count')}</TableCell>
            <TableCell align="right">{t('subtotal')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {view.subtotals.map((s) => (
            <TableRow key={s.ruleId}>
              <TableCell>{s.ruleName}</TableCell>
              <TableCell align="right">{s.count}</TableCell>
              <TableCell align="right">{s.totalText}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>{t('total')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 700 }}>
              {count}
            </TableCell>
            <TableCell
              align="right"
              sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}
              data-testid="summary-total"
            >
              {view.totalText}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
      <Table size="small" aria-label={t('payments')} data-testid="payments">
        <TableHead>
          <TableRow>
            <TableCell>{t('date')}</TableCell>
            <TableCell>{t('rule')}</TableCell>
            <TableCell>{t('kind')}</TableCell>
            <TableCell>{t('instalment')}</TableCell>
            <TableCell align="right">{t('amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {view.rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.dateText}</TableCell>
              <TableCell>{row.ruleName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.kindText}</TableCell>
              <TableCell>{row.instalmentText}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {row.amountText}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={4} sx={{ fontWeight: 700 }}>
              {t('total')}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }} data-testid="total">
              {view.totalText}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </>
  );
};
