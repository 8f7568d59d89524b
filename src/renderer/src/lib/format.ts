/**
 * Display formats of the domain: Rupiah without decimals (`Rp1.250.000`), dates as `28/11/2026`
 * or `28 Nov 2026`, numbers with id-ID grouping. Dates are shown in the office's time zone.
 */
const LOCALE = 'id-ID';

const rupiahFormat = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `1250000` -> `Rp1.250.000`; negative amounts keep their sign in front: `-Rp5.000`. */
export function formatRupiah(amount: number): string {
  // Intl puts a (non-breaking) space after the symbol; the Indonesian way writes none.
  return rupiahFormat
    .formatToParts(Math.round(amount))
    .filter((part) => part.type !== 'literal' || !/^\s+$/.test(part.value))
    .map((part) => part.value)
    .join('');
}

/** `1250000.5` -> `1.250.000,5`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `28/11/2026`. */
export function formatDate(value: DateInput, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(
    toDate(value),
  );
}

/** `28 Nov 2026`. */
export function formatDateMedium(value: DateInput, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
    toDate(value),
  );
}

/** `Sabtu, 28 November 2026` (or in the UI language given). */
export function formatDateFull(value: DateInput, timeZone?: string, locale: string = LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(toDate(value));
}

/** `28/11/2026 14.05`. */
export function formatDateTime(value: DateInput, timeZone?: string): string {
  const time = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    toDate(value),
  );
  return `${formatDate(value, timeZone)} ${time}`;
}

/** Hour of the day (0–23) in a time zone, for greetings. */
export function hourIn(value: DateInput, timeZone?: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(toDate(value));
  return Number(hour) % 24;
}
