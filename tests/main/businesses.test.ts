import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessDetail, DuplicateCandidate } from '../../src/shared/contract';
import { profile } from './helpers/business';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
  await setUpDesk(t.core);
});
afterEach(() => t.dispose());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const res = await t.core.router.invoke(channel, input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as T;
}

describe('business profiles', () => {
  it('creates a profile with normalised phone, masked NIK, derived scale and region names', async () => {
    const b = await call<BusinessDetail>('businesses:create', { profile: profile() });
    expect(b.ownerPhone).toBe('+6281234567890');
    expect(b.ownerNikMasked).toBe('6472••••••••0003');
    expect(b).not.toHaveProperty('ownerNik');
    expect(b.scale).toBe('mikro');
    expect(b.regencyName).toBe('Kota Samarinda');
  });

  it('finds a profile by a word of its name, by phone in 08 form and by NIB', async () => {
    const b = await call<BusinessDetail>('businesses:create', { profile: profile() });
    for (const query of ['bu sri', 'kue', '0812-3456', '081234567890', '+62 812 3456', '1234567890123', 'amplang']) {
      const res = await call<{ rows: Array<{ id: string }>; total: number }>('businesses:list', { query });
      expect(res.rows.map((r) => r.id), query).toEqual([b.id]);
    }
    const none = await call<{ total: number }>('businesses:list', { query: 'bakso' });
    expect(none.total).toBe(0);
  });

  it('warns of a near-duplicate before saving and refuses to save it unconfirmed', async () => {
    const first = await call<BusinessDetail>('businesses:create', { profile: profile() });
    const candidates = await call<DuplicateCandidate[]>('businesses:checkDuplicates', { name: 'Toko Kue Ibu Sri' });
    expect(candidates.map((c) => c.id)).toContain(first.id);
    const second = profile({ name: 'Toko Kue Ibu Sri', ownerNik: null, nib: null, ownerPhone: null, ownerName: 'Sri W.' });
    const refused = await t.core.router.invoke('businesses:create', { profile: second });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('DUPLICATE');
    const saved = await call<BusinessDetail>('businesses:create', { profile: second, notDuplicateOf: [first.id] });
    expect(saved.name).toBe('Toko Kue Ibu Sri');
  });

  it('refuses a NIK whose region does not exist and saves nothing', async () => {
    const res = await t.core.router.invoke('businesses:create', { profile: profile({ ownerNik: '6499015203900003' }) });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.fields?.['profile.ownerNik']?.key).toBe('v.nik');
    expect((await call<{ total: number }>('businesses:list', {})).total).toBe(0);
  });

  it('soft-deletes and restores', async () => {
    const b = await call<BusinessDetail>('businesses:create', { profile: profile() });
    await call('businesses:delete', { id: b.id });
    expect((await call<{ total: number }>('businesses:list', {})).total).toBe(0);
    expect((await call<{ total: number }>('businesses:list', { deleted: true })).total).toBe(1);
    await call('businesses:restore', { id: b.id });
    expect((await call<{ total: number }>('businesses:list', {})).total).toBe(1);
  });

  it('ranks a plain search in the index, best match first, and leaves deleted profiles out of it', async () => {
    const exact = await call<BusinessDetail>('businesses:create', { profile: profile({ name: 'Amplang Samarinda', nib: null, ownerNik: null, ownerPhone: null, products: null }) });
    const other = await call<BusinessDetail>('businesses:create', {
      profile: profile({ name: 'Kerupuk Mahakam', ownerName: 'Budi Santoso', nib: null, ownerNik: null, ownerPhone: null, ownerGender: 'L', ownerBirthDate: null, products: 'amplang, kerupuk, keripik, amplang ikan' }),
    });
    const ranked = await call<{ rows: Array<{ id: string }>; total: number }>('businesses:list', { query: 'amplang', sort: 'relevance' });
    expect(ranked.total).toBe(2);
    expect(new Set(ranked.rows.map((r) => r.id))).toEqual(new Set([exact.id, other.id]));
    await call('businesses:delete', { id: other.id });
    const after = await call<{ rows: Array<{ id: string }>; total: number }>('businesses:list', { query: 'amplang', sort: 'relevance' });
    expect(after.rows.map((r) => r.id)).toEqual([exact.id]);
    expect(after.total).toBe(1);
    const trash = await call<{ rows: Array<{ id: string }> }>('businesses:list', { query: 'amplang', sort: 'relevance', deleted: true });
    expect(trash.rows.map((r) => r.id)).toEqual([other.id]);
  });
});
