import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/renderer/src/app/i18n';
import {
  formatBytes,
  formatDateMedium,
  formatDateTime,
  formatDay,
  formatDayMedium,
  formatHours,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRupiah,
} from '../../../src/renderer/src/lib/format';
import { formatDateRange } from '../../../src/renderer/src/features/trainings/dates';
import { formatDue } from '../../../src/renderer/src/lib/office-time';

afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('formats follow the UI language', () => {
  it('Indonesian: 06/12/2026, Mei, decimal commas, Rp1.500.000, 14.05', () => {
    expect(formatDay('2026-12-06')).toBe('06/12/2026');
    expect(formatDayMedium('2026-05-02')).toBe('2 Mei 2026');
    expect(formatMonth('2026-05')).toBe('Mei 2026');
    expect(formatHours(750)).toBe('12,5');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatPercent(1 / 3)).toBe('33,3%');
    expect(formatRupiah(1_500_000)).toBe('Rp1.500.000');
    expect(formatDateTime('2026-11-28T06:05:00Z', 'Asia/Makassar')).toBe('28/11/2026 14.05');
    expect(formatDateRange('2026-11-28', '2026-12-02')).toBe('28 Nov – 2 Des 2026');
    expect(formatDue('2026-12-06', '14:05')).toBe('06/12/2026 14.05');
  });

  it('English: English month names, decimal points, 14:05', async () => {
    await i18n.changeLanguage('en');
    expect(formatDay('2026-12-06')).toBe('06/12/2026');
    expect(formatDayMedium('2026-05-02')).toBe('2 May 2026');
    expect(formatDateMedium('2026-08-17T03:00:00Z', 'Asia/Makassar')).toBe('17 Aug 2026');
    expect(formatMonth('2026-05', 'long')).toBe('May 2026');
    expect(formatHours(750)).toBe('12.5');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatRupiah(1_500_000)).toBe('Rp1,500,000');
    expect(formatDateTime('2026-11-28T06:05:00Z', 'Asia/Makassar')).toBe('28/11/2026 14:05');
    expect(formatDateRange('2026-11-28', '2026-12-02')).toBe('28 Nov – 2 Dec 2026');
    expect(formatDue('2026-12-06', '14:05')).toBe('06/12/2026 14:05');
  });
});

describe('sizes', () => {
  it('shows a file or disk size 1024-based, with the language’s decimal mark', async () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(348_160)).toBe('340 KB');
    expect(formatBytes(5_452_595)).toBe('5,2 MB');
    expect(formatBytes(1_610_612_736)).toBe('1,5 GB');
    await i18n.changeLanguage('en');
    expect(formatBytes(5_452_595)).toBe('5.2 MB');
  });
});

describe('plurals', () => {
  it('English counts one follow-up, two follow-ups; Indonesian has one form', async () => {
    expect(i18n.t('followUps.total', { count: 1, formatted: '1' })).toBe('1 tindak lanjut');
    await i18n.changeLanguage('en');
    expect(i18n.t('followUps.total', { count: 1, formatted: '1' })).toBe('1 follow-up');
    expect(i18n.t('followUps.total', { count: 2, formatted: '2' })).toBe('2 follow-ups');
    expect(i18n.t('followUps.agenda.count', { count: 1 })).toBe('1 follow-up');
    expect(i18n.t('dashboard.people', { count: 1, n: '1' })).toBe('1 person');
    expect(i18n.t('reports.checks.count', { count: 1, n: '1' })).toBe('1 record');
    expect(i18n.t('trainings.import.commit', { count: 1 })).toBe('Import 1 participant');
  });
});
