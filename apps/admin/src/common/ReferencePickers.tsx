import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  useTranslate,
} from 'react-admin';

interface Named {
  code?: string;
  name?: { ko: string; en: string | null };
}

/** "광주글로벌모터스 (GGM-PLANT)": the Korean name a person searches by, and the code that tells twins apart. */
export const optionText = (record: Named) =>
  record.code ? `${record.name?.ko ?? ''} (${record.code})` : (record.name?.ko ?? '');

// AutocompleteInput clears to '' but the domain wants null for "none" ('' is a blank id to it).
const emptyToNull = (value: string | null) => (value === '' ? null : value);

interface PickerProps {
  source: string;
  reference: string;
  filter?: Record<string, unknown>;
  label?: string;
  helperText?: string | false;
  disabled?: boolean;
}

/** One related record, found by typing part of its Korean or English name or its code. */
export const ReferencePicker = ({ source, reference, filter, label, helperText, disabled }: PickerProps) => {
  const translate = useTranslate();
  return (
    <ReferenceInput
      source={source}
      reference={reference}
      filter={filter}
      sort={{ field: 'name.ko', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText={optionText}
        parse={emptyToNull}
        label={label}
        disabled={disabled}
        helperText={helperText ?? translate('bitgoeul.searchHint')}
        fullWidth
      />
    </ReferenceInput>
  );
};

/** Several related records (a facility's programs, a zone's overlapping zones). */
export const ReferenceArrayPicker = ({ source, reference, filter, label }: PickerProps) => {
  const translate = useTranslate();
  return (
    <ReferenceArrayInput
      source={source}
      reference={reference}
      filter={filter}
      sort={{ field: 'name.ko', order: 'ASC' }}
    >
      <AutocompleteArrayInput
        optionText={optionText}
        label={label}
        helperText={translate('bitgoeul.searchHint')}
        fullWidth
      />
    </ReferenceArrayInput>
  );
};
