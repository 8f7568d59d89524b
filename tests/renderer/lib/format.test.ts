import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateFull,
  formatDateMedium,
  formatDateTime,
  formatNumber,
  formatRupiah,
  hourIn,
} from '../../../src/renderer/src/lib/format';

describe('formatRupiah', () => {
  it('writes Rupiah with dots and no space or decimals', () => {
    expect(formatRupiah(1_250_000)).toBe('Rp1.250.000');
    expect(formatRupiah(0)).toBe('Rp0');
  });

  it('rounds away fractions of a Rupiah', () => {
    expect(formatRupiah(999.6)).toBe('Rp1.000');
  });

  it('keeps the minus sign in front of a negative amount', () => {
    expect(formatRupiah(-5000)).toBe('-Rp5.000');
  });
});

describe('formatNumber', () => {
  it('groups with dots and uses a decimal comma', () => {
    expect(formatNumber(344581)).toBe('344.581');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
});

describe('dates', () => {
  // 28 Nov 2026, 17:30 UTC is already 29 Nov in WITA (UTC+8).
  const instant = '2026-11-28T17:30:00.000Z';

  it('formats dd/mm/yyyy in the given time zone', () => {
    expect(formatDate(instant, 'Asia/Jakarta')).toBe('29/11/2026');
    expect(formatDate('2026-11-28T03:00:00Z', 'Asia/Makassar')).toBe('28/11/2026');
  });

  it('formats the medium date with the Indonesian short month', () => {
    expect(formatDateMedium('2026-11-28T03:00:00Z', 'Asia/Makassar')).toBe('28 Nov 2026');
    expect(formatDateMedium('2026-05-02T03:00:00Z', 'Asia/Makassar')).toBe('2 Mei 2026');
  });

  it('formats a full date with the Indonesian weekday', () => {
    expect(formatDateFull('2026-11-28T03:00:00Z', 'Asia/Makassar')).toBe('Sabtu, 28 November 2026');
  });

  it('formats date and 24-hour time in the office zone', () => {
    expect(formatDateTime(instant, 'Asia/Makassar')).toBe('29/11/2026 01.30');
  });

  it('reads the hour in the office zone', () => {
    expect(hourIn(instant, 'Asia/Makassar')).toBe(1);
    expect(hourIn(instant, 'Asia/Jakarta')).toBe(0);
  });
});
