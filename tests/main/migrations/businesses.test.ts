import { describe, expect, it } from 'vitest';
import { Businesses1764489600000 } from '../../../src/main/db/migrations/1764489600000-businesses';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

describe('businesses: migration', () => {
  it('keeps the consultants and office of the version before, and its search index follows inserts, edits and deletions', async () => {
    const db = await before(Businesses1764489600000);
    await db.query(`INSERT INTO consultant (id, name, nip, active, created_at, updated_at) VALUES ('k1', 'Siti Rahmawati', '198503152010012003', 1, ?, ?)`, [AT, AT]);
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
    const consultantsBefore = await db.query(`SELECT * FROM consultant`);
    const officeBefore = await db.query(`SELECT * FROM office_profile`);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT * FROM consultant`)).toEqual(consultantsBefore);
    expect(await ds.query(`SELECT * FROM office_profile`)).toEqual(officeBefore);
    expect(await namesOn(ds, 'trigger', 'business')).toEqual(['business_fts_delete', 'business_fts_insert', 'business_fts_update']);
    expect(await namesOn(ds, 'index', 'business')).toEqual(expect.arrayContaining(['business_live_name', 'business_name_key', 'business_nik', 'business_phone']));

    await ds.query(
      `INSERT INTO business (id, name, name_key, brand, owner_name, owner_phone, status, regency_code, tags, created_at, updated_at)
       VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'Dapur Sri', 'Sri Wahyuni', '+6281234567890', 'aktif', '64.72', '["kuliner","binaan"]', ?, ?)`,
      [AT, AT],
    );
    const match = async (query: string) =>
      ((await ds.query(`SELECT b.id FROM business_fts f JOIN business b ON b.rowid = f.rowid WHERE business_fts MATCH ?`, [query])) as Array<{ id: string }>).map((r) => r.id);
    expect(await match('dapur')).toEqual(['b1']);
    expect(await match('wahyuni')).toEqual(['b1']);
    expect(await match('kuliner')).toEqual(['b1']);
    // The phone is found as written locally (0812…) and without its prefix.
    expect(await match('"081234567890"')).toEqual(['b1']);
    expect(await match('"81234567890"')).toEqual(['b1']);
    await ds.query(`UPDATE business SET name = 'Roti Bu Sri', tags = '[]' WHERE id = 'b1'`);
    expect(await match('roti')).toEqual(['b1']);
    expect(await match('kue')).toEqual([]);
    expect(await match('kuliner')).toEqual([]);
    await ds.query(`DELETE FROM business WHERE id = 'b1'`);
    expect(await match('roti')).toEqual([]);
  });
});
