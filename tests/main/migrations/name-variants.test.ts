import { describe, expect, it } from 'vitest';
import { NameVariants1765447200000 } from '../../../src/main/db/migrations/1765447200000-name-variants';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-11-02T01:00:00.000Z';

/** The version before: profiles as that version wrote them, some with an owner and a kecamatan, one deleted. */
async function previousVersion() {
  const db = await before(NameVariants1765447200000);
  const rows: Array<[string, string, string | null, string | null, string | null]> = [
    // id, name, owner, district, deleted
    ['b1', 'Bengkel Las Soekarno', 'H. Abdul Rahman', '64.72.01', null],
    ['b2', 'Kue Bu Sri', 'Sri Wahyuni', '64.72.02', null],
    ['b3', 'Warung Makan Berkah', null, null, null],
    ['b4', 'Toko Kelontong Lama', 'Haji Abd. Rahman', '64.72.01', AT],
  ];
  for (const [id, name, owner, district, deleted] of rows) {
    await db.query(
      `INSERT INTO business (id, name, name_key, owner_name, status, regency_code, district_code, created_at, updated_at, deleted_at)
       VALUES (?, ?, lower(?), ?, 'aktif', '64.72', ?, ?, ?, ?)`,
      [id, name, name, owner, district, AT, AT, deleted],
    );
  }
  return db;
}

describe('name variants: migration', () => {
  it('keeps every profile as it was and gives each the keys of its business and owner names', async () => {
    const db = await previousVersion();
    const rowsBefore = await db.query(`SELECT * FROM business ORDER BY id`);
    const ds = await db.upgrade();
    const after: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM business ORDER BY id`);
    expect(after.map(({ name_words: _n, owner_name_words: _o, ...kept }) => kept)).toEqual(rowsBefore);
    expect(after.map((r) => [r['id'], r['name_words'], r['owner_name_words']])).toEqual([
      ['b1', 'bengkel las sukarno', 'abdul rahman'],
      ['b2', 'kue bu sri', 'sri wahyuni'],
      ['b3', 'makan berka', ''], // shop words (warung, toko) are no key; the spelling is folded
      ['b4', 'kelontong lama', 'abdul rahman'],
    ]);
  });

  it('fills the name index from the existing profiles: old spellings, titles and short forms meet, within a kecamatan', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const match = async (query: string) =>
      ((await ds.query(`SELECT b.id FROM business_name_fts f JOIN business b ON b.rowid = f.rowid WHERE business_name_fts MATCH ? ORDER BY b.id`, [query])) as Array<{ id: string }>).map(
        (r) => r.id,
      );
    expect(await match('name_words:sukarno')).toEqual(['b1']);
    expect(await match('owner_words:abdul AND owner_words:rahman')).toEqual(['b1', 'b4']);
    expect(await match('place:d647201')).toEqual(['b1', 'b4']);
    expect(await match('place:d')).toEqual(['b3']);
    expect(await namesOn(ds, 'trigger', 'business')).toEqual(expect.arrayContaining(['business_name_fts_delete', 'business_name_fts_insert', 'business_name_fts_update']));
  });

  it('keeps the name index in step with later inserts, renames, moves and deletions, by its triggers', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    const match = async (query: string) =>
      ((await ds.query(`SELECT b.id FROM business_name_fts f JOIN business b ON b.rowid = f.rowid WHERE business_name_fts MATCH ? ORDER BY b.id`, [query])) as Array<{ id: string }>).map(
        (r) => r.id,
      );
    await ds.query(
      `INSERT INTO business (id, name, name_key, name_words, owner_name_words, status, regency_code, district_code, created_at, updated_at)
       VALUES ('b5', 'Keripik Pisang Mama', 'keripik pisang mama', 'keripik pisang mama', 'siti aminah', 'aktif', '64.72', '64.72.03', ?, ?)`,
      [AT, AT],
    );
    expect(await match('name_words:keripik')).toEqual(['b5']);
    await ds.query(`UPDATE business SET name_words = 'keripik singkong mama', district_code = '64.72.01' WHERE id = 'b5'`);
    expect(await match('name_words:pisang')).toEqual([]);
    expect(await match('name_words:singkong AND place:d647201')).toEqual(['b5']);
    expect(await match('name_words:berka')).toEqual(['b3']);
    await ds.query(`DELETE FROM business WHERE id = 'b3'`);
    expect(await match('name_words:berka')).toEqual([]);
  });

  it('keys every profile of a database larger than one batch of 2,000', async () => {
    const db = await before(NameVariants1765447200000);
    await db.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4100)
       INSERT INTO business (id, name, name_key, owner_name, status, regency_code, created_at, updated_at)
       SELECT 'b' || i, 'Kue Soekarno ' || i, 'kue soekarno ' || i, 'Haji Abd. Rahman', 'aktif', '64.72', ?, ? FROM n`,
      [AT, AT],
    );
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT count(*) AS n FROM business WHERE owner_name_words = 'abdul rahman' AND name_words LIKE 'kue sukarno %'`)).toEqual([{ n: 4100 }]);
    expect(await ds.query(`SELECT count(*) AS n FROM business_name_fts WHERE business_name_fts MATCH 'name_words:sukarno'`)).toEqual([{ n: 4100 }]);
  });
});
