import { describe, expect, it } from 'vitest';
import { longDateTime } from '../../src/main/modules/printing/document';
import { printText } from '../../src/main/modules/printing/print.text';

describe('printed documents write numbers in their own language', () => {
  it('groups thousands with a dot in Indonesian and a comma in English', () => {
    expect(printText('id').minutesValue(1200, 30)).toBe('1.200 menit (+30 menit persiapan)');
    expect(printText('en').minutesValue(1200, 30)).toBe('1,200 min (+30 min preparation)');
    expect(printText('id').employeesValue(1500, 2)).toBe('1.500 laki-laki, 2 perempuan');
    expect(printText('en').employeesValue(1500, 2)).toBe('1,500 men, 2 women');
  });

  it('writes the time of day the way of the language: 16.40 in Indonesian, 16:40 in English', () => {
    const at = new Date('2026-11-28T08:40:00.000Z');
    expect(longDateTime(at, 'Asia/Makassar', printText('id'))).toBe('28 November 2026 16.40 WITA');
    expect(longDateTime(at, 'Asia/Makassar', printText('en'))).toBe('28 November 2026 16:40 WITA');
  });
});
