import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, MONTH_PATTERN, monthNumber, WEEKDAY_NAMES } from '../../src/corpus/calendar.js';
import { MONTHS, WEEKDAYS } from '../../src/claims/words/time.js';
import { readDayHeading } from '../../src/corpus/web/dated-parts.js';
import { findDate } from '../../src/corpus/dates.js';

describe('English month and weekday names (src/corpus/calendar.ts)', () => {
  it('is the one list the claims word lists sort', () => {
    expect([...MONTHS]).toEqual([...MONTH_NAMES].sort());
    expect([...WEEKDAYS]).toEqual([...WEEKDAY_NAMES].sort());
  });

  it('numbers months by name or abbreviation', () => {
    expect(['January', 'jun', 'June', 'Sept.', 'sep', 'December', 'Ju', 'Smarch'].map(monthNumber)).toEqual([1, 6, 6, 9, 9, 12, 0, 0]);
    const re = new RegExp(`^${MONTH_PATTERN}$`, 'i');
    for (const w of ['Jan', 'Jan.', 'january', 'May', 'Sept', 'Sept.', 'September', 'jun', 'July']) expect(re.test(w), w).toBe(true);
    for (const w of ['Janu', 'Mayo', 'Septem']) expect(re.test(w), w).toBe(false);
  });

  it('is what the page and live-blog date readers read', () => {
    expect(findDate('Thu, Sept. 3, 2026')?.iso).toBe('2026-09-03');
    expect(findDate('Wednesday 14 of June 2026')?.iso).toBe('2026-06-14');
    expect(readDayHeading('Thursday 19 November', '2026-11-18')).toBe('2026-11-19');
    expect(readDayHeading('Sep 1', '2026-08-31')).toBe('2026-09-01');
  });
});
