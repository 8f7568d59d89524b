import { describe, expect, it } from 'vitest';
import { DeskLock1765710000000 } from '../../../src/main/db/migrations/1765710000000-desk-lock';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();

const consultant = (id: string, name: string, createdAt: string, active = 1, deletedAt: string | null = null): [string, unknown[]] => [
  `INSERT INTO consultant (id, name, active, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)`,
  [id, name, active, createdAt, createdAt, deletedAt],
];

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';

describe('desk lock migration', () => {
  it('makes the earliest created active consultant admin and every other one konsultan, nobody with a PIN', async () => {
    const db = await before(DeskLock1765710000000);
    // C was made first but is inactive; D first of all but deleted: B is the earliest active one.
    await db.query(...consultant(C, 'Citra (nonaktif)', '2025-01-01T00:00:00.000Z', 0));
    await db.query(...consultant(D, 'Dedi (dihapus)', '2024-12-01T00:00:00.000Z', 1, '2025-02-01T00:00:00.000Z'));
    await db.query(...consultant(B, 'Budi', '2025-02-01T00:00:00.000Z'));
    await db.query(...consultant(A, 'Ani', '2025-03-01T00:00:00.000Z'));
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
    const ds = await db.upgrade();

    const access = await ds.query(`SELECT consultant_id, role, pin_hash, failed_pin_count, pin_locked_until FROM consultant_access ORDER BY consultant_id`);
    expect(access).toEqual([
      { consultant_id: A, role: 'konsultan', pin_hash: null, failed_pin_count: 0, pin_locked_until: null },
      { consultant_id: B, role: 'admin', pin_hash: null, failed_pin_count: 0, pin_locked_until: null },
      { consultant_id: C, role: 'konsultan', pin_hash: null, failed_pin_count: 0, pin_locked_until: null },
      { consultant_id: D, role: 'konsultan', pin_hash: null, failed_pin_count: 0, pin_locked_until: null },
    ]);
    // The consultants themselves are untouched; the office keeps its name and gets 10 idle minutes.
    expect(await ds.query(`SELECT id, name, active FROM consultant ORDER BY id`)).toEqual([
      { id: A, name: 'Ani', active: 1 },
      { id: B, name: 'Budi', active: 1 },
      { id: C, name: 'Citra (nonaktif)', active: 0 },
      { id: D, name: 'Dedi (dihapus)', active: 1 },
    ]);
    expect(await ds.query(`SELECT office_name, lock_after_minutes FROM office_profile`)).toEqual([{ office_name: 'PLUT Samarinda', lock_after_minutes: 10 }]);
    await expect(ds.query(`UPDATE consultant_access SET role = 'root' WHERE consultant_id = ?`, [A])).rejects.toThrow(/CHECK/);
  });

  it('upgrades a desk that was never set up: no consultant, nobody admin', async () => {
    const db = await before(DeskLock1765710000000);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT * FROM consultant_access`)).toEqual([]);
  });

  it('keeps a PIN and role beside the consultant, never on it: the consultant table has no new column', async () => {
    const db = await before(DeskLock1765710000000);
    const columnsBefore = (await db.query(`PRAGMA table_info(consultant)`)).map((c) => c['name']);
    const ds = await db.upgrade();
    const columnsAfter = ((await ds.query(`PRAGMA table_info(consultant)`)) as Array<{ name: string }>).map((c) => c.name);
    expect(columnsAfter).toEqual(columnsBefore);
  });
});
