import { describe, expect, it } from 'vitest';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';
/** The regions migration is made by a factory (where resources live differs by shell): its place in the list. */
const REGIONS = 1;

describe('regions: migration', () => {
  it('loads every level of the Kemendagri list under its parent, keeping the office and consultants of the version before', async () => {
    const db = await before(REGIONS);
    await db.query(`INSERT INTO consultant (id, name, active, created_at, updated_at) VALUES ('k1', 'Siti Rahmawati', 1, ?, ?)`, [AT, AT]);
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
    const consultantsBefore = await db.query(`SELECT * FROM consultant`);
    const officeBefore = await db.query(`SELECT * FROM office_profile`);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT * FROM consultant`)).toEqual(consultantsBefore);
    expect(await ds.query(`SELECT * FROM office_profile`)).toEqual(officeBefore);
    // One row per line of each CSV under resources/regions.
    expect(await ds.query(`SELECT level, count(*) AS n FROM region GROUP BY level ORDER BY level`)).toEqual([
      { level: 1, n: 38 },
      { level: 2, n: 514 },
      { level: 3, n: 7285 },
      { level: 4, n: 83762 },
    ]);
    expect(await ds.query(`SELECT code, parent_code, level, name FROM region WHERE code IN ('64', '64.72') ORDER BY code`)).toEqual([
      { code: '64', parent_code: null, level: 1, name: expect.stringMatching(/Kalimantan Timur/i) },
      { code: '64.72', parent_code: '64', level: 2, name: expect.stringMatching(/Samarinda/i) },
    ]);
    // Every region below a province hangs under one that exists, one level up.
    expect(
      await ds.query(`SELECT count(*) AS n FROM region r LEFT JOIN region p ON p.code = r.parent_code AND p.level = r.level - 1 WHERE r.level > 1 AND p.code IS NULL`),
    ).toEqual([{ n: 0 }]);
  });
});
