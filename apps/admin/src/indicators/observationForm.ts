import {
  type Frequency,
  formatIssue,
  INDICATOR_FIELD_LABELS,
  type Locale,
  ObservationStatus,
  validateObservation,
} from '@bitgoeul/domain';
import type { ObservationRow } from './observationDocuments';

export interface ObservationDraft {
  period: string;
  value: string;
  status: string;
  sourceId: string;
  note: string;
}

export type Checked =
  | { ok: true; input: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

const messages = (issues: { field: string }[], locale: Locale) => {
  const errors: Record<string, string> = {};
  for (const issue of issues as Parameters<typeof formatIssue>[0][]) {
    errors[issue.field] ??= formatIssue(issue, locale, INDICATOR_FIELD_LABELS);
  }
  return errors;
};

/**
 * A new figure, checked by the domain as the server will check it (the period against the indicator's
 * frequency, the value as an exact decimal: "2,769" is fine, "약 2천" is not), before anything is sent.
 */
export function checkNewObservation(
  indicatorId: string,
  frequency: Frequency,
  draft: ObservationDraft,
  locale: Locale,
): Checked {
  const result = validateObservation(
    {
      indicatorId,
      period: draft.period.trim(),
      value: draft.value.trim(),
      status: draft.status || undefined,
      sourceId: draft.sourceId || undefined,
      note: draft.note,
    },
    { frequency },
  );
  if (!result.ok) return { ok: false, errors: messages(result.issues, locale) };
  return { ok: true, input: result.value };
}

/**
 * A correction of the current figure: a new vintage with the corrected value (and status, source, note),
 * sent with the version that was read. Period and indicator stay: correcting them is a different figure.
 */
export function checkCorrection(
  current: ObservationRow,
  frequency: Frequency,
  draft: ObservationDraft,
  locale: Locale,
): Checked {
  const checked = checkNewObservation('-', frequency, { ...draft, period: current.period }, locale);
  if (!checked.ok) return checked;
  const { value, status, sourceId, note } = checked.input;
  return { ok: true, input: { id: current.id, version: current.version, value, status, sourceId, note } };
}

/** The correction form starts from the figure being corrected. */
export function draftFrom(row: ObservationRow | null): ObservationDraft {
  return row
    ? {
        period: row.period,
        value: row.value,
        status: row.status,
        sourceId: row.source.id,
        note: row.note ?? '',
      }
    : { period: '', value: '', status: ObservationStatus.codes[0], sourceId: '', note: '' };
}

/** The server's userErrors, keyed by input field, for the dialog to show under its inputs. */
export function userErrorMessages(
  userErrors: { field: string[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const e of userErrors) errors[e.field.join('.') || 'form'] ??= e.message;
  return errors;
}
