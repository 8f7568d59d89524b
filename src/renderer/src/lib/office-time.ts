import { zonedInstant, zonedParts } from '../../../shared/domain/zoned';
import { formatDay, localeOf } from './format';

/*
 * The office's own calendar and clock: "today", a due date and a snooze's wall-clock time are read
 * in the office's time zone from settings, never the computer's own zone (a consultation at 07.30
 * WITA is dated that day even on a laptop still on WIB).
 */

/** `YYYY-MM-DD` in the office's zone. */
export function officeToday(timeZone: string, now: Date = new Date()): string {
  return zonedParts(now, timeZone).date;
}

/** `HH:MM` in the office's zone. */
export function officeClock(timeZone: string, now: Date = new Date()): string {
  return zonedParts(now, timeZone).time;
}

/** The office day an instant falls on. */
export function officeDayOf(instant: string, timeZone: string): string {
  return zonedParts(new Date(instant), timeZone).date;
}

/** A wall-clock `14:05` as `14.05`, the Indonesian way; English keeps `14:05`. */
export function formatClock(time: string): string {
  return localeOf() === 'id-ID' ? time.replace(':', '.') : time;
}

/** An instant as `28/11/2026 14.05` in the office's zone. */
export function formatInstant(instant: string, timeZone: string): string {
  const p = zonedParts(new Date(instant), timeZone);
  return `${formatDay(p.date)} ${formatClock(p.time)}`;
}

/** A due date and its optional time as the office wrote them: `28/11/2026 14.05` or `28/11/2026`. */
export function formatDue(dueDate: string, dueTime: string | null): string {
  return dueTime ? `${formatDay(dueDate)} ${formatClock(dueTime)}` : formatDay(dueDate);
}

/**
 * A picker's wall-clock value (`YYYY-MM-DD HH:mm[:ss]`) read as office time, as an ISO instant;
 * null when it is not a date and time.
 */
export function officeInstant(wallClock: string | null | undefined, timeZone: string): string | null {
  const m = wallClock ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(wallClock) : null;
  if (!m) return null;
  try {
    return zonedInstant(m[1]!, m[2]!, timeZone);
  } catch {
    return null;
  }
}
