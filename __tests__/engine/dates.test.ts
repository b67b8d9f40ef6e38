import { describe, expect, it } from '@jest/globals';
import { addDays, dateMs, daysBetween } from '../../src/engine/dates.js';

describe('calendar arithmetic on ISO dates', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-10', -10)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
  });

  it('keeps the years 0000-0099 as written', () => {
    expect(dateMs('0050-01-01')).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });
});
