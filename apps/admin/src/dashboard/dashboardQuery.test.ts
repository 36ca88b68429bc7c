import { describe, expect, it } from 'vitest';
import { type DashboardResult, toKpis } from './dashboardQuery';

const indicator = (code: string, value: string | null, extra: Record<string, unknown> = {}) => ({
  id: `id-${code}`,
  code,
  name: { ko: code, en: null },
  unit: 'PERSONS',
  latest: value === null ? null : { periodLabel: '2021년', value, yoy: null },
  progress: null,
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
      link: '/indicators/id-GWANGJU-BIRTHS/show',
    });
    expect(kpis.ggmJobs).toMatchObject({ value: '530 / 1,000', percent: 53 });
    expect(kpis.aiOffices).toMatchObject({
      value: '61 / 100',
      detail: 'ofMous{"percent":"61.0"}',
      percent: 61,
    });
  });

  it('show a dash, not a wrong number, where a figure is missing', () => {
    const kpis = Object.fromEntries(
      toKpis({ ...result, indicators: { nodes: [] } }, 'ko', t).map((k) => [k.key, k]),
    );
    expect(kpis.births).toMatchObject({ value: '-', detail: '', link: '/indicators' });
    expect(kpis.aiOffices).toMatchObject({ value: '-', percent: null });
  });
});
