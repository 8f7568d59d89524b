import { describe, expect, it } from 'vitest';
import { FollowUpReminders1764662400000 } from '../../../src/main/db/migrations/1764662400000-follow-up-reminders';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';
const BUSINESS_DELETED = '2026-10-15T03:00:00.000Z';
const FOLLOW_UP_DELETED = '2026-10-10T03:00:00.000Z';

async function previousVersion() {
  const db = await before(FollowUpReminders1764662400000);
  await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
  await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b-live', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?)`, [AT, AT]);
  await db.query(
    `INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at, deleted_at) VALUES ('b-gone', 'Toko Lama', 'toko lama', 'aktif', '64.72', ?, ?, ?)`,
    [AT, AT, BUSINESS_DELETED],
  );
  const rows: Array<[string, string, string, string | null, string, string | null]> = [
    // id, business, due date, due time, status, deleted
    ['f-untimed', 'b-live', '2026-11-09', null, 'open', null],
    ['f-timed', 'b-live', '2026-11-10', '10:30', 'open', null],
    ['f-done', 'b-live', '2026-11-01', null, 'done', null],
    ['f-of-gone', 'b-gone', '2026-11-12', null, 'open', null],
    ['f-deleted-before', 'b-gone', '2026-11-13', null, 'open', FOLLOW_UP_DELETED],
  ];
  for (const [id, business, date, time, status, deleted] of rows) {
    await db.query(
      `INSERT INTO follow_up (id, business_id, title, due_date, due_time, assignee, status, completed_at, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, 'consultant', ?, ?, ?, ?, ?)`,
      [id, business, `Tindak lanjut ${id}`, date, time, status, status === 'done' ? AT : null, AT, AT, deleted],
    );
  }
  return db;
}

describe('follow-up reminders: migration', () => {
  it('gives every follow-up the instant it falls due (its time, or 08:00 WITA), its reminder at that instant and no snooze', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const rows: Array<Record<string, unknown>> = await ds.query(
      `SELECT id, due_date, due_time, status, due_at, snoozed_until, effective_at, remind_at, notified_at FROM follow_up ORDER BY id`,
    );
    expect(rows.map((r) => [r['id'], r['due_at'], r['effective_at'], r['remind_at'], r['snoozed_until'], r['notified_at']])).toEqual([
      ['f-deleted-before', '2026-11-13T00:00:00.000Z', '2026-11-13T00:00:00.000Z', '2026-11-13T00:00:00.000Z', null, null],
      ['f-done', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', null, null],
      ['f-of-gone', '2026-11-12T00:00:00.000Z', '2026-11-12T00:00:00.000Z', '2026-11-12T00:00:00.000Z', null, null],
      ['f-timed', '2026-11-10T02:30:00.000Z', '2026-11-10T02:30:00.000Z', '2026-11-10T02:30:00.000Z', null, null],
      ['f-untimed', '2026-11-09T00:00:00.000Z', '2026-11-09T00:00:00.000Z', '2026-11-09T00:00:00.000Z', null, null],
    ]);
    expect(rows.map((r) => [r['id'], r['due_date'], r['due_time'], r['status']])).toEqual([
      ['f-deleted-before', '2026-11-13', null, 'open'],
      ['f-done', '2026-11-01', null, 'done'],
      ['f-of-gone', '2026-11-12', null, 'open'],
      ['f-timed', '2026-11-10', '10:30', 'open'],
      ['f-untimed', '2026-11-09', null, 'open'],
    ]);
  });

  it('deletes the follow-ups of a business deleted before, with the business’s time, keeping an earlier deletion’s own time', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT id, deleted_at FROM follow_up WHERE business_id = 'b-gone' ORDER BY id`)).toEqual([
      { id: 'f-deleted-before', deleted_at: FOLLOW_UP_DELETED },
      { id: 'f-of-gone', deleted_at: BUSINESS_DELETED },
    ]);
    expect(await ds.query(`SELECT count(*) AS n FROM follow_up WHERE business_id = 'b-live' AND deleted_at IS NULL`)).toEqual([{ n: 3 }]);
  });

  it('swaps the due index for the open and closed ones, and gives the office its lead time and idle days, keeping its row', async () => {
    const db = await previousVersion();
    const officeBefore = await db.query(`SELECT * FROM office_profile`);
    const ds = await db.upgrade();
    const indexes = await namesOn(ds, 'index', 'follow_up');
    expect(indexes).toEqual(expect.arrayContaining(['follow_up_closed', 'follow_up_open_consultant', 'follow_up_open_effective', 'follow_up_open_remind']));
    expect(indexes).not.toContain('follow_up_due');
    const office: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM office_profile`);
    expect(office.map(({ reminder_lead_minutes: _l, idle_days: _d, ...kept }) => kept)).toEqual(officeBefore);
    expect(office[0]).toMatchObject({ office_name: 'PLUT Samarinda', reminder_lead_minutes: 0, idle_days: 90 });
  });
});
