import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessDetail, BusinessInput } from '../../src/shared/contract';
import { distinctProfile, openDesk, profile, SRI_NIK, type Desk } from './helpers/business';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
});
afterEach(() => desk.t.dispose());

const update = (b: BusinessDetail, p: BusinessInput, extra: { keepNik?: boolean; expectedUpdatedAt?: string } = {}) =>
  desk.call('businesses:update', { id: b.id, expectedUpdatedAt: extra.expectedUpdatedAt ?? b.updatedAt, keepNik: extra.keepNik, profile: p });

describe('businesses:update', () => {
  it('saves the changes and audits the changed field names, personal values as •••', async () => {
    const b = await desk.create(profile());
    // The form never holds the full NIK: it sends none and keeps the stored one.
    const after = await update(b, profile({ name: 'Kue Bu Sri Samarinda', ownerPhone: '0812-9999-0000', status: 'tidak_aktif', ownerNik: null }));
    expect(after).toMatchObject({ name: 'Kue Bu Sri Samarinda', ownerPhone: '+6281299990000', status: 'tidak_aktif', ownerNikMasked: '6472••••••••0003' });
    expect(after.updatedAt > b.updatedAt).toBe(true);
    expect(after.updatedByName).toBe('Siti Rahmawati');
    expect(await desk.call('businesses:get', { id: b.id })).toEqual(after);

    const [latest, created] = await desk.audit(b.id);
    expect(latest).toMatchObject({ action: 'update', actorId: desk.consultantId, actorName: 'Siti Rahmawati' });
    expect(Object.keys(latest?.changes ?? {}).sort()).toEqual(['name', 'ownerPhone', 'status']);
    expect(latest?.changes).toEqual({
      name: ['Kue Bu Sri', 'Kue Bu Sri Samarinda'],
      ownerPhone: ['•••', '•••'],
      status: ['aktif', 'tidak_aktif'],
    });
    expect(created?.action).toBe('create');
    expect(created?.changes?.['ownerNik']).toEqual([null, '•••']);
    expect(created?.changes?.['ownerName']).toEqual([null, '•••']);

    const everything = JSON.stringify(await desk.call('audit:list', { limit: 500 }));
    for (const secret of [SRI_NIK, '81234567890', '81299990000', 'Sri Wahyuni', '1990-03-12']) expect(everything).not.toContain(secret);
  });

  it('an update that changes nothing records no changed fields', async () => {
    const b = await desk.create(profile());
    await update(b, profile({ ownerNik: null }));
    const [latest] = await desk.audit(b.id);
    expect(latest).toMatchObject({ action: 'update', changes: null });
  });

  it('a stale expectedUpdatedAt is a CONFLICT and changes nothing', async () => {
    const b = await desk.create(profile());
    const first = await update(b, profile({ name: 'Kue Bu Sri Palaran', ownerNik: null }));
    const before = await desk.counts();
    const error = await desk.fail('businesses:update', {
      id: b.id,
      expectedUpdatedAt: b.updatedAt, // the version the second form was opened from
      profile: profile({ name: 'Kue Bu Sri Sambutan', status: 'calon', ownerNik: null }),
    });
    expect(error.code).toBe('CONFLICT');
    expect(await desk.call('businesses:get', { id: b.id })).toEqual(first);
    expect(await desk.counts()).toEqual(before);
  });

  it('updating an unknown or deleted profile is NOT_FOUND', async () => {
    const b = await desk.create(profile());
    await desk.call('businesses:delete', { id: b.id });
    const error = await desk.fail('businesses:update', { id: b.id, expectedUpdatedAt: b.updatedAt, profile: profile({ ownerNik: null }) });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('keepNik true keeps the stored NIK whatever the form sends', async () => {
    const b = await desk.create(profile());
    const after = await update(b, profile({ ownerNik: null }), { keepNik: true });
    expect(after.ownerNikMasked).toBe('6472••••••••0003');
    expect(await desk.call('businesses:revealNik', { id: b.id })).toEqual({ nik: SRI_NIK });
    const [latest] = await desk.audit(b.id);
    expect(latest?.changes?.['ownerNik']).toBeUndefined();
  });

  it('keepNik true still checks gender and birth date against the kept NIK, and changes nothing when they disagree', async () => {
    const b = await desk.create(profile()); // a woman's NIK, born 1990-03-12
    const before = await desk.counts();
    const gender = await desk.fail('businesses:update', {
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
      keepNik: true,
      profile: profile({ ownerNik: null, ownerGender: 'L' }),
    });
    expect(gender.code).toBe('VALIDATION');
    expect(gender.fields?.['profile.ownerGender']?.key).toBe('v.nikGender');
    const birth = await desk.fail('businesses:update', {
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
      keepNik: true,
      profile: profile({ ownerNik: null, ownerBirthDate: '1985-01-01' }),
    });
    expect(birth.fields?.['profile.ownerBirthDate']?.key).toBe('v.nikBirthDate');
    expect(await desk.call('businesses:get', { id: b.id })).toEqual(b);
    expect(await desk.counts()).toEqual(before);
    // Leaving them blank is fine: nothing contradicts the NIK.
    const blank = await update(b, profile({ ownerNik: null, ownerGender: null, ownerBirthDate: null }));
    expect(blank.ownerNikMasked).toBe('6472••••••••0003');
  });

  it('keepNik false with ownerNik null clears the NIK, audited without its value', async () => {
    const b = await desk.create(profile());
    const after = await update(b, profile({ ownerNik: null }), { keepNik: false });
    expect(after.ownerNikMasked).toBeNull();
    expect(await desk.call('businesses:revealNik', { id: b.id })).toEqual({ nik: null });
    const update_ = (await desk.audit(b.id)).find((e) => e.action === 'update');
    expect(update_?.changes?.['ownerNik']).toEqual(['•••', null]);
  });

  it('keepNik false with a new NIK replaces it, and the NIK is checked against region data again', async () => {
    const b = await desk.create(profile());
    const refused = await desk.fail('businesses:update', {
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
      keepNik: false,
      profile: profile({ ownerNik: '6499015203900003' }),
    });
    expect(refused.code).toBe('VALIDATION');
    const newNik = '6472015203900011';
    const after = await update(b, profile({ ownerNik: newNik }), { keepNik: false });
    expect(after.ownerNikMasked).toBe('6472••••••••0011');
    expect(await desk.call('businesses:revealNik', { id: b.id })).toEqual({ nik: newNik });
    const change = (await desk.audit(b.id)).find((e) => e.action === 'update');
    expect(change?.changes?.['ownerNik']).toEqual(['•••', '•••']);
    expect(JSON.stringify(await desk.audit())).not.toContain(newNik);
  });

  it('replaces the tags: counts, the tag filter and search follow', async () => {
    const a = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri', tags: ['binaan 2026', 'kuliner'] }));
    const b = await desk.create(distinctProfile(1, { name: 'Es Krim Segar', tags: ['Kuliner'] }));
    expect(await desk.call('businesses:tags')).toEqual([
      { tag: 'kuliner', count: 2 },
      { tag: 'binaan 2026', count: 1 },
    ]);

    const after = await update(a, distinctProfile(0, { name: 'Kue Bu Sri', tags: ['ekspor', ' Kuliner ', 'kuliner'], ownerNik: null }));
    expect(after.tags).toEqual(['ekspor', 'kuliner']);
    expect(await desk.call('businesses:tags')).toEqual([
      { tag: 'kuliner', count: 2 },
      { tag: 'ekspor', count: 1 },
    ]);
    const tagged = async (tag: string) => (await desk.call('businesses:list', { tag })).rows.map((r) => r.id);
    expect(await tagged('binaan 2026')).toEqual([]);
    expect(await tagged('ekspor')).toEqual([a.id]);
    expect((await tagged('kuliner')).sort()).toEqual([a.id, b.id].sort());
    expect((await desk.call('businesses:list', { query: 'ekspor' })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await desk.call('businesses:list', { query: 'binaan' })).total).toBe(0);
    const [latest] = await desk.audit(a.id);
    expect(latest?.changes?.['tags']).toEqual(['["binaan 2026","kuliner"]', '["ekspor","kuliner"]']);
  });

  it('a deleted profile drops out of the tag counts and comes back when restored', async () => {
    const a = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri', tags: ['kuliner'] }));
    await desk.call('businesses:delete', { id: a.id });
    expect(await desk.call('businesses:tags')).toEqual([]);
    await desk.call('businesses:restore', { id: a.id });
    expect(await desk.call('businesses:tags')).toEqual([{ tag: 'kuliner', count: 1 }]);
    expect((await desk.audit(a.id)).map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('the timeline lists create and update, newest first, with the actor and the changed field names only', async () => {
    const b = await desk.create(profile());
    await update(b, profile({ ownerPhone: '0812-9999-0000', ownerNik: null }));
    const timeline = await desk.call('businesses:timeline', { id: b.id });
    expect(timeline.map((e) => [e.kind, e.actorName])).toEqual([
      ['update', 'Siti Rahmawati'],
      ['create', 'Siti Rahmawati'],
    ]);
    expect(timeline[0]?.detail).toEqual({ fields: ['ownerPhone'] });
    expect(JSON.stringify(timeline)).not.toContain('81299990000');
  });
});
