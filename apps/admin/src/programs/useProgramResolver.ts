import { PROGRAM_FIELD_LABELS, ProgramInput } from '@bitgoeul/domain';
import { useMemo } from 'react';
import { domainResolver } from '../forms/domainResolver';
import { useUiLocale } from '../i18n/useUiLocale';

/**
 * Create and edit validate with the same schema: an edit form submits the whole record after the
 * resolver drops what is not input, and the data provider sends on only what changed.
 */
export function useProgramResolver() {
  const locale = useUiLocale();
  return useMemo(() => domainResolver(ProgramInput, locale, PROGRAM_FIELD_LABELS), [locale]);
}
