import { describe, expect, it } from 'vitest';
import { offsetMinutes, zonedInstant, zonedParts } from '../../src/shared/domain/zoned';

describe('office time zone arithmetic', () => {
  it('reads the offsets of Indonesia’s three zones', () => {
    const at = new Date('2026-11-28T00:00:00Z');
    expect(offsetMinutes('Asia/Jakarta', at)).toBe(420);
    expect(offsetMinutes('Asia/Makassar', at)).toBe(480);
    expect(offsetMinutes('Asia/Jayapura', at)).toBe(540);
    expect(offsetMinutes('UTC', at)).toBe(0);
  });

  it('turns an office wall-clock time into the UTC instant, across month and year ends', () => {
    expect(zonedInstant('2026-11-30', '08:00', 'Asia/Makassar')).toBe('2026-11-30T00:00:00.000Z');
    expect(zonedInstant('2026-12-01', '07:00', 'Asia/Makassar')).toBe('2026-11-30T23:00:00.000Z');
    expect(zonedInstant('2027-01-01', '06:30', 'Asia/Jayapura')).toBe('2026-12-31T21:30:00.000Z');
    expect(zonedInstant('2026-03-01', '08:00', 'America/New_York')).toBe('2026-03-01T13:00:00.000Z');
  });

  it('reads back the office date and time of an instant, whatever the process zone', () => {
    expect(zonedParts(new Date('2026-11-30T23:30:00Z'), 'Asia/Makassar')).toEqual({ date: '2026-12-01', time: '07:30' });
    expect(zonedParts(new Date('2026-12-31T16:59:00Z'), 'Asia/Jakarta')).toEqual({ date: '2026-12-31', time: '23:59' });
    expect(zonedParts(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toEqual({ date: '2027-01-01', time: '00:00' });
  });

  it('rejects what is not a date and time', () => {
    expect(() => zonedInstant('2026-02-30', '08:00', 'Asia/Makassar')).toThrow(RangeError);
    expect(() => zonedInstant('2026-02-01', '8:00', 'Asia/Makassar')).toThrow(RangeError);
  });
});
