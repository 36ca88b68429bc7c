import { type Frequency, type Locale, periodLabel, TargetKind, toPeriod } from '@bitgoeul/domain';
import { formatDate, formatNumber } from '../format/format';
import type { SeriesDatum } from './chartLayout';
import type { ChartTarget } from './SeriesChart';

/** What a chart of an indicator reads: its series, its current targets, and the spans a series leaves out. */
const CHART_FIELDS = /* GraphQL */ `
  id
  code
  name { ko en }
  unit
  frequency
  aggregation
  series(from: $from, to: $to, frequency: $frequency) { period periodStart periodEnd value complete }
  targets { kind period deadline value }
  observations(from: $from, to: $to) { period periodStart periodEnd value }
`;

export const INDICATOR_CHART_QUERY = /* GraphQL */ `
  query AdminIndicatorChart($id: ID!, $from: String!, $to: String!, $frequency: Frequency) {
    indicator(id: $id) { ${CHART_FIELDS} }
  }
`;

/** The dashboard's small charts: every key indicator in one request (series are batched by the API). */
export const KPI_CHARTS_QUERY = /* GraphQL */ `
  query AdminKpiCharts($codes: [String!], $from: String!, $to: String!, $frequency: Frequency) {
    indicators(first: 20, filter: { code: { in: $codes } }) { nodes { ${CHART_FIELDS} } }
  }
`;

export interface ChartIndicator {
  id: string;
  code: string;
  name: { ko: string; en: string | null };
  unit: string;
  frequency: string;
  aggregation: string;
  series: SeriesDatum[];
  targets: { kind: string; period: string | null; deadline: string | null; value: string }[];
  observations: { period: string; periodStart: string; periodEnd: string; value: string }[];
}

/** The widest range a chart asks for: every figure on record. */
export const ALL_PERIODS = { from: '1900', to: '2100' } as const;

/** The grains a chart can roll an indicator up to: its own and every coarser one. */
export function grainsOf(frequency: string): Frequency[] {
  const order: Frequency[] = ['MONTH', 'QUARTER', 'YEAR'];
  const at = order.indexOf(frequency as Frequency);
  return at < 0 ? [] : order.slice(at);
}

/**
 * What to draw. A regular series leaves out spans ("2021년 1~4월" is a total already); when an indicator
 * has only spans — births January–April — the spans are the picture, each a bar of its own.
 */
export function chartOf(
  indicator: ChartIndicator,
  options: { view: 'series' | 'spans'; grain: Frequency | null },
  locale: Locale,
  targetWord: string,
): { series: SeriesDatum[]; targets: ChartTarget[]; spans: number } {
  const spans = indicator.observations
    .filter((o) => toPeriod(o.period).kind === 'SPAN')
    .map((o) => ({ ...o, complete: true }));
  const regular = indicator.frequency !== 'IRREGULAR' || options.grain !== null;
  const series = options.view === 'spans' ? spans : indicator.series;
  const grain = options.grain ?? (indicator.frequency as Frequency);
  const targets = indicator.targets
    .filter((t) => {
      if (!t.period) return true;
      // A target of another grain is for another picture (a yearly total over monthly bars).
      const period = toPeriod(t.period);
      return options.view === 'spans' ? period.kind === 'SPAN' : !regular || period.granularity === grain;
    })
    .map((t): ChartTarget => {
      const when = t.period
        ? periodLabel(t.period, locale)
        : t.deadline
          ? formatDate(t.deadline, locale)
          : TargetKind.is(t.kind)
            ? TargetKind.label(t.kind, locale)
            : '';
      const period = t.period ? toPeriod(t.period) : null;
      return {
        value: t.value,
        periodStart: period?.start ?? null,
        periodEnd: period?.end ?? null,
        label: `${targetWord} ${formatNumber(t.value)}${when ? ` (${when})` : ''}`,
      };
    });
  return { series, targets, spans: regular ? spans.length : 0 };
}
