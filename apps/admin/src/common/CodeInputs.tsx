import type { CodeList } from '@bitgoeul/domain';
import {
  SelectArrayInput,
  type SelectArrayInputProps,
  SelectInput,
  type SelectInputProps,
} from 'react-admin';
import { useUiLocale } from '../i18n/useUiLocale';

type CodeInputProps = Omit<SelectInputProps, 'choices' | 'source'> & {
  source: string;
  list: CodeList<string>;
};

/** A choice from one of the domain's code lists, labelled in the UI language. */
export const CodeSelectInput = ({ list, ...props }: CodeInputProps) => (
  <SelectInput choices={list.options(useUiLocale())} translateChoice={false} {...props} />
);

type CodeArrayInputProps = Omit<SelectArrayInputProps, 'choices' | 'source'> & {
  source: string;
  list: CodeList<string>;
};

/** Several choices from a code list (a rule's child orders; a multi-select filter). */
export const CodeSelectArrayInput = ({ list, ...props }: CodeArrayInputProps) => (
  <SelectArrayInput choices={list.options(useUiLocale())} translateChoice={false} {...props} />
);
