import i18n from 'i18next';
import { localeOf as localeFor, numberFormat as sharedNumberFormat } from '../../../shared/domain/numbers';

/**
 * Display formats, in the UI language. Indonesian: Rupiah without decimals (`Rp1.250.000`), dates
 * `28/11/2026` or `28 Nov 2026`, decimal commas (`12,5`), times `14.05`. English: `Rp1,250,000`,
 * `28/11/2026` or `28 Nov 2026` with English month names, decimal points (`12.5`), times `14:05`.
 * Every helper reads the language when it is called, so a screen re-rendered after a language
 * switch speaks the new one. Dates are shown in the office's time zone when one is given.
 */
type DateInput = Date | string | number;

/** Intl locale for a UI language (the current one by default). */
export function localeOf(language: string | undefined = i18n.language): string {
  return localeFor(language);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions, locale = localeOf()): Intl.NumberFormat {
  return sharedNumberFormat(locale, options);
}

function dateFormat(options: Intl.DateTimeFormatOptions, locale = localeOf()): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar day (`2026-11-28`) read at noon UTC, so no time zone can move it to another day. */
function dayAt(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

/** `1250000` -> `Rp1.250.000` (`Rp1,250,000` in English); negative amounts keep their sign in front: `-Rp5.000`. */
export function formatRupiah(amount: number): string {
  // Intl puts a (non-breaking) space after the symbol; the Indonesian way writes none.
  return numberFormat({ style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 0 }, localeOf())
    .formatToParts(Math.round(amount))
    .filter((part) => part.type !== 'literal' || !/^\s+$/.test(part.value))
    .map((part) => (part.type === 'currency' ? 'Rp' : part.value))
    .join('');
}

/** `1250000.5` -> `1.250.000,5` (`1,250,000.5` in English). */
export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 2 }).format(value);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A file or disk size, 1024-based: `348_160` -> `340 KB`, `5_452_595` -> `5,2 MB` (`5.2 MB` in English). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${BYTE_UNITS[unit]}`;
}

/** A whole count: `1250` -> `1.250` (`1,250`). */
export function formatCount(value: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(value);
}

/** Minutes as hours with one decimal: 750 -> `12,5` (`12.5` in English). */
export function formatHours(minutes: number): string {
  return numberFormat({ maximumFractionDigits: 1 }).format(minutes / 60);
}

/** A fraction as a percentage: 0.333 -> `33,3%` (`33.3%`). */
export function formatPercent(fraction: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** `28/11/2026`. */
export function formatDate(value: DateInput, timeZone?: string): string {
  return dateFormat({ day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(toDate(value));
}

/** A calendar day (`YYYY-MM-DD`, no zone) as `28/11/2026`; '' when it is not one. */
export function formatDay(iso: string | null | undefined): string {
  const at = iso ? dayAt(iso) : null;
  return at ? formatDate(at, 'UTC') : '';
}

/** A calendar day as `28 Nov 2026` (`2 Mei 2026`, `2 May 2026`); '' when it is not one. */
export function formatDayMedium(iso: string | null | undefined): string {
  const at = iso ? dayAt(iso) : null;
  return at ? formatDateMedium(at, 'UTC') : '';
}

/** A calendar day with its weekday, `Senin, 30 November` (`Monday, 30 November`); '' when it is not one. */
export function formatWeekdayDay(iso: string, locale: string = localeOf()): string {
  const at = dayAt(iso);
  return at ? dateFormat({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }, locale).format(at) : '';
}

/** `28 Nov 2026`. */
export function formatDateMedium(value: DateInput, timeZone?: string): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(toDate(value));
}

/** `Sabtu, 28 November 2026` (`Saturday, 28 November 2026`), or in the locale given. */
export function formatDateFull(value: DateInput, timeZone?: string, locale: string = localeOf()): string {
  return dateFormat({ dateStyle: 'full', timeZone }, locale).format(toDate(value));
}

/** `2026-11` (or `2026-11-01`) as `Nov 2026`; `long` gives `November 2026`. */
export function formatMonth(month: string, width: 'short' | 'long' = 'short', locale: string = localeOf()): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return dateFormat({ month: width, year: 'numeric', timeZone: 'UTC' }, locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)));
}

/** `14.05` (`14:05` in English). */
export function formatTime(value: DateInput, timeZone?: string): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(toDate(value));
}

/** `28/11/2026 14.05` (`28/11/2026 14:05`). */
export function formatDateTime(value: DateInput, timeZone?: string): string {
  return `${formatDate(value, timeZone)} ${formatTime(value, timeZone)}`;
}

/** Hour of the day (0–23) in a time zone, for greetings. */
export function hourIn(value: DateInput, timeZone?: string): number {
  const hour = dateFormat({ hour: '2-digit', hourCycle: 'h23', timeZone }, 'en-GB').format(toDate(value));
  return Number(hour) % 24;
}
