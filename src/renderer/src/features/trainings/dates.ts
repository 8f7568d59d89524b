import { formatDayMedium, localeOf } from '../../lib/format';

/**
 * Training dates are office calendar days (`YYYY-MM-DD`): they are read at noon UTC and formatted in
 * UTC, so no time zone can move them to another day.
 */
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const parts = (iso: string) => {
  const p = new Intl.DateTimeFormat(localeOf(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(at(iso));
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year') };
};

/** `12–14 Nov 2026`, `28 Nov – 2 Des 2026`, `30 Des 2026 – 2 Jan 2027`, or one day `12 Nov 2026`. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDayMedium(start);
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${formatDayMedium(start)} – ${formatDayMedium(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** A grid column's head: `Kam 12/11`. */
export function formatGridDay(iso: string, locale: string = localeOf()): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(at(iso));
  return `${weekday} ${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}
