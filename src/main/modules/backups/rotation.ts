import { BACKUP_TIERS } from '../../../shared/contract/backups';
import { zonedParts } from '../../../shared/domain/zoned';

export type BackupTier = (typeof BACKUP_TIERS)[number];
type RotationTier = Exclude<BackupTier, 'safety'>;
const ROTATION_TIERS = BACKUP_TIERS.filter((t): t is RotationTier => t !== 'safety');

/** How many of each tier are kept: grandfather-father-son. */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface RotationCandidate {
  id: string;
  /** ISO-8601 instant the backup was taken. */
  createdAt: string;
  reason?: string;
}

/**
 * Backups taken just before something that changes much (an import, a migration, a restore) are
 * the ones a consultant goes back to when that went wrong: a later backup of the same day must not
 * push them out, so they are kept for as many days as the daily tier besides the rotation.
 */
const SAFETY_REASONS: ReadonlySet<string> = new Set(['import', 'migration', 'restore', 'update']);

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (no zone: the date is already local). */
function dayNumber(date: string): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO-8601 week (`2026-W01`) a calendar date falls in: weeks start on Monday, week 1 holds a Thursday. */
export function isoWeek(date: string): string {
  const day = dayNumber(date);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  const thursday = day - weekday + 3;
  const year = Number(dateOf(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which backups to keep, and for which tiers: the newest backup of each of the last `daily` days,
 * of each of the last `weekly` ISO weeks and of each of the last `monthly` months, counted in
 * calendar days of the office's time zone (a backup at 00:30 WITA belongs to that day, whatever
 * the PC's zone). Every reason (daily, before an import, manual...) competes alike for the tiers;
 * a backup taken before an import, a migration or a restore is also kept for `daily` days. The newest
 * backup is always kept, and so is one dated after `now` (the PC's clock was wrong or moved back):
 * nothing is deleted that cannot be placed. Ids absent from the answer are to be deleted.
 */
export function rotate(
  candidates: readonly RotationCandidate[],
  now: Date,
  timeZone: string,
  policy: RotationPolicy = ROTATION,
): Map<string, BackupTier[]> {
  const today = zonedParts(now, timeZone).date;
  const todayNumber = dayNumber(today);
  const windows: Record<RotationTier, Set<string>> = { daily: new Set(), weekly: new Set(), monthly: new Set() };
  for (let i = 0; i < policy.daily; i++) windows.daily.add(dateOf(todayNumber - i));
  for (let i = 0; i < policy.weekly; i++) windows.weekly.add(isoWeek(dateOf(todayNumber - 7 * i)));
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  for (let i = 0; i < policy.monthly; i++) {
    const m = new Date(Date.UTC(year, month - i, 1));
    windows.monthly.add(m.toISOString().slice(0, 7));
  }

  const bucketOf: Record<RotationTier, (date: string) => string> = {
    daily: (d) => d,
    weekly: isoWeek,
    monthly: (d) => d.slice(0, 7),
  };
  // Newest first; ties on the instant are broken by id so the answer never depends on input order.
  const sorted = [...candidates].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  const kept = new Map<string, BackupTier[]>();
  const taken: Record<RotationTier, Set<string>> = { daily: new Set(), weekly: new Set(), monthly: new Set() };
  for (const c of sorted) {
    const date = zonedParts(new Date(c.createdAt), timeZone).date;
    const tiers: BackupTier[] = [];
    for (const tier of ROTATION_TIERS) {
      const bucket = bucketOf[tier](date);
      if (windows[tier].has(bucket) && !taken[tier].has(bucket)) {
        taken[tier].add(bucket);
        tiers.push(tier);
      }
    }
    const safety = c.reason !== undefined && SAFETY_REASONS.has(c.reason) && todayNumber - dayNumber(date) < policy.daily;
    if (safety) tiers.push('safety');
    if (tiers.length > 0 || date > today || c === sorted[0]) kept.set(c.id, tiers);
  }
  return kept;
}
