import { describe, expect, it } from 'vitest';
import { BENEFIT_RULE_EXPORT_COLUMNS } from '../benefitRules';
import { FACILITY_EXPORT_COLUMNS } from '../facilities';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { INDICATOR_EXPORT_COLUMNS } from '../indicators';
import { ORGANISATION_EXPORT_COLUMNS } from '../organisations';
import { PROGRAM_EXPORT_COLUMNS } from '../programs';
import { ZONE_EXPORT_COLUMNS } from '../zones';
import type { ExportColumn } from './exportColumns';

const EXPORTS: [string, readonly ExportColumn[]][] = [
  ['programs', PROGRAM_EXPORT_COLUMNS],
  ['facilities', FACILITY_EXPORT_COLUMNS],
  ['organisations', ORGANISATION_EXPORT_COLUMNS],
  ['zones', ZONE_EXPORT_COLUMNS],
  ['indicators', INDICATOR_EXPORT_COLUMNS],
  ['benefitRules', BENEFIT_RULE_EXPORT_COLUMNS],
];

type Messages = Record<string, unknown>;
const fieldLabel = (messages: Messages, resource: string, source: string) =>
  ((messages.resources as Messages)[resource] as { fields: Record<string, string> }).fields[source];

describe('every exported column has a header', () => {
  it.each(EXPORTS)('%s, in Korean and in English', (resource, columns) => {
    for (const { source } of columns) {
      const korean = fieldLabel(ko as Messages, resource, source);
      expect(korean, `${resource}.${source}`).toMatch(/[가-힣]|^ID$/);
      expect(fieldLabel(en as Messages, resource, source), `${resource}.${source}`).toBeTruthy();
    }
  });
});
