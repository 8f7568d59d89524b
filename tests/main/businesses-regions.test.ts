import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from './helpers/business';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.t.dispose());

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('regions:children', () => {
  it('null gives the 38 provinces, Kalimantan Timur among them, sorted by name', async () => {
    const provinces = await desk.call('regions:children', { parentCode: null });
    expect(provinces).toHaveLength(38);
    expect(provinces).toContainEqual({ code: '64', name: 'Kalimantan Timur' });
    expect(provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    expect(provinces.map((p) => p.name)).toEqual([...provinces].sort(byName).map((p) => p.name));
  });

  it("'64' gives the 10 kabupaten/kota of Kalimantan Timur", async () => {
    const regencies = await desk.call('regions:children', { parentCode: '64' });
    expect(regencies.map((r) => r.code).sort()).toEqual(['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11', '64.71', '64.72', '64.74']);
    expect(regencies).toContainEqual({ code: '64.72', name: 'Kota Samarinda' });
    expect(regencies).toContainEqual({ code: '64.09', name: 'Kabupaten Penajam Paser Utara' });
    expect(regencies.map((r) => r.name)).toEqual([...regencies].sort(byName).map((r) => r.name));
  });

  it("'64.72' gives the districts (kecamatan) of Samarinda", async () => {
    const districts = await desk.call('regions:children', { parentCode: '64.72' });
    expect(districts).toHaveLength(10);
    expect(districts.every((d) => /^64\.72\.\d{2}$/.test(d.code))).toBe(true);
    expect(districts).toContainEqual({ code: '64.72.01', name: 'Palaran' });
    expect(districts).toContainEqual({ code: '64.72.09', name: 'Samarinda Kota' });
  });

  it('an unknown parent has no children; a malformed code is refused', async () => {
    expect(await desk.call('regions:children', { parentCode: '64.99' })).toEqual([]);
    const error = await desk.fail('regions:children', { parentCode: 'Samarinda' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.['parentCode']?.key).toBe('v.region');
  });

  it('needs no consultant on duty (reading only)', async () => {
    await desk.call('session:end');
    expect(await desk.call('regions:children', { parentCode: '64' })).toHaveLength(10);
  });
});
