import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoWeek, rotate, type RotationCandidate } from '../../src/main/modules/backups';
import { backupName } from '../../src/main/modules/backups/backup.files';
import type { BackupItem } from '../../src/shared/contract';
import { openDesk } from './helpers/business';

const WITA = 'Asia/Makassar';
const DAY = 86_400_000;

/** A backup of `reason` at `iso`, named as the service names it. */
const at = (iso: string, reason: 'daily' | 'manual' | 'close' | 'import' = 'daily'): RotationCandidate => ({
  id: backupName(new Date(iso), reason),
  createdAt: new Date(iso).toISOString(),
  reason,
});

/** The office-local date (WITA, UTC+8) of a kept backup. */
const witaDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('isoWeek', () => {
  it('numbers weeks from Monday, with week 1 holding the year’s first Thursday (2026 has 53 weeks)', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2025-12-29')).toBe('2026-W01'); // its Monday, still in 2025
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53'); // Sunday of the same week
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
});

describe('rotation', () => {
  it('keeps a backup taken before an import for a week even when later backups of its day replace it in the tiers', () => {
    const beforeImport = at('2026-03-02T02:00:00Z', 'import');
    const later = at('2026-03-02T08:00:00Z', 'close');
    const manual = at('2026-03-02T01:00:00Z', 'manual');
    const sameDay = rotate([manual, beforeImport, later], new Date('2026-03-02T09:00:00Z'), WITA);
    expect([...sameDay.keys()].sort()).toEqual([beforeImport.id, later.id].sort());
    expect(sameDay.get(beforeImport.id)).toEqual(['safety']);
    // Six days on it is still there; on the eighth day it has gone with the rest of its day but the tiers' own.
    const days = (n: number) => new Date(Date.parse('2026-03-02T09:00:00Z') + n * DAY);
    expect(rotate([manual, beforeImport, later], days(6), WITA).has(beforeImport.id)).toBe(true);
    expect(rotate([manual, beforeImport, later], days(8), WITA).has(beforeImport.id)).toBe(false);
  });

  it('keeps exactly 7 daily, 4 weekly and 12 monthly backups after a simulated year of daily backups', () => {
    // One backup every morning at 09:00 WITA (01:00 UTC), from 1 January to 31 December 2026,
    // rotated after each one as the service does; what was deleted never comes back.
    let kept: RotationCandidate[] = [];
    let tiers = new Map<string, string[]>();
    for (let t = Date.parse('2026-01-01T01:00:00Z'); t <= Date.parse('2026-12-31T01:00:00Z'); t += DAY) {
      const now = new Date(t);
      kept.push(at(now.toISOString()));
      tiers = rotate(kept, now, WITA);
      kept = kept.filter((c) => tiers.has(c.id));
    }
    const dates = kept.map((c) => witaDate(c.createdAt)).sort();
    expect(dates).toEqual([
      // Monthly: the newest backup of each of the last 12 months (December is also a daily one).
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30',
      '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30',
      // Weekly: the Sundays ending ISO weeks 50 and 51 (weeks 52 and 53 end within the daily ones).
      '2026-12-13', '2026-12-20',
      // Daily: the last seven days.
      '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
    const tiersOf = (date: string) => tiers.get(kept.find((c) => witaDate(c.createdAt) === date)!.id);
    expect(tiersOf('2026-12-31')).toEqual(['daily', 'weekly', 'monthly']);
    expect(tiersOf('2026-12-27')).toEqual(['daily', 'weekly']);
    expect(tiersOf('2026-12-25')).toEqual(['daily']);
    expect(tiersOf('2026-12-20')).toEqual(['weekly']);
    expect(tiersOf('2026-06-30')).toEqual(['monthly']);
  });

  it('counts days in the office’s time zone: 00:30 WITA is the new day even though UTC is still on the old one', () => {
    const lateFeb = at('2026-02-28T14:00:00Z'); // 22:00 WITA, 28 February
    const earlyMarch = at('2026-02-28T16:30:00Z'); // 00:30 WITA, 1 March (still 28 February in UTC)
    const kept = rotate([lateFeb, earlyMarch], new Date('2026-03-20T02:00:00Z'), WITA);
    // Two different months in WITA: both are the newest of their month.
    expect(kept.get(lateFeb.id)).toEqual(['monthly']);
    expect(kept.get(earlyMarch.id)).toEqual(['weekly', 'monthly']);
    // In UTC they would share February and one of them would go.
    expect(rotate([lateFeb, earlyMarch], new Date('2026-03-20T02:00:00Z'), 'UTC').has(lateFeb.id)).toBe(false);
  });

  it('keeps only the newest backup of a day in the tiers, whatever its reason: a manual or daily one competes like any other', () => {
    const morning = at('2026-05-04T01:00:00Z', 'daily');
    const noon = at('2026-05-04T04:00:00Z', 'manual');
    const evening = at('2026-05-04T09:00:00Z', 'close');
    const kept = rotate([morning, evening, noon], new Date('2026-05-05T01:00:00Z'), WITA);
    expect([...kept.keys()]).toEqual([evening.id]);
  });

  it('never deletes the newest backup, nor one dated after now (a PC clock set back)', () => {
    const old = at('2024-01-10T01:00:00Z');
    const older = at('2023-06-10T01:00:00Z');
    const future = at('2027-03-01T01:00:00Z');
    const kept = rotate([old, older], new Date('2026-05-05T01:00:00Z'), WITA);
    expect([...kept.entries()]).toEqual([[old.id, []]]);
    expect(rotate([future, old], new Date('2026-05-05T01:00:00Z'), WITA).has(future.id)).toBe(true);
  });
});

describe('rotation on disk', () => {
  it('deletes from the backups folder exactly the backups the rotation drops, over five weeks of the core’s clock', async () => {
    let now = Date.parse('2026-03-02T01:00:00Z'); // Monday 2 March 2026, 09:00 WITA
    const desk = await openDesk({ clock: () => new Date(now) });
    try {
      const taken: RotationCandidate[] = [];
      for (let day = 0; day < 36; day++, now += DAY) {
        const item = await desk.call('backups:create');
        taken.push({ id: item.id, createdAt: item.createdAt });
      }
      now -= DAY;
      const expected = rotate(taken, new Date(now), WITA);
      const onDisk = readdirSync(desk.t.core.services.backups.folder).filter((f) => f.endsWith('.sqlite')).map((f) => f.replace(/\.sqlite$/, ''));
      expect(onDisk.sort()).toEqual([...expected.keys()].sort());
      // Daily: 31 March to 6 April; weekly: the Sundays ending the two weeks before those; monthly: 31 March.
      expect(onDisk.map((id) => id.slice(14, 24)).sort()).toEqual([
        '2026-03-22', '2026-03-29', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06',
      ]);
      const { items } = await desk.call('backups:list');
      expect(items.map((i: BackupItem) => i.id)).toEqual([...expected.keys()]);
      expect(items[0]!.tiers).toEqual(['daily', 'weekly', 'monthly']);
    } finally {
      await desk.t.dispose();
    }
  }, 120_000);
});
