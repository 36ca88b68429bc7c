import { describe, expect, it } from 'vitest';
import { currentFigures, headlineFigure } from './headline';

// The seed's births: January–April 2021 and the year-earlier base implied by +7.2 %.
const SEED = [
  { period: '2020-01/2020-04', value: '2583', vintage: 1, supersededAt: null },
  { period: '2021-01/2021-04', value: '2769', vintage: 1, supersededAt: null },
];

describe('the figure a dashboard card shows', () => {
  it('is January–April 2021 on the seed, compared with January–April 2020: +7.2 %', () => {
    const headline = headlineFigure(SEED)!;
    expect(headline.figure.period).toBe('2021-01/2021-04');
    expect(headline.comparedPeriod).toBe('2020-01/2020-04');
    expect(headline.compared?.value).toBe('2583');
    expect(headline.change).toEqual({ difference: '186', percent: '7.2' });
  });

  it('stays on the longer figure of the year when single months are recorded after it', () => {
    const headline = headlineFigure([
      ...SEED,
      { period: '2021-06', value: '612', vintage: 1, supersededAt: null },
      { period: '2021-07', value: '598', vintage: 1, supersededAt: null },
    ])!;
    expect(headline.figure.value).toBe('2769');
    expect(headline.change?.percent).toBe('7.2');
  });

  it('moves to January–May once it is on record, and says there is nothing of its kind a year earlier', () => {
    const headline = headlineFigure([
      ...SEED,
      { period: '2021-07', value: '598', vintage: 1, supersededAt: null },
      { period: '2021-01/2021-05', value: '3400', vintage: 1, supersededAt: null },
    ])!;
    expect(headline.figure.period).toBe('2021-01/2021-05');
    expect(headline.comparedPeriod).toBe('2020-01/2020-05');
    // January–April 2020 is on record but is another kind of period: no comparison, not a wrong one.
    expect(headline.compared).toBeNull();
    expect(headline.change).toBeNull();
  });

  it('takes the current vintage: a correction replaces the figure it superseded', () => {
    const figures = [
      ...SEED,
      { period: '2021-01/2021-05', value: '3400', vintage: 1, supersededAt: '2021-06-10T01:00:00Z' },
      { period: '2021-01/2021-05', value: '3412', vintage: 2, supersededAt: null },
    ];
    expect(headlineFigure(figures)!.figure).toMatchObject({ value: '3412', vintage: 2 });
    expect(currentFigures(figures).map((f) => f.value)).toEqual(['2583', '2769', '3412']);
    // A corrected year-earlier figure is the one compared with.
    const revisedBase = headlineFigure([
      { period: '2020-01/2020-04', value: '2583', vintage: 1, supersededAt: '2021-06-10T01:00:00Z' },
      { period: '2020-01/2020-04', value: '2600', vintage: 2, supersededAt: null },
      SEED[1]!,
    ])!;
    expect(revisedBase.change).toEqual({ difference: '169', percent: '6.5' });
  });

  it('compares a month with the same month, a quarter with the same quarter, a year with the year before', () => {
    const months = headlineFigure([
      { period: '2020-07', value: '500' },
      { period: '2021-06', value: '612' },
      { period: '2021-07', value: '550' },
    ])!;
    expect(months.figure.period).toBe('2021-07');
    expect(months.change).toEqual({ difference: '50', percent: '10.0' });

    const quarters = headlineFigure([
      { period: '2020-Q2', value: '100' },
      { period: '2021-Q1', value: '90' },
      { period: '2021-Q2', value: '95' },
    ])!;
    expect(quarters.figure.period).toBe('2021-Q2');
    expect(quarters.change?.percent).toBe('-5.0');

    const years = headlineFigure([
      { period: '2020', value: '8000' },
      { period: '2021', value: '8200' },
      { period: '2021-Q4', value: '2100' },
    ])!;
    expect(years.figure.period).toBe('2021');
    expect(years.compared?.value).toBe('8000');
  });

  it('looks at the latest year only: a newer month outranks a longer figure of the year before', () => {
    const headline = headlineFigure([...SEED, { period: '2022-01', value: '650' }])!;
    expect(headline.figure.period).toBe('2022-01');
    expect(headline.comparedPeriod).toBe('2021-01');
    expect(headline.compared).toBeNull();
  });

  it('reads a span across the new year when nothing lies within the latest year', () => {
    const headline = headlineFigure([
      { period: '2019-11/2020-02', value: '40' },
      { period: '2020-11/2021-02', value: '44' },
    ])!;
    expect(headline.figure.period).toBe('2020-11/2021-02');
    expect(headline.change?.percent).toBe('10.0');
  });

  it('is nothing without a figure', () => {
    expect(headlineFigure([])).toBeNull();
    expect(headlineFigure([{ period: '2021', value: '1', supersededAt: '2021-02-01T00:00:00Z' }])).toBeNull();
  });
});
