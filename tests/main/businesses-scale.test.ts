import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, type Desk } from './helpers/business';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
});
afterEach(() => desk.t.dispose());

const M = 1_000_000_000;
const NAMES = ['Amplang Bu Ani', 'Sablon Kaos Mandiri', 'Es Krim Segar', 'Bengkel Las Jaya', 'Katering Berkah', 'Anyaman Rotan Lestari', 'Roti Lapis Samarinda'];

async function scaleOf(i: number, modalUsaha: number | null, annualSales: number | null) {
  return desk.create(distinctProfile(i, { name: NAMES[i], modalUsaha, annualSales }));
}

describe('scale derived when a profile is saved (PP 7/2021)', () => {
  it('modal usaha of exactly Rp1 miliar is still mikro', async () => {
    const b = await scaleOf(0, M, null);
    expect(b.scale).toBe('mikro');
    expect(b.scaleReasons).toEqual([{ criterion: 'modal', value: M, scale: 'mikro', bound: M, relation: 'lte', upper: M }]);
  });

  it('one Rupiah above Rp1 miliar modal makes it kecil', async () => {
    const b = await scaleOf(0, M + 1, null);
    expect(b.scale).toBe('kecil');
    expect(b.scaleReasons).toEqual([{ criterion: 'modal', value: M + 1, scale: 'kecil', bound: M, relation: 'gt', upper: 5 * M }]);
  });

  it('annual sales of exactly Rp2 miliar are still mikro, one Rupiah more is kecil', async () => {
    const at = await scaleOf(0, null, 2 * M);
    expect(at.scale).toBe('mikro');
    expect(at.scaleReasons).toEqual([{ criterion: 'sales', value: 2 * M, scale: 'mikro', bound: 2 * M, relation: 'lte', upper: 2 * M }]);
    const above = await scaleOf(1, null, 2 * M + 1);
    expect(above.scale).toBe('kecil');
  });

  it('the higher of the two scales wins, and both reasons are given', async () => {
    const bySales = await scaleOf(0, 50_000_000, 16 * M);
    expect(bySales.scale).toBe('menengah');
    expect(bySales.scaleReasons.map((r) => [r.criterion, r.scale])).toEqual([
      ['modal', 'mikro'],
      ['sales', 'menengah'],
    ]);
    const byModal = await scaleOf(1, 6 * M, 100_000_000);
    expect(byModal.scale).toBe('menengah');
    expect(byModal.scaleReasons.map((r) => [r.criterion, r.scale])).toEqual([
      ['modal', 'menengah'],
      ['sales', 'mikro'],
    ]);
  });

  it('above the menengah ceilings is besar; with neither figure there is no scale', async () => {
    expect((await scaleOf(0, 10 * M + 1, null)).scale).toBe('besar');
    const unknown = await scaleOf(1, null, null);
    expect(unknown.scale).toBeNull();
    expect(unknown.scaleReasons).toEqual([]);
  });

  it('stores the derived scale so the list filters by it, and re-derives it on update', async () => {
    const b = await scaleOf(0, M, null);
    await scaleOf(1, M + 1, null);
    expect((await desk.call('businesses:list', { scale: 'mikro' })).rows.map((r) => r.id)).toEqual([b.id]);
    const updated = await desk.call('businesses:update', {
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
      profile: distinctProfile(0, { name: NAMES[0], modalUsaha: M, annualSales: 15 * M + 1 }),
    });
    expect(updated.scale).toBe('menengah');
    expect((await desk.call('businesses:list', { scale: 'mikro' })).total).toBe(0);
    expect((await desk.call('businesses:list', { scale: 'menengah' })).rows.map((r) => r.id)).toEqual([b.id]);
  });
});
