import { z } from 'zod';

/** Calendar dates travel as `YYYY-MM-DD` strings: no time zone, and they sort as text. */
export type IsoDate = string;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date a `Date` falls on where the app runs (the office's own day). */
export function localIsoDate(date: Date): IsoDate {
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Same day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not a date: ${iso}`);
  const year = parts.year + years;
  return toIsoDate(year, parts.month, Math.min(parts.day, daysInMonth(year, parts.month)));
}

/** Whole years from `birth` to `on` (both ISO dates), as people count their age. */
export function fullYearsBetween(birth: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(birth);
  const o = parseIsoDate(on);
  if (!b || !o) throw new RangeError(`not a date: ${birth} / ${on}`);
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/** A required `YYYY-MM-DD` that names a real day ('v.date'). */
export const isoDate = z
  .string({ message: 'v.required' })
  .trim()
  .refine((v) => parseIsoDate(v) !== null, { message: 'v.date' });

/** An optional `YYYY-MM-DD`; blank becomes null. */
export const optionalIsoDate = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!parseIsoDate(v)) {
      ctx.addIssue({ code: 'custom', message: 'v.date' });
      return z.NEVER;
    }
    return v;
  });

/** `YYYY-MM-DD` plus (or minus) whole days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
