import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessDetail, BusinessListQuery } from '../../src/shared/contract';
import { distinctProfile, openDesk, TEST_TODAY, type Desk } from './helpers/business';

describe('text stored verbatim and found', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await openDesk();
  });
  afterEach(() => desk.t.dispose());

  const ids = async (query: string) => (await desk.call('businesses:list', { query })).rows.map((r) => r.id);

  const awkward: Array<{ behaviour: string; name: string; queries: string[] }> = [
    { behaviour: 'single and double quotes', name: `Warung 'Mak' "Ijah"`, queries: ['ijah', 'Mak', `'Mak'`, `"Ijah"`, `Warung 'Mak' "Ijah"`] },
    { behaviour: 'an emoji', name: 'Kopi ☕ Mahakam', queries: ['mahakam', 'Kopi ☕ Mahakam', 'kopi mahak'] },
    { behaviour: 'an SQL-like string', name: "Robert'); DROP TABLE business;--", queries: ['robert', "Robert'); DROP TABLE business;--"] },
    { behaviour: 'diacritics, found without them', name: 'Café Ñoño', queries: ['cafe', 'CAFÉ', 'nono', 'Ñoño', 'café ñoño'] },
  ];

  it.each(awkward.map((a) => [a.behaviour, a] as const))('a name with %s is stored exactly and found by its words', async (_b, a) => {
    const notes = `Catatan: ${a.name}\n— baris kedua`;
    const saved = await desk.create(distinctProfile(0, { name: a.name, brand: a.name, notes }));
    expect(saved.name).toBe(a.name);
    expect(saved.notes).toBe(notes);

    const again = await desk.call('businesses:get', { id: saved.id });
    expect(again.name).toBe(a.name);
    expect(again.brand).toBe(a.name);
    expect(again.notes).toBe(notes);
    const raw: Array<{ name: string; notes: string }> = await desk.t.core.ds.query(`SELECT name, notes FROM business WHERE id = ?`, [saved.id]);
    expect(raw).toEqual([{ name: a.name, notes }]);

    for (const query of a.queries) expect(await ids(query), query).toEqual([saved.id]);
    expect((await desk.call('businesses:list', {})).rows.map((r) => r.name)).toEqual([a.name]);
  });

  it('keeps all four awkward names apart: each word finds only its own business, and the table survives', async () => {
    const saved: BusinessDetail[] = [];
    for (const [i, a] of awkward.entries()) saved.push(await desk.create(distinctProfile(i, { name: a.name })));
    expect(await ids('ijah')).toEqual([saved[0]?.id]);
    expect(await ids('mahakam')).toEqual([saved[1]?.id]);
    expect(await ids('drop table')).toEqual([saved[2]?.id]);
    expect(await ids('cafe')).toEqual([saved[3]?.id]);
    expect(await desk.total()).toBe(4);
    const [{ n }] = (await desk.t.core.ds.query(`SELECT count(*) AS n FROM business`)) as [{ n: number }];
    expect(n).toBe(4);
  });

  it('never fails on FTS operators or special characters in the search box', async () => {
    const kue = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri' }));
    const queries = [
      '"', "'", '*', '**', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(kue sri)', '(', ')', '()', '-', '--', '+', '^', ':', '{', '}',
      '"kue', 'kue"', '(kue', 'kue)', '-kue', 'kue -sri', 'kue*', '*kue', 'kue AND', 'AND kue', 'kue OR', 'NOT kue', 'kue NOT sri',
      'name:kue', '{name}:kue', 'owner_name : sri', '^kue', 'kue + sri', '"kue" AND "sri"', 'kue\\', '%', '_', "'; --", '""""',
      '☕', '(0812', '0812)', '+62 (812)', '0812-', '-0812', '12.34', 'x'.repeat(200),
    ];
    for (const query of queries) {
      const res = await desk.t.core.router.invoke('businesses:list', { query });
      expect(res.ok, `${query}: ${JSON.stringify(!res.ok && res.error)}`).toBe(true);
    }
    // Operators are read as plain words, so the words around them still find the business.
    for (const query of ['"kue', '(kue)', 'kue*', '-kue', '^kue', 'kue:', '"kue" "sri"', '(kue sri)']) {
      expect(await ids(query), query).toEqual([kue.id]);
    }
    expect(desk.t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('list filters, sort and paging', () => {
  let desk: Desk;
  const ids: Record<'amplang' | 'sablon' | 'katering' | 'roti', string> = { amplang: '', sablon: '', katering: '', roti: '' };
  const PIRT = '206320401017623';

  beforeAll(async () => {
    desk = await openDesk(); // today is 2026-06-15 at the office; the PC's own date is later
    ids.amplang = (
      await desk.create(
        distinctProfile(0, {
          name: 'Amplang Bu Ani',
          products: 'Amplang ikan pipih',
          regencyCode: '64.72',
          districtCode: '64.72.01',
          kbliCode: '10710',
          status: 'aktif',
          modalUsaha: 50_000_000,
          annualSales: 300_000_000,
          pirtNumber: PIRT,
          pirtIssuedAt: '2022-07-20',
          pirtExpiresAt: '2026-07-15', // 30 days after the fake today
          tags: ['kuliner', 'binaan 2026'],
        }),
      )
    ).id;
    ids.sablon = (
      await desk.create(
        distinctProfile(1, {
          name: 'Sablon Kaos Mandiri',
          products: 'Kaos sablon manual',
          regencyCode: '64.71',
          districtCode: '64.71.01',
          kbliCode: '47111',
          status: 'calon',
          nib: null,
          modalUsaha: 2_000_000_000,
          annualSales: null,
          pirtNumber: PIRT,
          pirtIssuedAt: '2021-06-10',
          pirtExpiresAt: '2026-06-01', // two weeks before the fake today
          tags: ['sablon'],
        }),
      )
    ).id;
    ids.katering = (
      await desk.create(
        distinctProfile(2, {
          name: 'Katering Berkah',
          products: 'Nasi kotak',
          regencyCode: '64.72',
          districtCode: '64.72.03',
          kbliCode: '56210',
          status: 'tidak_aktif',
          modalUsaha: 100_000_000,
          annualSales: null,
          pirtNumber: PIRT,
          pirtIssuedAt: '2025-01-01',
          pirtExpiresAt: '2029-12-31',
          tags: ['Kuliner'],
        }),
      )
    ).id;
    ids.roti = (await desk.create(distinctProfile(3, { name: 'Roti Lapis Samarinda', products: 'Roti lapis', nib: null, tags: ['kuliner'] }))).id;
    await desk.call('businesses:delete', { id: ids.roti });
  });
  afterAll(() => desk.t.dispose());

  const listed = async (query: BusinessListQuery) => (await desk.call('businesses:list', query)).rows.map((r) => r.id);
  const sorted = (xs: string[]) => [...xs].sort();

  it('filters by regency', async () => {
    expect(sorted(await listed({ regencyCode: '64.72' }))).toEqual(sorted([ids.amplang, ids.katering]));
    expect(await listed({ regencyCode: '64.71' })).toEqual([ids.sablon]);
    expect(await listed({ regencyCode: '64.74' })).toEqual([]);
  });

  it('filters by district', async () => {
    expect(await listed({ districtCode: '64.72.01' })).toEqual([ids.amplang]);
    expect(await listed({ districtCode: '64.72.03' })).toEqual([ids.katering]);
  });

  it('filters by KBLI category letter', async () => {
    expect(await listed({ kbliCategory: 'C' })).toEqual([ids.amplang]);
    expect(await listed({ kbliCategory: 'G' })).toEqual([ids.sablon]);
    expect(await listed({ kbliCategory: 'I' })).toEqual([ids.katering]);
    expect(await listed({ kbliCategory: 'A' })).toEqual([]);
  });

  it('filters by derived scale', async () => {
    expect(await listed({ scale: 'kecil' })).toEqual([ids.sablon]);
    expect(sorted(await listed({ scale: 'mikro' }))).toEqual(sorted([ids.amplang, ids.katering]));
    expect(await listed({ scale: 'menengah' })).toEqual([]);
  });

  it('filters by status', async () => {
    expect(await listed({ status: 'aktif' })).toEqual([ids.amplang]);
    expect(await listed({ status: 'calon' })).toEqual([ids.sablon]);
    expect(await listed({ status: 'tidak_aktif' })).toEqual([ids.katering]);
  });

  it('filters profiles without a NIB, leaving out deleted ones', async () => {
    expect(await listed({ permit: 'nib_missing' })).toEqual([ids.sablon]);
  });

  it('filters a P-IRT expiring within the warning window of the fake clock, not of the PC date', async () => {
    expect(await listed({ permit: 'expiring' })).toEqual([ids.amplang]);
    const amplang = await desk.call('businesses:get', { id: ids.amplang });
    expect(amplang.pirtState).toBe('expiring');
    expect((await desk.call('businesses:get', { id: ids.katering })).pirtState).toBe('valid');
    expect(TEST_TODAY < amplang.pirtExpiresAt!).toBe(true);
  });

  it('filters expired permits', async () => {
    expect(await listed({ permit: 'expired' })).toEqual([ids.sablon]);
    expect((await desk.call('businesses:get', { id: ids.sablon })).pirtState).toBe('expired');
  });

  it('filters by tag, whatever its case, over live profiles only', async () => {
    expect(sorted(await listed({ tag: 'kuliner' }))).toEqual(sorted([ids.amplang, ids.katering]));
    expect(sorted(await listed({ tag: 'KULINER' }))).toEqual(sorted([ids.amplang, ids.katering]));
    expect(await listed({ tag: 'sablon' })).toEqual([ids.sablon]);
    expect(await listed({ tag: 'tidak ada' })).toEqual([]);
  });

  it('combines filters with the search box', async () => {
    expect(await listed({ regencyCode: '64.72', status: 'aktif', query: 'amplang' })).toEqual([ids.amplang]);
    expect(await listed({ regencyCode: '64.71', query: 'amplang' })).toEqual([]);
  });

  it('sorts by name ascending and descending', async () => {
    expect(await listed({ sort: 'name', direction: 'asc' })).toEqual([ids.amplang, ids.katering, ids.sablon]);
    expect(await listed({ sort: 'name', direction: 'desc' })).toEqual([ids.sablon, ids.katering, ids.amplang]);
  });

  it('pages: page 2 of size 2 holds the third name and the total counts every match', async () => {
    const page2 = await desk.call('businesses:list', { page: 2, pageSize: 2, sort: 'name' });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual([ids.sablon]);
    const page1 = await desk.call('businesses:list', { page: 1, pageSize: 2, sort: 'name' });
    expect(page1.rows.map((r) => r.id)).toEqual([ids.amplang, ids.katering]);
    expect((await desk.call('businesses:list', { page: 3, pageSize: 2 })).rows).toEqual([]);
  });

  it('shows only deleted profiles when asked for deleted ones', async () => {
    const deleted = await desk.call('businesses:list', { deleted: true });
    expect(deleted.rows.map((r) => r.id)).toEqual([ids.roti]);
    expect(deleted.rows[0]?.deletedAt).not.toBeNull();
    expect(deleted.total).toBe(1);
    expect(await listed({})).not.toContain(ids.roti);
  });

  it('masks the owner phone in list rows', async () => {
    const [row] = (await desk.call('businesses:list', { query: 'amplang' })).rows;
    expect(row?.ownerPhoneMasked).toBe('0813-••••-7701');
    expect(JSON.stringify(row)).not.toContain('81355007701');
  });
});
