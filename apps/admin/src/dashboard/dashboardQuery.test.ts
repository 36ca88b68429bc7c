import { describe, expect, it } from 'vitest';
import { type DashboardResult, toKpis } from './dashboardQuery';

const indicator = (code: string, value: string | null, extra: Record<string, unknown> = {}) => ({
  id: `id-${code}`,
  code,
  name: { ko: code, en: null },
  unit: 'PERSONS',
  latest: value === null ? null : { periodLabel: '2021년', value, yoy: null },
  progress: null,
  observations: value === null ? [] : [{ period: '2021', value, vintage: 1, supersededAt: null }],
  ...extra,
});

const result: DashboardResult = {
  programsInImplementation: { totalCount: 14 },
  programs: { totalCount: 1234 },
  zones: { totalCount: 8 },
  facilitiesOperating: { totalCount: 3 },
  facilities: { totalCount: 7 },
  indicators: {
    nodes: [
      indicator('GWANGJU-BIRTHS', null, {
        latest: {
          periodLabel: '2021년 1~4월',
          value: '2769',
          yoy: { percent: '7.2', change: '186', previous: '2583' },
        },
        observations: [
          { period: '2020-01/2020-04', value: '2583', vintage: 1, supersededAt: null },
          { period: '2021-01/2021-04', value: '2769', vintage: 1, supersededAt: null },
        ],
      }),
      indicator('GGM-DIRECT-EMPLOYEES', '530', {
        progress: { percent: '53.0', value: '530', target: { value: '1000' } },
      }),
      indicator('AI-OFFICES-OPENED', '61'),
      indicator('AI-MOUS-SIGNED', '100'),
    ],
  },
};

// Stands in for translate(): the key and its arguments, so the test sees what is asked for.
const t = (key: string, args?: Record<string, unknown>) => `${key}${args ? JSON.stringify(args) : ''}`;

describe('dashboard figures', () => {
  it('read the seed article’s figures the Korean way, with progress from the domain', () => {
    const kpis = Object.fromEntries(toKpis(result, 'ko', t).map((k) => [k.key, k]));
    expect(kpis.programs).toMatchObject({ value: '14', detail: 'ofTotal{"total":"1,234"}' });
    expect(kpis.facilities).toMatchObject({ value: '3', detail: 'ofTotal{"total":"7"}' });
    expect(kpis.births).toMatchObject({
      value: '2,769명',
      detail: '2021년 1~4월 · yoy{"change":"+7.2%"}',
      note: 'comparedWith{"period":"2020년 1~4월","value":"2,583명"}',
      link: '/indicators/id-GWANGJU-BIRTHS/show',
    });
    expect(kpis.ggmJobs).toMatchObject({ value: '530 / 1,000', percent: 53 });
    expect(kpis.aiOffices).toMatchObject({
      value: '61 / 100',
      detail: 'ofMous{"percent":"61.0"}',
      percent: 61,
    });
  });

  it('keep births like with like as months and a corrected January–May total come in', () => {
    const births = (observations: DashboardResult['indicators']['nodes'][number]['observations']) => {
      const node = { ...result.indicators.nodes[0]!, observations };
      return toKpis({ ...result, indicators: { nodes: [node] } }, 'ko', t).find((k) => k.key === 'births')!;
    };
    const seed = result.indicators.nodes[0]!.observations;
    const months = [
      { period: '2021-06', value: '612', vintage: 1, supersededAt: null },
      { period: '2021-07', value: '598', vintage: 1, supersededAt: null },
    ];
    // Single months after the January–April total: the card still shows the total, compared with its kind.
    expect(births([...seed, ...months])).toMatchObject({
      value: '2,769명',
      detail: '2021년 1~4월 · yoy{"change":"+7.2%"}',
    });
    // A January–May total (here its correction, vintage 2) takes over; 2020 has no January–May figure.
    expect(
      births([
        ...seed,
        ...months,
        { period: '2021-01/2021-05', value: '3412', vintage: 2, supersededAt: null },
      ]),
    ).toMatchObject({
      value: '3,412명',
      detail: '2021년 1~5월 · noComparison',
      note: 'comparedPeriod{"period":"2020년 1~5월"}',
    });
    // A yearly figure is compared with the year before, in English too.
    const yearly = {
      ...result.indicators.nodes[0]!,
      observations: [
        { period: '2020', value: '8000', vintage: 1, supersededAt: null },
        { period: '2021', value: '7600', vintage: 1, supersededAt: null },
      ],
    };
    const en = toKpis({ ...result, indicators: { nodes: [yearly] } }, 'en', t).find(
      (k) => k.key === 'births',
    )!;
    expect(en).toMatchObject({ value: '7,600 persons', detail: '2021 · yoyYear{"change":"-5.0%"}' });
  });

  it('show a dash, not a wrong number, where a figure is missing', () => {
    const kpis = Object.fromEntries(
      toKpis({ ...result, indicators: { nodes: [] } }, 'ko', t).map((k) => [k.key, k]),
    );
    expect(kpis.births).toMatchObject({ value: '-', detail: '', link: '/indicators' });
    expect(kpis.aiOffices).toMatchObject({ value: '-', percent: null });
  });
});
