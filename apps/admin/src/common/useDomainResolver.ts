import type { Bilingual } from '@bitgoeul/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { domainResolver } from '../forms/domainResolver';
import { useUiLocale } from '../i18n/useUiLocale';

interface ResolverOptions {
  /** Inputs the API takes beside the domain schema (see domainResolver). */
  keep?: readonly string[];
  /** Turns what the inputs hold into what the schema reads; a module-level function. */
  prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
}

const NONE: readonly string[] = [];

/**
 * A create or edit form's resolver: the domain's zod schema, messages in the UI language. Create and edit
 * validate with the same schema: an edit form submits the whole record, the resolver keeps the schema's
 * fields (and `keep`), and the data provider sends on only what changed.
 */
export function useDomainResolver(
  schema: z.ZodObject,
  labels: Readonly<Record<string, Bilingual>>,
  { keep = NONE, prepare }: ResolverOptions = {},
) {
  const locale = useUiLocale();
  const kept = keep.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `keep` is compared by its content.
  return useMemo(
    () => domainResolver(schema, locale, labels, keep, prepare),
    [schema, locale, labels, kept, prepare],
  );
}
