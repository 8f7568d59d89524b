import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessDetail } from '../../src/shared/contract';
import { distinctProfile, openDesk, type Desk } from './helpers/business';

let desk: Desk;
let a: BusinessDetail;
let b: BusinessDetail;
const B_NIB = '9876543210002';

beforeEach(async () => {
  desk = await openDesk();
  a = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani', nib: null, tags: ['kuliner'] }));
  b = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri', nib: B_NIB, tags: ['sablon'] }));
});
afterEach(() => desk.t.dispose());

const merge = (takeFromMerged: string[] = ['nib']) => ({ survivorId: a.id, mergedId: b.id, takeFromMerged });

describe('businesses:merge', () => {
  it("takes the chosen field from the merged profile and keeps the survivor's others", async () => {
    expect(a.nib).toBeNull();
    const survivor = await desk.call('businesses:merge', merge(['nib']));
    expect(survivor.id).toBe(a.id);
    expect(survivor.nib).toBe(B_NIB);
    expect(survivor).toMatchObject({ name: a.name, ownerName: a.ownerName, ownerPhone: a.ownerPhone, tags: ['kuliner'], ownerNikMasked: a.ownerNikMasked });
    expect((await desk.call('businesses:list', { query: B_NIB })).rows.map((r) => r.id)).toEqual([a.id]);
  });

  it('retires the merged profile: deleted, mergedIntoId set, no longer listed, not restorable on its own', async () => {
    await desk.call('businesses:merge', merge());
    const merged = await desk.call('businesses:get', { id: b.id });
    expect(merged.deletedAt).not.toBeNull();
    expect(merged.mergedIntoId).toBe(a.id);
    expect((await desk.call('businesses:list', {})).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await desk.call('businesses:list', { query: 'sablon' })).total).toBe(0);
    expect((await desk.call('businesses:list', { deleted: true })).rows.map((r) => r.id)).toEqual([b.id]);
    expect(await desk.call('businesses:tags')).toEqual([{ tag: 'kuliner', count: 1 }]);
    expect((await desk.fail('businesses:restore', { id: b.id })).code).toBe('CONFLICT');
    expect((await desk.fail('businesses:merge', merge())).code).toBe('NOT_FOUND');
  });

  it("audits 'merge' on the survivor and 'merged_into' on the merged profile", async () => {
    await desk.call('businesses:merge', merge());
    const [onA] = await desk.audit(a.id);
    expect(onA).toMatchObject({ action: 'merge', actorId: desk.consultantId });
    expect(onA?.changes).toMatchObject({ nib: [null, B_NIB], mergedId: [null, b.id], moved: [null, {}] });
    const [onB] = await desk.audit(b.id);
    expect(onB).toMatchObject({ action: 'merged_into', actorId: desk.consultantId, changes: { survivorId: [null, a.id] } });
  });

  it('is one transaction: a failing related mover leaves both profiles exactly as they were', async () => {
    const before = await desk.counts();
    const rawBefore = await desk.t.core.ds.query(`SELECT * FROM business ORDER BY id`);
    desk.t.core.services.businesses.registerRelated('boom', async () => {
      throw new Error('x');
    });
    const error = await desk.fail('businesses:merge', merge());
    expect(error.code).toBe('INTERNAL');

    expect(await desk.call('businesses:get', { id: a.id })).toEqual(a);
    expect(await desk.call('businesses:get', { id: b.id })).toEqual(b);
    expect(await desk.t.core.ds.query(`SELECT * FROM business ORDER BY id`)).toEqual(rawBefore);
    expect(await desk.counts()).toEqual(before);
    expect((await desk.call('businesses:list', {})).total).toBe(2);
    expect((await desk.audit()).map((e) => e.action)).not.toContain('merge');
    expect((await desk.call('businesses:list', { query: B_NIB })).rows.map((r) => r.id)).toEqual([b.id]);
  });

  it('calls each registered related mover with (merged id, survivor id) inside the transaction and audits what moved', async () => {
    const calls: Array<[string, string]> = [];
    desk.t.core.services.businesses.registerRelated('example', async (m, fromId, toId) => {
      calls.push([fromId, toId]);
      const [{ n }] = (await m.query(`SELECT count(*) AS n FROM business WHERE id IN (?, ?)`, [fromId, toId])) as [{ n: number }];
      return n + 1; // 3: both profiles are visible to the mover
    });
    await desk.call('businesses:merge', merge());
    expect(calls).toEqual([[b.id, a.id]]);
    const [onA] = await desk.audit(a.id);
    // The consultation, follow-up, training and impact modules' own movers ran too (nothing to move here).
    expect(onA?.changes?.['moved']).toEqual([null, { consultations: 0, followUps: 0, participants: 0, impact: 0, example: 3 }]);
  });

  it('refuses to register the same related mover twice', () => {
    desk.t.core.services.businesses.registerRelated('example', async () => 0);
    expect(() => desk.t.core.services.businesses.registerRelated('example', async () => 0)).toThrow(/twice/);
    expect(() => desk.t.core.services.businesses.registerRelated('consultations', async () => 0)).toThrow(/twice/);
  });

  it('refuses to merge a profile into itself with VALIDATION', async () => {
    const before = await desk.counts();
    const error = await desk.fail('businesses:merge', { survivorId: a.id, mergedId: a.id, takeFromMerged: ['nib'] });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.['mergedId']?.key).toBe('v.mergeSelf');
    expect(await desk.counts()).toEqual(before);
  });

  describe('fields taken from both profiles must still fit together', () => {
    let man: BusinessDetail;
    const MAN_NIK = '6471011203900004'; // Balikpapan Timur, a man born 12 March 1990
    beforeEach(async () => {
      man = await desk.create(
        distinctProfile(2, {
          name: 'Bengkel Las Jaya',
          regencyCode: '64.71',
          districtCode: '64.71.01',
          ownerGender: 'L',
          ownerNik: MAN_NIK,
          ownerBirthDate: '1990-03-12',
        }),
      );
    });
    const into = (takeFromMerged: string[]) => ({ survivorId: a.id, mergedId: man.id, takeFromMerged });

    it("refuses a district that is not in the survivor's regency, and nothing changes", async () => {
      const before = await desk.counts();
      const error = await desk.fail('businesses:merge', into(['districtCode']));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.['districtCode']?.key).toBe('v.regionChain');
      expect(await desk.call('businesses:get', { id: a.id })).toEqual(a);
      expect((await desk.call('businesses:get', { id: man.id })).deletedAt).toBeNull();
      expect(await desk.counts()).toEqual(before);
    });

    it("refuses a man's NIK under the survivor's gender P", async () => {
      const error = await desk.fail('businesses:merge', into(['ownerNik']));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.['ownerGender']?.key).toBe('v.nikGender');
      expect(await desk.call('businesses:revealNik', { id: a.id })).toEqual({ nik: distinctProfile(0).ownerNik });
    });

    it('accepts the region and the owner identity when taken together', async () => {
      const survivor = await desk.call('businesses:merge', into(['regencyCode', 'districtCode', 'ownerNik', 'ownerGender', 'ownerBirthDate']));
      expect(survivor).toMatchObject({ regencyCode: '64.71', districtCode: '64.71.01', regencyName: 'Kota Balikpapan', ownerGender: 'L' });
      expect(await desk.call('businesses:revealNik', { id: a.id })).toEqual({ nik: MAN_NIK });
    });
  });

  it('refuses a field that is not a profile field', async () => {
    const error = await desk.fail('businesses:merge', merge(['id']));
    expect(error.code).toBe('VALIDATION');
    expect(await desk.call('businesses:get', { id: b.id })).toEqual(b);
  });
});
