import { useEffect, useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  ResettableTextField,
  type TextInputProps,
  useInput,
  useTranslate,
} from 'react-admin';
import { isFinishedDate, readCalendarDate } from '../format/calendarDate';

/**
 * A date typed as text and kept as `YYYY-MM-DD`, whatever the browser's locale: a native date input shows
 * mm/dd/yyyy in an English browser and yyyy. mm. dd. in a Korean one, and neither takes the other's
 * writing. Accepts what officials write (`2021. 5. 3.`, `20210503`, `2021년 5월 3일`…) and shows how it
 * read it; what it cannot read is left as typed for the form's check to name.
 *
 * In a filter (`filter`), text that is not yet a date changes nothing, so the list is not asked for a date
 * half typed.
 */
export const CalendarDateInput = ({
  filter = false,
  helperText,
  label,
  ...props
}: Omit<TextInputProps, 'format' | 'parse' | 'type'> & { filter?: boolean }) => {
  const translate = useTranslate();
  const {
    field,
    fieldState: { error, invalid },
    id,
    isRequired,
  } = useInput(props);
  const stored = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState(stored);
  // A value set from outside (a reset, a record loaded, a filter cleared) replaces what is shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the stored value counts
  useEffect(() => {
    if (readCalendarDate(text) !== (stored || null) && text !== stored) setText(stored);
  }, [stored]);

  const commit = (value: string, leaving: boolean) => {
    const date = readCalendarDate(value);
    const shown = date && (leaving || isFinishedDate(value)) ? date : value;
    setText(shown);
    if (value.trim() === '') field.onChange(null);
    else if (date) field.onChange(date);
    else if (!filter) field.onChange(value);
  };

  return (
    <ResettableTextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(e) => commit(e.target.value, false)}
      onBlur={() => {
        commit(text, true);
        field.onBlur();
      }}
      placeholder="YYYY-MM-DD"
      inputProps={{ inputMode: 'numeric', autoComplete: 'off' }}
      className={`ra-input ra-input-${props.source}`}
      label={
        label !== '' && label !== false ? (
          <FieldTitle label={label} source={props.source} resource={props.resource} isRequired={isRequired} />
        ) : null
      }
      error={invalid}
      helperText={
        <InputHelperText error={error?.message} helperText={helperText ?? translate('bitgoeul.dateHint')} />
      }
      fullWidth={props.fullWidth}
      sx={props.sx}
    />
  );
};
