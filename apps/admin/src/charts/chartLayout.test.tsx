import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  type ChartBox,
  fitText,
  layoutChart,
  niceTicks,
  targetLabel,
  textWidth,
  timeTicks,
} from './chartLayout';
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

const span = (period: string, periodStart: string, periodEnd: string, value: string) => ({
  period,
  periodStart,
  periodEnd,
  value,
  complete: true,
});

describe('figures over spans', () => {
  const spans = [
    span('2021-01/2021-05', '2021-01-01', '2021-05-31', '3412'),
    span('2020-01/2020-04', '2020-01-01', '2020-04-30', '2583'),
    span('2021-01/2021-04', '2021-01-01', '2021-04-30', '2769'),
  ];
  const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }) =>
    a.x < b.x + b.width && b.x < a.x + a.width;

  it('stand side by side in period order, January–May beside January–April, never over it', () => {
    const layout = layoutChart(spans, [], BOX, 'ko');
    expect(layout.axis).toBe('periods');
    expect(layout.points.map((p) => p.datum.period)).toEqual([
      '2020-01/2020-04',
      '2021-01/2021-04',
      '2021-01/2021-05',
    ]);
    for (const [i, a] of layout.points.entries())
      for (const b of layout.points.slice(i + 1)) expect(overlaps(a.bar, b.bar)).toBe(false);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2020년 1~4월', '2021년 1~4월', '2021년 1~5월']);
    // Each bar is as wide as a third of the plot allows, far more than a month on a time axis.
    expect(layout.points[0]!.bar.width).toBeGreaterThan(BOX.width / 6);
  });

  it('take a slot each even when a month overlaps a span, and draw a target over the figures of its period', () => {
    const layout = layoutChart(
      [span('2021-01/2021-04', '2021-01-01', '2021-04-30', '2769'), month('2021-04', '700')],
      [
        { value: '8000', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
        { value: '9000', periodStart: '2019-01-01', periodEnd: '2019-12-31' },
      ],
      BOX,
      'ko',
    );
    expect(layout.axis).toBe('periods');
    expect(overlaps(layout.points[0]!.bar, layout.points[1]!.bar)).toBe(false);
    expect(layout.targets.map((t) => [t.datum.value, t.x1, t.x2])).toEqual([['8000', 0, 500]]);
  });

  it('leave months, quarters and years where they fall in time', () => {
    const layout = layoutChart([month('2021-01', '1'), month('2021-03', '3')], [], BOX, 'ko');
    expect(layout.axis).toBe('time');
    expect(layout.pitch).toBeCloseTo(layout.points[1]!.x - layout.points[0]!.x);
    expect(layout.points[1]!.x - layout.points[0]!.x).toBeGreaterThan(500 / 2);
  });
});

describe('labels that fit', () => {
  it('measure Hangul wider than digits, and cut what does not fit with an ellipsis', () => {
    expect(textWidth('목표', 10)).toBeGreaterThan(textWidth('1000', 10) / 2);
    expect(fitText('목표 1,000 (사업 종료 시)', 1000, 10)).toBe('목표 1,000 (사업 종료 시)');
    const cut = fitText('목표 1,000 (사업 종료 시)', 70, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(70);
    expect(fitText('목표', 2, 10)).toBe('');
  });

  it('put a target label inside the plot, right-aligned at its line’s end, below a line along the top', () => {
    const plot = { left: 50, top: 20, right: 350, bottom: 130 };
    const label = targetLabel('목표 1,000 (사업 종료 시)', { x1: 50, x2: 350, y: 80 }, plot, 10);
    expect(label).toEqual({ x: 348, y: 76, text: '목표 1,000 (사업 종료 시)' });
    expect(label.x - textWidth(label.text, 10)).toBeGreaterThanOrEqual(plot.left);
    expect(targetLabel('목표 1,000', { x1: 50, x2: 350, y: 20 }, plot, 10).y).toBe(32);
    const narrow = targetLabel('목표 1,000 (사업 종료 시)', { x1: 50, x2: 120, y: 80 }, plot, 10);
    expect(narrow.x - textWidth(narrow.text, 10)).toBeGreaterThanOrEqual(plot.left);
    expect(narrow.text).toMatch(/…$/);
  });

  it('renders the whole target label in the chart, inside it, with the full text as its tooltip', () => {
    const html = renderToStaticMarkup(
      <SeriesChart
        compact
        series={[
          {
            period: '2021',
            periodStart: '2021-01-01',
            periodEnd: '2021-12-31',
            value: '530',
            complete: true,
          },
        ]}
        targets={[{ value: '1000', label: '목표 1,000 (사업 종료 시)' }]}
        kind="bar"
        locale="ko"
        unit="명"
        labels={{ x: '기간', y: '값', value: '값', target: '목표', incomplete: '일부 기간' }}
        title="GGM 직접고용 추이"
      />,
    );
    expect(html).toContain('<title>목표 1,000 (사업 종료 시)</title>');
    expect(html).toContain('text-anchor="end"');
    expect(html).toContain('>목표 1,000 (사업 종료 시)</text>');
    expect(html).toContain('aria-label="GGM 직접고용 추이, 목표 1,000 (사업 종료 시)"');
    // The small chart writes its values too, where they fit.
    expect(html).toContain('>530</text>');
  });
});
