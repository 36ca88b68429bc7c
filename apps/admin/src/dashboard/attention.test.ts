import { describe, expect, it } from 'vitest';
import {
  addMonths,
  changesByOthers,
  dueMilestones,
  overdueIndicators,
  plannedDueBy,
  seoulToday,
} from './attention';

const indicator = (
  id: string,
  frequency: string,
  latestPeriodEnd: string | null,
  createdAt = '2021-01-05T00:00:00Z',
) => ({
  id,
  frequency,
  createdAt,
  latestPeriodEnd,
});

describe('dates', () => {
  it('adds months, keeping a month end at the month end', () => {
    expect(addMonths('2021-04-30', 2)).toBe('2021-06-30');
    expect(addMonths('2021-12-31', 2)).toBe('2022-02-28');
    expect(addMonths('2021-01-15', 1)).toBe('2021-02-15');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2021-06-30', 15)).toBe('2022-09-30');
  });

  it('reads today on the clock in Gwangju', () => {
    expect(seoulToday(new Date('2021-06-30T15:30:00Z'))).toBe('2021-07-01');
    expect(seoulToday(new Date('2021-06-30T14:30:00Z'))).toBe('2021-06-30');
  });
});

describe('indicators overdue for a figure', () => {
  it('a monthly indicator is overdue two months after its latest month ends', () => {
    const births = indicator('births', 'MONTH', '2021-04-30');
    expect(overdueIndicators([births], '2021-06-30')).toEqual([]);
    expect(overdueIndicators([births], '2021-07-01')).toEqual([
      { indicator: births, dueBy: '2021-06-30', daysOverdue: 1 },
    ]);
  });

  it('a quarterly one a quarter and a month after, a yearly one a year and a quarter after', () => {
    const quarterly = indicator('q', 'QUARTER', '2021-06-30');
    expect(overdueIndicators([quarterly], '2021-10-31')).toEqual([]);
    expect(overdueIndicators([quarterly], '2021-11-01')[0]?.dueBy).toBe('2021-10-31');
    expect(overdueIndicators([quarterly], '2021-11-01')[0]?.daysOverdue).toBe(1);
    const yearly = indicator('y', 'YEAR', '2020-12-31');
    expect(overdueIndicators([yearly], '2022-03-31')).toEqual([]);
    expect(overdueIndicators([yearly], '2022-04-01')[0]?.daysOverdue).toBe(1);
  });

  it('an irregular one never; one without a figure from the day it was set up; most overdue first', () => {
    const list = [
      indicator('irregular', 'IRREGULAR', '2019-12-31'),
      indicator('new', 'MONTH', null, '2021-05-20T16:00:00Z'), // 21 May in Gwangju
      indicator('old', 'MONTH', '2021-01-31'),
    ];
    expect(
      overdueIndicators(list, '2021-07-22').map((o) => [o.indicator.id, o.dueBy, o.daysOverdue]),
    ).toEqual([
      ['old', '2021-03-31', 113],
      ['new', '2021-07-21', 1],
    ]);
  });
});

describe('milestones due', () => {
  const step = (
    id: string,
    plannedOn: string | null,
    plannedOnPrecision = 'DAY',
    actualOn: string | null = null,
  ) => ({
    id,
    plannedOn,
    plannedOnPrecision,
    actualOn,
  });

  it('are due by the end of the month or year planned', () => {
    expect(plannedDueBy('2021-09-01', 'MONTH')).toBe('2021-09-30');
    expect(plannedDueBy('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(plannedDueBy('2025-01-01', 'YEAR')).toBe('2025-12-31');
    expect(plannedDueBy('2021-09-14', 'DAY')).toBe('2021-09-14');
  });

  it('lists what is due within 30 days, nearest first, then what is overdue, freshest first', () => {
    const due = dueMilestones(
      [
        step('far', '2021-08-15'),
        step('soon', '2021-07-20'),
        step('today', '2021-07-01'),
        step('done', '2021-07-05', 'DAY', '2021-07-04'),
        step('unplanned', null),
        step('missed-long-ago', '2019-01-01', 'YEAR'),
        step('missed', '2021-06-01', 'MONTH'),
        step('in-thirty', '2021-07-31'),
      ],
      '2021-07-01',
    );
    expect(due.map((d) => [d.milestone.id, d.daysLeft])).toEqual([
      ['today', 0],
      ['soon', 19],
      ['in-thirty', 30],
      ['missed', -1],
      ['missed-long-ago', -548],
    ]);
  });
});

describe("others' changes", () => {
  const me = { id: 'me', email: 'me@bitgoeul.test' };
  const now = new Date('2021-07-10T00:00:00Z');
  const event = (
    at: string,
    user: string | null,
    userEmail: string | null = user && `${user}@bitgoeul.test`,
  ) => ({
    at,
    user: user ? { id: user } : null,
    userEmail,
  });

  it('are the last week’s writes by someone else, newest first, ten at most', () => {
    const events = [
      event('2021-07-09T00:00:00Z', 'me'),
      event('2021-07-08T00:00:00Z', 'kim'),
      event('2021-07-02T23:59:00Z', 'lee'), // eight days ago
      event('2021-07-09T12:00:00Z', null, null), // the system's
      event('2021-07-09T06:00:00Z', null, 'gone@bitgoeul.test'), // an account since removed
      event('2021-07-09T07:00:00Z', null, 'ME@bitgoeul.test'),
    ];
    expect(changesByOthers(events, me, now).map((e) => e.userEmail)).toEqual([
      'gone@bitgoeul.test',
      'kim@bitgoeul.test',
    ]);
    const many = Array.from({ length: 15 }, (_, i) =>
      event(`2021-07-09T0${i % 10}:0${Math.floor(i / 10)}:00Z`, 'kim'),
    );
    expect(changesByOthers(many, me, now)).toHaveLength(10);
  });
});
