import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type ChartBox, layoutChart, niceTicks, timeTicks } from './chartLayout';
import { type ChartIndicator, chartOf, grainsOf } from './indicatorChartData';
import { SeriesChart } from './SeriesChart';

const DAY = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const BOX: ChartBox = {
  width: 500,
  height: 300,
  maxTicks: 8,
  margin: { top: 0, right: 0, bottom: 0, left: 0 },
};
const month = (period: string, value: string, complete = true) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { period, periodStart: `${period}-01`, periodEnd: end, value, complete };
};

describe('chart scales', () => {
  it('pick round value ticks that cover the data', () => {
    expect(niceTicks(0, 2769)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(niceTicks(0, 7.2)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0.3)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceTicks(530, 530)[0]).toBeLessThanOrEqual(0);
  });

  it('label the time axis in Korean: years over a long range, months over a short one', () => {
    expect(timeTicks(day('2015-01-01'), day('2022-01-01'), 'ko').map((t) => t.label)).toEqual([
      '2015년',
      '2016년',
      '2017년',
      '2018년',
      '2019년',
      '2020년',
      '2021년',
      '2022년',
    ]);
    expect(timeTicks(day('2021-01-01'), day('2021-07-01'), 'ko').map((t) => t.label)).toEqual([
      '2021년 1월',
      '2021년 2월',
      '2021년 3월',
      '2021년 4월',
      '2021년 5월',
      '2021년 6월',
      '2021년 7월',
    ]);
    expect(timeTicks(day('2021-01-01'), day('2021-07-01'), 'en', 3).map((t) => t.label)).toEqual([
      'Jan 2021',
      'Apr 2021',
      'Jul 2021',
    ]);
  });

  it('stand bars on zero, put points mid-period, and draw a target without a period across', () => {
    const layout = layoutChart(
      [month('2021-01', '500'), month('2021-02', '1000')],
      [{ value: '1000' }],
      BOX,
      'ko',
    );
    const [jan, feb] = layout.points;
    expect(jan!.bar.y + jan!.bar.height).toBeCloseTo(300);
    expect(feb!.y).toBeCloseTo(0);
    expect(jan!.x).toBeLessThan(feb!.x);
    expect(layout.targets[0]).toMatchObject({ x1: 0, x2: 500, y: feb!.y });
    expect(layout.yTicks.map((t) => t.label)).toContain('1,000');
  });
});

describe('an indicator as a chart', () => {
  const births: ChartIndicator = {
    id: 'i',
    code: 'GWANGJU-BIRTHS',
    name: { ko: '출생아 수', en: 'Births' },
    unit: 'PERSONS',
    frequency: 'MONTH',
    aggregation: 'SUM',
    series: [month('2021-05', '612')],
    targets: [
      { kind: 'PER_PERIOD', period: '2021-05', deadline: null, value: '700' },
      { kind: 'PER_PERIOD', period: '2021', deadline: null, value: '8000' },
      { kind: 'END_OF_PROGRAM', period: null, deadline: null, value: '1000' },
    ],
    observations: [
      { period: '2021-01/2021-04', periodStart: '2021-01-01', periodEnd: '2021-04-30', value: '2769' },
    ],
  };

  it('draws the series with the targets of its grain and those without a period, and counts the spans left out', () => {
    const chart = chartOf(births, { view: 'series', grain: null }, 'ko', '목표');
    expect(chart.series.map((p) => p.value)).toEqual(['612']);
    expect(chart.targets.map((t) => t.label)).toEqual(['목표 700 (2021년 5월)', '목표 1,000 (사업 종료 시)']);
    expect(chart.spans).toBe(1);
    expect(chartOf(births, { view: 'spans', grain: null }, 'ko', '목표').series.map((p) => p.value)).toEqual([
      '2769',
    ]);
    expect(grainsOf('MONTH')).toEqual(['MONTH', 'QUARTER', 'YEAR']);
    expect(grainsOf('IRREGULAR')).toEqual([]);
  });

  it('renders as SVG with Korean axis titles, thousands separators, and each point findable by its period', () => {
    const html = renderToStaticMarkup(
      <SeriesChart
        series={[month('2021-01', '1234'), month('2021-02', '2769', false)]}
        targets={[{ value: '3000', label: '목표 3,000' }]}
        kind="bar"
        locale="ko"
        unit="명"
        labels={{ x: '기간', y: '값(단위: 명)', value: '값', target: '목표', incomplete: '일부 기간' }}
        title="출생아 수 추이"
      />,
    );
    expect(html).toContain('<title>2021년 1월: 1,234명</title>');
    expect(html).toContain('data-period="2021-02"');
    expect(html).toContain('>값(단위: 명)</text>');
    expect(html).toContain('>목표 3,000</text>');
    expect(html).toContain('>2,769</text>');
    expect(html).toContain('>일부 기간</text>');
  });
});
