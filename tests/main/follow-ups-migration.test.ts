import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { databasePath, openDatabase } from '../../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../../src/main/db/migrations';
import { FollowUpDueEndOfDay1765533600000 } from '../../src/main/db/migrations/1765533600000-follow-up-due-end-of-day';
import { makeCore, tempDir } from './helpers/core';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CREATED = '2026-12-01T01:00:00.000Z';

/** A database of the version before, its follow-ups scheduled by the old rule (08:00 when no time). */
async function previousVersion(timeZone: string, hours: number): Promise<string> {
  const dir = tempDir('klinik-upgrade-');
  dirs.push(dir);
  const all = createMigrations(defaultResourcesDir());
  const before = all.slice(0, all.indexOf(FollowUpDueEndOfDay1765533600000));
  const old = new DataSource({ type: 'sqlite', database: databasePath(dir), migrations: before, migrationsTransactionMode: 'each' });
  await old.initialize();
  await old.runMigrations();
  await old.query(`UPDATE office_profile SET time_zone = ?`, [timeZone]);
  await old.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?)`, [
    CREATED,
    CREATED,
  ]);
  // The old rule: the date at its time, 08:00 when none, in the office zone.
  const at = (date: string, time: string) => new Date(Date.parse(`${date}T${time}:00.000Z`) - hours * 3_600_000).toISOString();
  const rows: Array<[string, string, string | null, string, string | null, string | null, string | null]> = [
    // id, due_date, due_time, status, snoozed_until, notified_at, completed_at
    ['today', '2026-12-07', null, 'open', null, at('2026-12-07', '08:00'), null],
    ['snoozed', '2026-12-07', null, 'open', at('2026-12-07', '14:00'), null, null],
    ['timed', '2026-12-07', '10:00', 'open', null, null, null],
    ['later', '2026-12-09', null, 'open', null, null, null],
    ['done', '2026-12-01', null, 'done', null, null, CREATED],
  ];
  for (const [id, date, time, status, snoozed, notified, completed] of rows) {
    const due = at(date, time ?? '08:00');
    await old.query(
      `INSERT INTO follow_up (id, business_id, title, due_date, due_time, assignee, status, completed_at, created_at, updated_at,
         due_at, snoozed_until, effective_at, remind_at, notified_at)
       VALUES (?, 'b1', ?, ?, ?, 'consultant', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, id, date, time, status, completed, CREATED, CREATED, due, snoozed, snoozed ?? due, snoozed ?? due, notified],
    );
  }
  await old.destroy();
  return dir;
}

type Row = { id: string; due_at: string; effective_at: string; remind_at: string; notified_at: string | null };

describe('follow-ups due by the end of the day: migration', () => {
  it('re-schedules every follow-up without a time to the end of its WITA day, leaving reminders, snoozes and timed ones as they were', async () => {
    const dir = await previousVersion('Asia/Makassar', 8);
    const ds = await openDatabase(dir);
    let rows: Record<string, Row>;
    try {
      const list: Row[] = await ds.query(`SELECT id, due_at, effective_at, remind_at, notified_at FROM follow_up ORDER BY id`);
      rows = Object.fromEntries(list.map((r) => [r.id, r]));
    } finally {
      await ds.destroy();
    }
    expect(rows['today']).toEqual({
      id: 'today',
      due_at: '2026-12-07T15:59:59.999Z',
      effective_at: '2026-12-07T15:59:59.999Z',
      remind_at: '2026-12-07T00:00:00.000Z',
      notified_at: '2026-12-07T00:00:00.000Z',
    });
    expect(rows['snoozed']).toMatchObject({ due_at: '2026-12-07T15:59:59.999Z', effective_at: '2026-12-07T06:00:00.000Z', remind_at: '2026-12-07T06:00:00.000Z' });
    expect(rows['timed']).toMatchObject({ due_at: '2026-12-07T02:00:00.000Z', effective_at: '2026-12-07T02:00:00.000Z', remind_at: '2026-12-07T02:00:00.000Z' });
    expect(rows['later']).toMatchObject({ due_at: '2026-12-09T15:59:59.999Z', effective_at: '2026-12-09T15:59:59.999Z', remind_at: '2026-12-09T00:00:00.000Z' });
    expect(rows['done']).toMatchObject({ due_at: '2026-12-01T15:59:59.999Z' });

    // The upgraded desk at 09:20 WITA on the 7th: nothing overdue, and nothing fires a second time.
    let t = Date.parse('2026-12-07T01:20:00.000Z');
    const desk = await makeCore({ dataDir: dir, clock: () => new Date(t++) });
    try {
      // Read through the service: nobody is on duty on a desk just upgraded, and the router answers nobody then.
      const counts = () => desk.core.services.followUps.lists.counts({});
      expect(await counts()).toEqual({ overdue: 0, today: 3, week: 1, later: 0 });
      expect(await desk.core.services.reminders.check()).toEqual([]);
      t = Date.parse('2026-12-07T16:00:00.000Z'); // 8 Dec, 00:00 WITA
      expect(await counts()).toEqual({ overdue: 3, today: 0, week: 1, later: 0 });
    } finally {
      await desk.dispose();
    }
  });

  it('reads the days in the office’s own zone (WIB)', async () => {
    const dir = await previousVersion('Asia/Jakarta', 7);
    const ds = await openDatabase(dir);
    try {
      const [row]: Row[] = await ds.query(`SELECT id, due_at, effective_at, remind_at FROM follow_up WHERE id = 'today'`);
      expect(row).toMatchObject({ due_at: '2026-12-07T16:59:59.999Z', effective_at: '2026-12-07T16:59:59.999Z', remind_at: '2026-12-07T01:00:00.000Z' });
    } finally {
      await ds.destroy();
    }
  });
});
