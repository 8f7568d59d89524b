import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { databasePath, openDatabase } from '../../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../../src/main/db/migrations';
import { Consultations1764576000000 } from '../../src/main/db/migrations/1764576000000-consultations';
import { tempDir } from './helpers/core';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-06-01T00:00:00.000Z';

describe('consultations migration', () => {
  it('upgrades a database of the version before, its businesses and consultants kept, and the new tables usable', async () => {
    const dir = tempDir('klinik-upgrade-');
    dirs.push(dir);
    const all = createMigrations(defaultResourcesDir());
    const before = all.slice(0, all.indexOf(Consultations1764576000000));
    const old = new DataSource({ type: 'sqlite', database: databasePath(dir), migrations: before, migrationsTransactionMode: 'each' });
    await old.initialize();
    await old.runMigrations();
    await old.query(`INSERT INTO consultant (id, name, active, created_at, updated_at) VALUES ('k1', 'Siti Rahmawati', 1, ?, ?)`, [NOW, NOW]);
    await old.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?)`, [NOW, NOW]);
    const businessBefore = await old.query(`SELECT * FROM business`);
    await old.destroy();

    const ds = await openDatabase(dir);
    try {
      // Every column the business had is kept as it was; later migrations only add columns
      // (last_activity_at starts at the profile's creation; the name keys are made from the names).
      const after: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM business`);
      expect(after.map(({ last_activity_at: _added, name_words: _keys, owner_name_words: _ownerKeys, restricted_at: _restricted, ...kept }) => kept)).toEqual(businessBefore);
      expect(after[0]!['last_activity_at']).toBe(NOW);
      expect(after[0]).toMatchObject({ name_words: 'kue bu sri', owner_name_words: '' });
      expect(await ds.query(`SELECT id, name FROM consultant`)).toEqual([{ id: 'k1', name: 'Siti Rahmawati' }]);
      const indexes: Array<{ name: string }> = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'consultation' AND sql IS NOT NULL ORDER BY name`);
      expect(indexes.map((i) => i.name)).toEqual(['consultation_business', 'consultation_desk_seq', 'consultation_final_business', 'consultation_live_date', 'consultation_number', 'consultation_one_draft']);
      await ds.query(
        `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
         VALUES ('c1', 'b1', 'final', 'KB/SMD1/2026/06/0001', 'SMD1', '2026-06', 1, '2026-06-01', ?, ?)`,
        [NOW, NOW],
      );
      await ds.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES ('c1', 'k1', 0)`);
      // A final record must carry its number, business and date; one live draft per business.
      await expect(ds.query(`INSERT INTO consultation (id, status, created_at, updated_at) VALUES ('c2', 'final', ?, ?)`, [NOW, NOW])).rejects.toThrow(/CHECK/);
      await ds.query(`INSERT INTO consultation (id, business_id, status, created_at, updated_at) VALUES ('d1', 'b1', 'draft', ?, ?)`, [NOW, NOW]);
      await expect(ds.query(`INSERT INTO consultation (id, business_id, status, created_at, updated_at) VALUES ('d2', 'b1', 'draft', ?, ?)`, [NOW, NOW])).rejects.toThrow(/UNIQUE/);
      // Foreign keys hold: no consultation of an unknown business.
      await expect(ds.query(`INSERT INTO consultation (id, business_id, status, created_at, updated_at) VALUES ('d3', 'nope', 'draft', ?, ?)`, [NOW, NOW])).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await ds.destroy();
    }
  });
});
