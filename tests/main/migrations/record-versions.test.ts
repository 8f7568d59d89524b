import { describe, expect, it } from 'vitest';
import { RecordVersions1765700000000 } from '../../../src/main/db/migrations/1765700000000-record-versions';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';
const LATER = '2026-10-02T01:00:00.000Z';

describe('record versions migration', () => {
  it('gives every record a version from what transfer_base knew, drops transfer_base, and starts counting local changes', async () => {
    const db = await before(RecordVersions1765700000000);
    const office = (await db.query(`SELECT id FROM office_profile`))[0]!['id'] as string;
    const insert = (id: string, name: string, updatedAt: string) =>
      db.query(
        `INSERT INTO business (id, name, name_key, province_code, regency_code, status, sales_channels, tags, created_at, updated_at)
         VALUES (?, ?, ?, '64', '64.72', 'aktif', '[]', '[]', ?, ?)`,
        [id, name, name.toLowerCase(), AT, updatedAt],
      );
    // Made here; received and untouched since; received and changed here since.
    await insert('b-mine', 'Usaha Sendiri', AT);
    await insert('b-received', 'Usaha Kiriman', AT);
    await insert('b-changed', 'Usaha Diubah', LATER);
    await db.query(`INSERT INTO transfer_base (entity, record_id, base_updated_at) VALUES ('business', 'b-received', ?), ('business', 'b-changed', ?)`, [AT, AT]);
    await db.query(`INSERT INTO business_not_duplicate (a_id, b_id, created_at) VALUES ('b-mine', 'b-received', ?)`, [AT]);

    const ds = await db.upgrade();
    const desk = (await ds.query(`SELECT desk_id, seq, applying FROM desk_clock`)) as Array<{ desk_id: string; seq: number; applying: number }>;
    expect(desk).toEqual([{ desk_id: office.replaceAll('-', '').slice(0, 12).toLowerCase(), seq: 1, applying: 0 }]);
    const me = desk[0]!.desk_id;
    expect(await ds.query(`SELECT entity, record_key, vv, seq, deleted FROM record_version ORDER BY entity, record_key`)).toEqual([
      { entity: 'business', record_key: 'b-changed', vv: `{"${me}":1}`, seq: 1, deleted: 0 },
      { entity: 'business', record_key: 'b-mine', vv: `{"${me}":1}`, seq: 1, deleted: 0 },
      { entity: 'business', record_key: 'b-received', vv: '{}', seq: 1, deleted: 0 },
      { entity: 'business_not_duplicate', record_key: 'b-mine|b-received', vv: `{"${me}":1}`, seq: 1, deleted: 0 },
    ]);
    expect(await ds.query(`SELECT name FROM sqlite_master WHERE name = 'transfer_base'`)).toEqual([]);

    // From now on a local change counts one more for this desk; a change of derived columns alone does not.
    await ds.query(`UPDATE business SET name = 'Usaha Kiriman Baru', updated_at = ? WHERE id = 'b-received'`, [LATER]);
    await ds.query(`UPDATE business SET last_activity_at = ? WHERE id = 'b-mine'`, [LATER]);
    await ds.query(`DELETE FROM business_not_duplicate`);
    expect(await ds.query(`SELECT record_key, vv, seq, deleted FROM record_version WHERE record_key IN ('b-received', 'b-mine', 'b-mine|b-received') ORDER BY record_key`)).toEqual([
      { record_key: 'b-mine', vv: `{"${me}":1}`, seq: 1, deleted: 0 },
      { record_key: 'b-mine|b-received', vv: `{"${me}":2}`, seq: 3, deleted: 1 },
      { record_key: 'b-received', vv: `{"${me}":1}`, seq: 2, deleted: 0 },
    ]);
  });
});
