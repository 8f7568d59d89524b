import { describe, expect, it } from 'vitest';
import { VersionTriggersNewColumns1765790000000 } from '../../../src/main/db/migrations/1765790000000-version-triggers-new-columns';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

describe('version triggers follow the new columns', () => {
  it('a restriction or a guardian alone now counts as a change of the record', async () => {
    const db = await before(VersionTriggersNewColumns1765790000000);
    await db.query(
      `INSERT INTO business (id, name, name_key, province_code, regency_code, status, sales_channels, tags, created_at, updated_at)
       VALUES ('b1', 'Usaha Satu', 'usaha satu', '64', '64.72', 'aktif', '[]', '[]', ?, ?)`,
      [AT, AT],
    );
    const version = async (ds: { query(sql: string): Promise<unknown> }) => ((await ds.query(`SELECT vv FROM record_version WHERE record_key = 'b1'`)) as Array<{ vv: string }>)[0]!.vv;
    const first = await version(db.ds);
    // Before: a restriction that leaves updated_at alone is not seen.
    await db.query(`UPDATE business SET restricted_at = ? WHERE id = 'b1'`, [AT]);
    expect(await version(db.ds)).toBe(first);
    const ds = await db.upgrade();
    await ds.query(`UPDATE business SET restricted_at = NULL WHERE id = 'b1'`);
    const after = JSON.parse(await version(ds)) as Record<string, number>;
    expect(Object.values(after)).toEqual([Object.values(JSON.parse(first) as Record<string, number>)[0]! + 1]);
    // Undone, the triggers are as before, and the columns can be dropped again.
    // (this one, the duties' tables, then the requests' columns)
    for (let i = 0; i < 3; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await ds.query(`SELECT name FROM pragma_table_info('business') WHERE name = 'restricted_at'`)).toEqual([]);
  });
});
