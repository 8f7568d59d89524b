import type { ReportPeriod } from '../../../../shared/contract';
import { parseIsoDate } from '../../../../shared/domain/dates';

/** A period in the address bar: `2026-11` for a month, `2026-Q4` for a quarter. */
export function periodKey(p: ReportPeriod): string {
  return p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : `${p.year}-Q${p.quarter}`;
}

export function parsePeriodKey(key: string | null): ReportPeriod | null {
  if (!key) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { kind: 'month', year: Number(month[1]), month: m } : null;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  return quarter ? { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) } : null;
}

/** The month an office date falls in. */
export function monthOf(today: string): ReportPeriod {
  const parts = parseIsoDate(today);
  if (!parts) throw new RangeError(`not a date: ${today}`);
  return { kind: 'month', year: parts.year, month: parts.month };
}

/** Switching between month and quarter keeps the time of year: November becomes Q4 and back. */
export function switchKind(p: ReportPeriod, kind: ReportPeriod['kind']): ReportPeriod {
  if (p.kind === kind) return p;
  return p.kind === 'month'
    ? { kind: 'quarter', year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 }
    : { kind: 'month', year: p.year, month: (p.quarter - 1) * 3 + 1 };
}
