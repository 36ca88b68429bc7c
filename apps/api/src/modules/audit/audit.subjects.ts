import { type Bilingual, INDICATOR_FIELD_LABELS, type Locale } from '@bitgoeul/domain';
import type { RecordKit } from '../../records/record-writes.js';
import { ACCOUNT_LABELS, TOKEN_LABELS } from '../accounts/account-errors.js';
import { benefitRuleKit } from '../benefits/benefit-rule.mutations.js';
import { facilityKit } from '../facilities/facility.mutations.js';
import { milestoneKit } from '../milestones/milestone.mutations.js';
import { organisationKit } from '../organisations/organisation.mutations.js';
import { programKit } from '../programs/program.mutations.js';
import { indicatorKit } from '../statistics/indicator.mutations.js';
import { exemptionKit } from '../zones/exemption.mutations.js';
import { zoneKit } from '../zones/zone.mutations.js';

type AnyKit = RecordKit<{ id: string; version: number }, object>;

/** The records written through a RecordKit: each has a history and can be restored through its kit. */
export const RECORD_KITS: Readonly<Record<string, AnyKit>> = Object.fromEntries(
  [
    programKit,
    organisationKit,
    zoneKit,
    exemptionKit,
    facilityKit,
    milestoneKit,
    indicatorKit,
    benefitRuleKit,
  ].map((kit) => [kit.typename, kit as unknown as AnyKit]),
);

const COMMON: Readonly<Record<string, Bilingual>> = {
  // Organisation links are recorded on the program, zone or facility they belong to.
  organisations: { ko: '참여 기관', en: 'Organisations' },
};

const FIGURE_LABELS: Readonly<Record<string, Bilingual>> = {
  ...INDICATOR_FIELD_LABELS,
  status: { ko: '자료 상태', en: 'Status' },
  vintage: { ko: '차수', en: 'Vintage' },
  supersededAt: { ko: '대체된 시각', en: 'Superseded at' },
  supersededById: { ko: '대체한 값', en: 'Superseded by' },
};

const LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  ...Object.fromEntries(Object.entries(RECORD_KITS).map(([type, kit]) => [type, kit.labels])),
  Observation: FIGURE_LABELS,
  Target: FIGURE_LABELS,
  User: ACCOUNT_LABELS,
  ApiToken: TOKEN_LABELS,
};

/**
 * A changed field's name in the reader's language: the field's own label, else the nearest
 * enclosing field's (`designation.authority.ko` falls back to `designation`); null when none.
 */
export function fieldLabel(entityType: string, field: string, locale: Locale): string | null {
  const labels = { ...COMMON, ...LABELS[entityType] };
  for (let path = field; path; path = path.slice(0, Math.max(path.lastIndexOf('.'), 0))) {
    const label = labels[path];
    if (label) return label[locale];
  }
  return null;
}
