import { describe, expect, it } from 'vitest';
import { isFinishedDate, readCalendarDate } from './calendarDate';

describe('dates as officials write them', () => {
  it.each([
    ['2021-05-03', '2021-05-03'],
    ['2021-5-3', '2021-05-03'],
    ['2021. 5. 3.', '2021-05-03'],
    ['2021.05.03', '2021-05-03'],
    ['2021/05/03', '2021-05-03'],
    ['20210503', '2021-05-03'],
    ['2021년 5월 3일', '2021-05-03'],
    [' 2024. 2. 29. ', '2024-02-29'],
  ])('reads %j as %s', (text, date) => {
    expect(readCalendarDate(text)).toBe(date);
  });

  it.each(['05/03/2021', '2021-02-30', '2023. 2. 29.', '2021-13-01', '어제', '', '2021-05'])(
    'refuses %j',
    (text) => {
      expect(readCalendarDate(text)).toBeNull();
    },
  );

  it('rewrites while typing only what more typing could not change', () => {
    expect(isFinishedDate('2021. 5. 3.')).toBe(true);
    expect(isFinishedDate('2021-05-03')).toBe(true);
    expect(isFinishedDate('2021. 5. 3')).toBe(false);
    expect(isFinishedDate('2021-5-3')).toBe(false);
  });
});
