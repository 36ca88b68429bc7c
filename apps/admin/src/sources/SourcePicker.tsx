import { useCallback } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  useTranslate,
} from 'react-admin';
import type { SourceRecord } from '../dataProvider/resources/sources';
import { formatDate } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';

/** The newest first: the source an official has just added is the one they are about to cite. */
export const RECENT_SOURCES_FIRST = { field: 'createdAt', order: 'DESC' } as const;

/** "2021년 5월 인구동향 · 통계청 · 2021년 7월 28일": what tells two sources apart at a glance. */
export function useSourceOptionText() {
  const locale = useUiLocale();
  // Stable per language: the autocomplete resets its search text whenever its option text changes.
  return useCallback(
    (source: Pick<SourceRecord, 'title' | 'publisher' | 'publishedOn'> | undefined) =>
      source
        ? [source.title, source.publisher, source.publishedOn ? formatDate(source.publishedOn, locale) : null]
            .filter(Boolean)
            .join(' · ')
        : '',
    [locale],
  );
}

// AutocompleteInput clears to '' but the API wants null for "none".
const emptyToNull = (value: string | null) => (value === '' ? null : value);

interface SourcePickerProps {
  /** The form field holding the ids (default `sourceIds`, as every record's input names it). */
  source?: string;
  label?: string;
  helperText?: string | false;
  disabled?: boolean;
}

/**
 * The sources a record cites, found by typing part of a title (or of the publisher or the code):
 * `<SourcePicker />` in a record's form edits its `sourceIds`.
 */
export const SourcePicker = ({ source = 'sourceIds', label, helperText, disabled }: SourcePickerProps) => {
  const translate = useTranslate();
  const optionText = useSourceOptionText();
  return (
    <ReferenceArrayInput source={source} reference="sources" sort={RECENT_SOURCES_FIRST}>
      <AutocompleteArrayInput
        optionText={optionText}
        label={label ?? translate('bitgoeul.sources.pickerMany')}
        helperText={helperText ?? translate('bitgoeul.sources.pickerHint')}
        disabled={disabled}
        fullWidth
      />
    </ReferenceArrayInput>
  );
};

/** One source (an observation's, or the one an imported file cites), found by its title. */
export const SingleSourcePicker = ({
  source = 'sourceId',
  label,
  helperText,
  disabled,
}: SourcePickerProps) => {
  const translate = useTranslate();
  const optionText = useSourceOptionText();
  return (
    <ReferenceInput source={source} reference="sources" sort={RECENT_SOURCES_FIRST}>
      <AutocompleteInput
        optionText={optionText}
        parse={emptyToNull}
        label={label ?? translate('bitgoeul.sources.picker')}
        helperText={helperText ?? translate('bitgoeul.sources.pickerHint')}
        disabled={disabled}
        fullWidth
      />
    </ReferenceInput>
  );
};
