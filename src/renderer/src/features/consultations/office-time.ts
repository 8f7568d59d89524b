import { formatTime } from '../../lib/format';

/**
 * The office's own calendar day and clock, whatever zone the computer is set to: a consultation
 * at 07.30 WITA is dated that day even on a laptop still on WIB.
 */
function parts(now: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
}

/** `YYYY-MM-DD` in the office's time zone. */
export function officeToday(timeZone: string, now: Date = new Date()): string {
  const p = parts(now, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `HH:MM` in the office's time zone. */
export function officeClock(timeZone: string, now: Date = new Date()): string {
  const p = parts(now, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** `16.42` (`16:42` in English). */
export function formatClock(value: string | Date, timeZone: string): string {
  return formatTime(value, timeZone);
}

/** `YYYY-MM-DD` (a calendar date, no zone) as `28/11/2026`. */
export { formatDay as formatIsoDay, formatHours } from '../../lib/format';
