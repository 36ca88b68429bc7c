import { IndicatorUnit, type Locale } from '@bitgoeul/domain';
import { formatNumber } from './format';

/** An indicator's unit in the panel's language ("명", "persons"); empty for a unit the domain lacks. */
export const unitLabel = (unit: string, locale: Locale) =>
  IndicatorUnit.is(unit) ? IndicatorUnit.label(unit, locale) : '';

/** "530명", "598 persons": a figure and its unit as the panel writes them (a space before a word). */
export function figureWithUnit(value: string, unit: string, locale: Locale): string {
  const u = unitLabel(unit, locale);
  return /^[a-z]/i.test(u) ? `${formatNumber(value)} ${u}` : `${formatNumber(value)}${u}`;
}
