import { describe, expect, it } from 'vitest';
import {
  addYears,
  fullYearsBetween,
  isoDate,
  isRealDate,
  localIsoDate,
  optionalIsoDate,
  parseIsoDate,
} from '../../../src/shared/domain';

describe('dates', () => {
  it('knows leap years: 29 Feb exists in 2000 and 2024, not in 1900 or 2023', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2023, 2, 29)).toBe(false);
  });

  it('rejects month 0 or 13 and day 0 or 32', () => {
    expect(isRealDate(2024, 0, 1)).toBe(false);
    expect(isRealDate(2024, 13, 1)).toBe(false);
    expect(isRealDate(2024, 1, 0)).toBe(false);
    expect(isRealDate(2024, 1, 32)).toBe(false);
  });

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2026-11-28')).toEqual({ year: 2026, month: 11, day: 28 });
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('28/11/2026')).toBeNull();
  });

  it('adds years, taking 29 February to 28 February in a common year', () => {
    expect(addYears('2024-01-10', 5)).toBe('2029-01-10');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts age in whole years, turning over on the birthday', () => {
    expect(fullYearsBetween('1990-03-12', '2026-03-11')).toBe(35);
    expect(fullYearsBetween('1990-03-12', '2026-03-12')).toBe(36);
  });

  it('gives the local calendar date of a Date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('isoDate refuses an unreal day with v.date; optionalIsoDate turns blank into null', () => {
    expect(isoDate.safeParse('2026-02-29').error?.issues[0]?.message).toBe('v.date');
    expect(isoDate.parse('2028-02-29')).toBe('2028-02-29');
    expect(optionalIsoDate.parse('')).toBeNull();
    expect(optionalIsoDate.safeParse('2026-13-01').error?.issues[0]?.message).toBe('v.date');
  });
});
