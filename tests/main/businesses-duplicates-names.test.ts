import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../../src/main/db/migrations';
import { NameVariants1765447200000 } from '../../src/main/db/migrations/1765447200000-name-variants';
import type { Input } from '../../src/shared/contract';
import { LIKELY_SAME_NAME } from '../../src/shared/domain/names';
import { distinctProfile, openDesk, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
});
afterEach(() => desk.t.dispose());

const check = (q: Input<'businesses:checkDuplicates'>) => desk.call('businesses:checkDuplicates', q);

/** Samarinda Ulu (64.72.01) and Banjarmasin Selatan, in Kalimantan Selatan (63.71.01). */
const SAMARINDA = { provinceCode: '64', regencyCode: '64.72', districtCode: '64.72.01' };
const BANJARMASIN = { provinceCode: '63', regencyCode: '63.71', districtCode: '63.71.01' };

describe('duplicate candidates by Indonesian names', () => {
  it('"Haji Abd. Rahman" typed in the same kecamatan is a likely duplicate of "H. Abdul Rahman"; in another province it ranks below and is not likely', async () => {
    const here = await desk.create(distinctProfile(0, { name: 'Warung Makan Berkah', ownerName: 'H. Abdul Rahman', ...SAMARINDA }));
    const there = await desk.create(distinctProfile(1, { name: 'Toko Sembako Barokah', ownerName: 'H. Abdul Rahman', ...BANJARMASIN }));

    const found = await check({ name: 'Usaha Kue Rahman', ownerName: 'Haji Abd. Rahman', ...SAMARINDA });
    expect(found.map((c) => c.id)).toEqual([here.id, there.id]);
    const [first, second] = found;
    expect(first).toMatchObject({ reasons: ['ownerName', 'sameDistrict'], notes: ['title', 'abbreviation'], score: 1 });
    expect(first!.score).toBeGreaterThanOrEqual(LIKELY_SAME_NAME);
    expect(second).toMatchObject({ reasons: ['ownerName'], notes: ['title', 'abbreviation', 'otherProvince'] });
    expect(second!.score).toBeLessThan(LIKELY_SAME_NAME);

    // Saving it is refused for the likely one only: confirming that one is enough.
    const error = await desk.fail('businesses:create', { profile: distinctProfile(2, { name: 'Usaha Kue Rahman', ownerName: 'Haji Abd. Rahman', ...SAMARINDA }) });
    expect(error.code).toBe('DUPLICATE');
    expect(error.fields?.['name']).toEqual({ key: 'v.duplicate', params: { count: 1 } });
    const saved = await desk.create(distinctProfile(2, { name: 'Usaha Kue Rahman', ownerName: 'Haji Abd. Rahman', ...SAMARINDA }), [here.id]);
    expect(saved.ownerName).toBe('Haji Abd. Rahman');
  });

  it.each([
    ['Soekarno', 'Sukarno'],
    ['Moch. Djunaedi', 'Muhammad Junaedi'],
    ['Sitti Noerhaliza', 'Siti Nurhaliza'],
    ['Drs. H. Achmad Fauzi, M.M.', 'Ahmad Fauzi'],
    ['Santoso Budi', 'Budi Santoso'],
    ['A. Rahman', 'Abdul Rahman'],
  ])('owner "%s" stored is found when typing "%s", with no place given', async (stored, typed) => {
    const b = await desk.create(distinctProfile(3, { name: 'Bengkel Las Sinar', ownerName: stored }));
    const found = await check({ ownerName: typed });
    expect(found).toEqual([expect.objectContaining({ id: b.id, reasons: ['ownerName'] })]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(LIKELY_SAME_NAME);
  });

  it('a name with a word missing is found only through the kecamatan, and becomes likely there', async () => {
    const b = await desk.create(distinctProfile(4, { name: 'Bengkel Las Sinar', ownerName: 'Rahman', ...SAMARINDA }));
    // Typed in full: the stored "Rahman" lacks "Abdul", so only the kecamatan's index finds it.
    const near = await check({ ownerName: 'Abdul Rahman', ...SAMARINDA });
    expect(near).toEqual([expect.objectContaining({ id: b.id, reasons: ['ownerName', 'sameDistrict'], notes: ['partial'] })]);
    expect(near[0]!.score).toBeGreaterThanOrEqual(LIKELY_SAME_NAME);
    expect(await check({ ownerName: 'Abdul Rahman', ...BANJARMASIN })).toEqual([]);
  });

  it('different people sharing a common given name are not candidates, even in the same kecamatan', async () => {
    await desk.create(distinctProfile(5, { name: 'Bengkel Las Sinar', ownerName: 'Abdul Rahim', ...SAMARINDA }));
    await desk.create(distinctProfile(6, { name: 'Jahit Sinar Baru', ownerName: 'Siti Aisyah', ...SAMARINDA }));
    expect(await check({ ownerName: 'Abdul Rahman', ...SAMARINDA })).toEqual([]);
    expect(await check({ ownerName: 'Siti Aminah', ...SAMARINDA })).toEqual([]);
  });

  it('business names are read the same way: "Toko Hj. Sitti" is "Toko Hajjah Siti", "PT. Tjahaja Baru" is "Cahaya Baru"', async () => {
    const toko = await desk.create(distinctProfile(7, { name: 'Toko Hj. Sitti' }));
    const pt = await desk.create(distinctProfile(8, { name: 'PT. Tjahaja Baru' }));
    expect(await check({ name: 'Toko Hajjah Siti' })).toEqual([expect.objectContaining({ id: toko.id, reasons: ['name'], score: 1 })]);
    expect(await check({ name: 'Cahaya Baru' })).toEqual([expect.objectContaining({ id: pt.id, reasons: ['name'], notes: ['oldSpelling'] })]);
  });

  it('erasing the personal data takes the owner name out of the name index', async () => {
    const b = await desk.create(distinctProfile(9, { name: 'Bengkel Las Sinar', ownerName: 'Moch. Djunaedi' }));
    expect((await check({ ownerName: 'Muhammad Junaedi' })).map((c) => c.id)).toEqual([b.id]);
    await desk.call('businesses:erasePersonalData', { id: b.id, reason: 'Permintaan pemilik' });
    expect(await check({ ownerName: 'Muhammad Junaedi' })).toEqual([]);
  });
});

describe('name keys migration', () => {
  it('upgrades a database of the version before: every profile gets its name keys and is in the name index', async () => {
    const dir = tempDir('klinik-name-keys-');
    try {
      const all = createMigrations(defaultResourcesDir());
      const before = all.slice(0, all.indexOf(NameVariants1765447200000));
      const old = new DataSource({ type: 'sqlite', database: databasePath(dir), migrations: before, migrationsTransactionMode: 'each' });
      await old.initialize();
      await old.runMigrations();
      const NOW = '2026-06-01T00:00:00.000Z';
      // More rows than one batch of the migration, so the batching is crossed.
      const rows = Array.from({ length: 2500 }, (_, i) => [`b${i}`, i === 7 ? 'CV. Tjahaja Baroe' : `Usaha ${i}`, i === 7 ? 'H. Moch. Djunaedi' : null]);
      await old.query(
        `INSERT INTO business (id, name, name_key, owner_name, status, district_code, created_at, updated_at)
         SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), '', json_extract(j.value, '$[2]'), 'aktif', '64.72.01', ?, ?
         FROM json_each(?) j`,
        [NOW, NOW, JSON.stringify(rows)],
      );
      await old.destroy();

      const ds = await openDatabase(dir);
      try {
        expect(await ds.query(`SELECT name_words, owner_name_words FROM business WHERE id = 'b7'`)).toEqual([
          { name_words: 'cahaya baru', owner_name_words: 'muhamad yunaidi' },
        ]);
        expect(await ds.query(`SELECT count(*) AS n FROM business WHERE name_words = ''`)).toEqual([{ n: 0 }]);
        const found = (match: string) =>
          ds.query(`SELECT b.id FROM business_name_fts f JOIN business b ON b.rowid = f.rowid WHERE business_name_fts MATCH ?`, [match]);
        expect(await found('{owner_words} : (muhamad AND yunaidi) AND {place} : d647201')).toEqual([{ id: 'b7' }]);
        expect(await found('{name_words} : (cahaya AND baru)')).toEqual([{ id: 'b7' }]);
      } finally {
        await ds.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
