import { parseIsoDate, type IsoDate } from './dates';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than using one. */
function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC in minutes at `instant` (e.g. 480 for WITA). */
export function offsetMinutes(timeZone: string, instant: Date): number {
  const name = offsetFormat(timeZone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT": UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instant a wall-clock time in `timeZone` names, as ISO-8601 UTC: `2026-11-30` `08:00` in
 * Asia/Makassar is `2026-11-30T00:00:00.000Z`, whatever zone the PC itself is set to.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): string {
  const parts = parseIsoDate(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!parts || !clock) throw new RangeError(`not a date and time: ${date} ${time}`);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, Number(clock[1]), Number(clock[2]));
  // Indonesia keeps no daylight saving, but work it out properly: the offset at that moment.
  const guess = asUtc - offsetMinutes(timeZone, new Date(asUtc)) * 60_000;
  const exact = asUtc - offsetMinutes(timeZone, new Date(guess)) * 60_000;
  return new Date(exact).toISOString();
}

/** The calendar date and wall-clock time an instant shows in `timeZone`. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

export function zonedParts(instant: Date, timeZone: string): { date: IsoDate; time: string } {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  const f = format.formatToParts(instant);
  const get = (type: string) => f.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
