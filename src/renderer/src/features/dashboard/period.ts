import { parseIsoDate, toIsoDate } from '../../../../shared/domain/dates';

export const DASHBOARD_PERIODS = ['month', 'quarter', 'year', 'last12'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

/**
 * The office dates a dashboard period covers, up to and including `today` (an office date):
 * this month, this quarter, this year, or the twelve calendar months ending with this one.
 */
export function dashboardRange(period: DashboardPeriod, today: string): { from: string; to: string } {
  const parts = parseIsoDate(today);
  if (!parts) throw new RangeError(`not a date: ${today}`);
  const { year, month } = parts;
  switch (period) {
    case 'month':
      return { from: toIsoDate(year, month, 1), to: today };
    case 'quarter':
      return { from: toIsoDate(year, Math.floor((month - 1) / 3) * 3 + 1, 1), to: today };
    case 'year':
      return { from: toIsoDate(year, 1, 1), to: today };
    case 'last12': {
      const start = month === 12 ? { year, month: 1 } : { year: year - 1, month: month + 1 };
      return { from: toIsoDate(start.year, start.month, 1), to: today };
    }
  }
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-11` (or `2026-11-01`) as `Nov 2026`, in the given locale (id-ID by default). */
export function formatMonth(month: string, locale = 'id-ID'): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)));
}
