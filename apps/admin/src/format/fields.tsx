import type { CodeList, Locale } from '@bitgoeul/domain';
import { Typography } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import { SelectField, type SelectFieldProps, useFieldValue } from 'react-admin';
import { useUiLocale } from '../i18n/useUiLocale';
import { formatDate, formatDateTime, formatKrw, formatNumber } from './format';

/**
 * Read-only fields that write values the Korean way, through the helpers in format.ts. `source` stays on
 * the element: Datagrid and SimpleShowLayout read it for the column label and the sort.
 */
export interface FormattedFieldProps {
  source: string;
  label?: string | false;
  sortable?: boolean;
  sortBy?: string;
  emptyText?: string;
  sx?: SxProps<Theme>;
  textAlign?: 'left' | 'right';
}

type Formatter = (value: unknown, locale: Locale) => string;

const FormattedField = ({
  source,
  emptyText = '',
  sx,
  format,
}: FormattedFieldProps & { format: Formatter }) => {
  const value = useFieldValue({ source });
  const text = format(value, useUiLocale());
  return (
    <Typography component="span" variant="body2" sx={sx}>
      {text === '' ? emptyText : text}
    </Typography>
  );
};

const asString = (value: unknown) => (typeof value === 'string' ? value : null);
const asNumeric = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? value : null);

const calendarDate: Formatter = (v, locale) => formatDate(asString(v), locale);
const instant: Formatter = (v, locale) => formatDateTime(asString(v), locale);
const decimal: Formatter = (v) => formatNumber(asNumeric(v));
const krw: Formatter = (v, locale) => formatKrw(asNumeric(v), locale);

/** A `YYYY-MM-DD` day: "2019년 1월 31일". */
export const CalendarDateField = (props: FormattedFieldProps) => (
  <FormattedField {...props} format={calendarDate} />
);
/** An instant in Gwangju time: "2024년 1월 1일 09:00". */
export const InstantField = (props: FormattedFieldProps) => <FormattedField {...props} format={instant} />;
/** A count or a decimal statistic with thousands separators, digit for digit (pass textAlign="right" in a grid). */
export const DecimalField = (props: FormattedFieldProps) => <FormattedField {...props} format={decimal} />;
/** Whole won: "1,000,000원". */
export const KrwField = (props: FormattedFieldProps) => <FormattedField {...props} format={krw} />;

type CodeFieldProps = Omit<SelectFieldProps, 'choices' | 'source'> & {
  source: string;
  list: CodeList<string>;
};

/** A code shown by its label in the UI language; labels come from the domain's code lists, not translate(). */
export const CodeField = ({ list, ...props }: CodeFieldProps) => (
  <SelectField choices={list.options(useUiLocale())} translateChoice={false} {...props} />
);

/** Several codes (a rule's child orders) as their labels, joined. */
export const CodeListField = ({ list, source, sx }: FormattedFieldProps & { list: CodeList<string> }) => {
  const locale = useUiLocale();
  const value = useFieldValue({ source });
  const codes = Array.isArray(value) ? value : [];
  return (
    <Typography component="span" variant="body2" sx={sx}>
      {codes.map((c) => (list.is(c) ? list.label(c, locale) : String(c))).join(', ')}
    </Typography>
  );
};
