import { type Bilingual, formatIssue, fromZodIssues, type Locale } from '@bitgoeul/domain';
import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';

/** react-hook-form's resolver as react-admin's forms take it (typed through react-admin, which owns that dependency). */
export type FormResolver = NonNullable<SimpleFormProps['resolver']>;
type FieldErrors = Awaited<ReturnType<FormResolver>>['errors'];

/**
 * A form resolver that validates with a domain schema and words every message as the domain does, in
 * the UI's language. `zodResolver` would show zod's English messages, and a zod error map cannot
 * reach issues that carry their own message (the domain's END_BEFORE_START does), so the issues go
 * through the domain's `fromZodIssues` + `formatIssue` instead.
 *
 * An edit form holds the whole record (id, version, timestamps); only the schema's own fields are
 * validated and handed on, so a strict input schema can serve the edit form too.
 */
export function domainResolver(
  schema: z.ZodObject,
  locale: Locale,
  fieldLabels: Readonly<Record<string, Bilingual>> = {},
  /**
   * Inputs the API takes that the domain schema does not own (the zone of an exemption, the facility of a
   * milestone: in the domain they are the parent's, not the record's), handed on as they are.
   */
  keep: readonly string[] = [],
  /** Turns what the inputs hold into what the schema reads (empty nested groups into null). */
  prepare: (values: Record<string, unknown>) => Record<string, unknown> = (v) => v,
): FormResolver {
  const fields = Object.keys(schema.shape);
  return async (formValues, _context, options) => {
    const values = prepare(formValues);
    const input = Object.fromEntries(fields.filter((f) => f in values).map((f) => [f, values[f]]));
    // reportInput keeps the rejected value on each issue: the domain tells "missing" from "wrong type" by it.
    const result = await schema.safeParseAsync(input, { reportInput: true });
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      const kept = Object.fromEntries(
        keep.filter((f) => f in values).map((f) => [f, values[f] === '' ? null : values[f]]),
      );
      return { values: { ...result.data, ...kept }, errors: {} };
    }
    const flat: Record<string, { type: string; message: string }> = {};
    const issues = fromZodIssues(result.error.issues).map((issue, i) =>
      // An empty select reaches zod as '' or nothing, and the domain calls that an unknown code (listing
      // the raw codes); to the person filling the form it is a required choice left open.
      issue.code === 'UNKNOWN_CODE' && isEmpty(result.error.issues[i]?.input)
        ? { ...issue, code: 'REQUIRED' as const }
        : issue,
    );
    for (const issue of issues) {
      // The first problem with a field is the one to fix first; react-hook-form shows one per input.
      flat[issue.field] ??= { type: issue.code, message: formatIssue(issue, locale, fieldLabels) };
    }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
  };
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';
