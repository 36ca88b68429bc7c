import { ProgramArea, ProgramStatus } from '@bitgoeul/domain';
import { DateField, type DateFieldProps, SelectField, type SelectFieldProps } from 'react-admin';
import { useDateFormat, useDateTimeFormat, useUiLocale } from '../i18n/useUiLocale';

// `source` stays with the caller: Datagrid and SimpleShowLayout read it off the element for labels and sorting.
type CodeFieldProps = Omit<SelectFieldProps, 'choices' | 'source'> & { source: string };

// Labels come from the domain's code lists in the UI language, not through translate(): they are data.
export const AreaField = (props: CodeFieldProps) => (
  <SelectField choices={ProgramArea.options(useUiLocale())} translateChoice={false} {...props} />
);

export const StatusField = (props: CodeFieldProps) => (
  <SelectField choices={ProgramStatus.options(useUiLocale())} translateChoice={false} {...props} />
);

export const CalendarDateField = (props: DateFieldProps) => <DateField {...useDateFormat()} {...props} />;

export const InstantField = (props: DateFieldProps) => (
  <DateField showTime {...useDateTimeFormat()} {...props} />
);
