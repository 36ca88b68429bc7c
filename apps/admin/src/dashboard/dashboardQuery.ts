import { type Locale, periodLabel, progressToTarget, toPeriod } from '@bitgoeul/domain';
import { figureWithUnit } from '../format/figures';
import { formatNumber, formatPercentChange } from '../format/format';
import { headlineFigure } from './headline';

/** The seed's key indicators, by their stable codes: what the dashboard's figures are read from. */
export const KPI_INDICATORS = {
  births: 'GWANGJU-BIRTHS',
  ggmJobs: 'GGM-DIRECT-EMPLOYEES',
  aiOffices: 'AI-OFFICES-OPENED',
  aiMous: 'AI-MOUS-SIGNED',
} as const;

export const DASHBOARD_QUERY = /* GraphQL */ `
  query DashboardKpis($codes: [String!]) {
    programsInImplementation: programs(first: 1, filter: { status: { eq: IMPLEMENTATION } }) { totalCount }
    programs: programs(first: 1) { totalCount }
    zones: zones(first: 1) { totalCount }
    facilitiesOperating: facilities(first: 1, filter: { status: { eq: OPERATING } }) { totalCount }
    facilities: facilities(first: 1) { totalCount }
    indicators(first: 100, filter: { code: { in: $codes } }) {
      nodes {
        id
        code
        name { ko en }
        unit
        latest { periodLabel value yoy { percent change previous } }
        progress { percent value target { value } }
        observations { period value vintage supersededAt }
      }
    }
  }
`;

interface IndicatorNode {
  id: string;
  code: string;
  name: { ko: string; en: string | null };
  unit: string;
  latest: {
    periodLabel: string;
    value: string;
    yoy: { percent: string | null; change: string; previous: string } | null;
  } | null;
  progress: { percent: string | null; value: string; target: { value: string } } | null;
  /** The current vintages, in period order. */
  observations: { period: string; value: string; vintage: number; supersededAt: string | null }[];
}

export interface DashboardResult {
  programsInImplementation: { totalCount: number };
  programs: { totalCount: number };
  zones: { totalCount: number };
  facilitiesOperating: { totalCount: number };
  facilities: { totalCount: number };
  indicators: { nodes: IndicatorNode[] };
}

export interface Kpi {
  key: string;
  /** A key under bitgoeul.dashboard. */
  title: string;
  value: string;
  /** "전체 12개 중", "2021년 1~4월 · 전년 동기 대비 +7.2%". */
  detail: string;
  /** What the figure is compared with: "비교: 2020년 1~4월 2,583명". */
  note?: string;
  /** 0–100 where the figure is progress towards something. */
  percent: number | null;
  link: string;
}

/**
 * The dashboard's cards from one query. Derived figures (progress, offices against MOUs) come from the
 * domain's `progressToTarget`, as everywhere else; the year-on-year change is the API's, from the domain.
 */
export function toKpis(
  result: DashboardResult,
  locale: Locale,
  t: (key: string, args?: Record<string, unknown>) => string,
): Kpi[] {
  const byCode = new Map(result.indicators.nodes.map((n) => [n.code, n]));
  const indicatorLink = (n: IndicatorNode | undefined) => (n ? `/indicators/${n.id}/show` : '/indicators');
  const count = (value: number) => formatNumber(value);
  const kpis: Kpi[] = [
    {
      key: 'programs',
      title: 'programsInImplementation',
      value: count(result.programsInImplementation.totalCount),
      detail: t('ofTotal', { total: count(result.programs.totalCount) }),
      percent: null,
      link: '/programs',
    },
    {
      key: 'zones',
      title: 'zones',
      value: count(result.zones.totalCount),
      detail: '',
      percent: null,
      link: '/zones',
    },
    {
      key: 'facilities',
      title: 'facilitiesOperating',
      value: count(result.facilitiesOperating.totalCount),
      detail: t('ofTotal', { total: count(result.facilities.totalCount) }),
      percent: null,
      link: '/facilities',
    },
  ];

  kpis.push(comparedKpi('births', byCode.get(KPI_INDICATORS.births), locale, t, indicatorLink));

  const jobs = byCode.get(KPI_INDICATORS.ggmJobs);
  const jobsTarget = jobs?.progress?.target.value ?? null;
  kpis.push({
    key: 'ggmJobs',
    title: 'ggmJobs',
    value: jobs?.latest ? `${formatNumber(jobs.latest.value)} / ${formatNumber(jobsTarget ?? '-')}` : '-',
    detail: jobs?.progress?.percent ? t('progress', { percent: jobs.progress.percent }) : '',
    percent: jobs?.progress?.percent ? Number(jobs.progress.percent) : null,
    link: indicatorLink(jobs),
  });

  const offices = byCode.get(KPI_INDICATORS.aiOffices)?.latest?.value;
  const mous = byCode.get(KPI_INDICATORS.aiMous)?.latest?.value;
  const share = offices && mous ? progressToTarget(offices, mous, 'UP_IS_GOOD') : null;
  kpis.push({
    key: 'aiOffices',
    title: 'aiOffices',
    value: offices && mous ? `${formatNumber(offices)} / ${formatNumber(mous)}` : '-',
    detail: share ? t('ofMous', { percent: share }) : '',
    percent: share ? Number(share) : null,
    link: indicatorLink(byCode.get(KPI_INDICATORS.aiOffices)),
  });
  return kpis;
}

/**
 * A card that compares like with like: the figure `headlineFigure` picks (the one covering most of the
 * latest year, current vintage), which period it is, and its change on the same kind of period a year
 * earlier — or, when that is not on record, that there is nothing to compare with.
 */
function comparedKpi(
  key: string,
  indicator: IndicatorNode | undefined,
  locale: Locale,
  t: (key: string, args?: Record<string, unknown>) => string,
  link: (n: IndicatorNode | undefined) => string,
): Kpi {
  const headline = indicator ? headlineFigure(indicator.observations) : null;
  if (!indicator || !headline)
    return { key, title: key, value: '-', detail: '', percent: null, link: link(indicator) };
  const { figure, compared, comparedPeriod, change } = headline;
  const wholeYear = toPeriod(figure.period).granularity === 'YEAR';
  const withUnit = (value: string) => figureWithUnit(value, indicator.unit, locale);
  const changeText = change
    ? change.percent !== null
      ? formatPercentChange(change.percent)
      : `${change.difference.startsWith('-') ? '' : '+'}${withUnit(change.difference)}`
    : '';
  const comparison = change
    ? t(wholeYear ? 'yoyYear' : 'yoy', { change: changeText })
    : t(wholeYear ? 'noComparisonYear' : 'noComparison');
  return {
    key,
    title: key,
    value: withUnit(figure.value),
    detail: `${periodLabel(figure.period, locale)} · ${comparison}`,
    note: compared
      ? t('comparedWith', { period: periodLabel(comparedPeriod, locale), value: withUnit(compared.value) })
      : t('comparedPeriod', { period: periodLabel(comparedPeriod, locale) }),
    percent: null,
    link: link(indicator),
  };
}
