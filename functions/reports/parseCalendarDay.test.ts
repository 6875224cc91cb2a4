import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendarDay.js';
import { parseCalendarDay } from './parseCalendarDay.js';
import { ReportError } from './ReportError.js';

describe('parseCalendarDay', () => {
  it('takes a plain YYYY-MM-DD and numbers it like calendarDay', () => {
    expect(parseCalendarDay('date', '2026-03-29')).toEqual({ date: '2026-03-29', dayNumber: 20_541 });
    expect(parseCalendarDay('date', '1970-01-01')).toEqual({ date: '1970-01-01', dayNumber: 0 });
    expect(parseCalendarDay('date', '2028-02-29').dayNumber).toBe(
      parseCalendarDay('date', '2028-03-01').dayNumber - 1,
    );
    for (const dayNumber of [0, 20_541, 20_000, 2_932_896])
      expect(parseCalendarDay('x', calendarDay(dayNumber).date)).toEqual(calendarDay(dayNumber));
  });

  it.each([
    '2026-03-29Z',
    '2026-03-29+05:30',
    '2026-03-29-07:00',
    '-2026-03-29',
    '+10000-01-01',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-3-29',
    '',
  ])('refuses %j as a ValidationError on the field', (value) => {
    let caught: unknown;
    try {
      parseCalendarDay('from', value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportError);
    expect((caught as ReportError).toFailure()).toMatchObject({
      type: 'ValidationError',
      info: { field: 'from' },
      message: expect.stringMatching(
        /^from: must be a day of the shop's time zone written YYYY-MM-DD/,
      ) as unknown,
    });
  });
});
