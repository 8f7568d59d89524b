import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../src/shared/contract';
import { distinctProfile, openDesk, profile, SRI_NIK, type Desk } from './helpers/business';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk();
});
afterEach(() => desk.t.dispose());

const check = (q: Input<'businesses:checkDuplicates'>) => desk.call('businesses:checkDuplicates', q);

describe('duplicate candidates', () => {
  it('an exact NIK under a different business and owner name is a candidate for reason nik', async () => {
    const sri = await desk.create(profile());
    for (const ownerNik of [SRI_NIK, '6472 0152 0390 0003', '6472.0152.0390.0003']) {
      const found = await check({ name: 'Bengkel Las Jaya', ownerName: 'Budi Santoso', ownerNik });
      expect(found, ownerNik).toEqual([expect.objectContaining({ id: sri.id, reasons: ['nik'], score: 1 })]);
    }
  });

  it("the same phone typed '+62 812…' matches the stored '0812…' for reason phone", async () => {
    const sri = await desk.create(profile({ ownerPhone: '0812-3456-7890' }));
    const found = await check({ name: 'Bengkel Las Jaya', ownerPhone: '+62 812 3456 7890' });
    expect(found).toEqual([expect.objectContaining({ id: sri.id, reasons: ['phone'], score: 1 })]);
    expect(await check({ ownerPhone: '62812-3456-7890' })).toEqual([expect.objectContaining({ id: sri.id, reasons: ['phone'] })]);
  });

  it('the same NIB is a candidate for reason nib', async () => {
    const sri = await desk.create(profile({ nib: '1234567890123' }));
    const found = await check({ name: 'Bengkel Las Jaya', nib: '1234-5678-90123' });
    expect(found).toEqual([expect.objectContaining({ id: sri.id, reasons: ['nib'] })]);
  });

  it.each([
    ['De Haro', 'DeHaro'],
    ['DeHaro', 'De Haro'],
    ['Kue Bu Sri', 'Toko Kue Ibu Sri'],
    ['Toko Kue Ibu Sri', 'Kue Bu Sri'],
  ])('"%s" stored is found when typing "%s" (reason name)', async (stored, typed) => {
    const b = await desk.create(distinctProfile(0, { name: stored }));
    const found = await check({ name: typed });
    expect(found).toEqual([expect.objectContaining({ id: b.id, name: stored, reasons: ['name'], score: 1 })]);
  });

  it('an unrelated name, owner and identifiers are not candidates', async () => {
    await desk.create(profile());
    expect(await check({ name: 'Bengkel Motor Jaya', ownerName: 'Budi Santoso', ownerPhone: '0813-1111-2222', nib: '9999999999999' })).toEqual([]);
    expect(await check({ name: 'Es Krim Segar' })).toEqual([]);
  });

  it('a deleted profile is no candidate', async () => {
    const sri = await desk.create(profile());
    await desk.call('businesses:delete', { id: sri.id });
    expect(await check({ name: 'Kue Bu Sri', ownerNik: SRI_NIK })).toEqual([]);
  });

  it('dismissDuplicate takes the pair out of later checks, both ways, and is audited', async () => {
    const sri = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri' }));
    const other = await desk.create(distinctProfile(1, { name: 'Bengkel Las Jaya' }));
    // Renamed later into a look-alike (updates do not run the duplicate check).
    const renamed = await desk.call('businesses:update', {
      id: other.id,
      expectedUpdatedAt: other.updatedAt,
      profile: distinctProfile(1, { name: 'Toko Kue Ibu Sri' }),
    });
    expect((await check({ name: renamed.name, excludeId: other.id })).map((c) => c.id)).toEqual([sri.id]);

    expect(await desk.call('businesses:dismissDuplicate', { id: other.id, otherId: sri.id })).toEqual({ ok: true });

    expect(await check({ name: renamed.name, excludeId: other.id })).toEqual([]);
    expect(await check({ name: sri.name, excludeId: sri.id })).toEqual([]);
    // Without excludeId the check does not know whose form it is, so both still show.
    expect((await check({ name: sri.name })).map((c) => c.id).sort()).toEqual([sri.id, other.id].sort());
    const [entry] = await desk.audit(other.id);
    expect(entry).toMatchObject({ action: 'not_duplicate', actorId: desk.consultantId, changes: { otherId: [null, sri.id] } });
  });

  it('create refuses a strong candidate with DUPLICATE and writes nothing', async () => {
    const sri = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri' }));
    const before = await desk.counts();
    const error = await desk.fail('businesses:create', { profile: distinctProfile(1, { name: 'Toko Kue Ibu Sri' }) });
    expect(error.code).toBe('DUPLICATE');
    expect(error.fields?.['name']).toEqual({ key: 'v.duplicate', params: { count: 1 } });
    expect(await desk.counts()).toEqual(before);
    expect((await desk.call('businesses:list', {})).rows.map((r) => r.id)).toEqual([sri.id]);
  });

  it('create refuses a different name sharing only the phone with DUPLICATE', async () => {
    await desk.create(profile());
    const error = await desk.fail('businesses:create', {
      profile: distinctProfile(1, { name: 'Bengkel Las Jaya', ownerPhone: '+62 812 3456 7890' }),
    });
    expect(error.code).toBe('DUPLICATE');
    expect(await desk.total()).toBe(1);
  });

  it('create saves a look-alike confirmed through notDuplicateOf and remembers the decision', async () => {
    const sri = await desk.create(distinctProfile(0, { name: 'Kue Bu Sri' }));
    const saved = await desk.create(distinctProfile(1, { name: 'Toko Kue Ibu Sri' }), [sri.id]);
    expect(saved.name).toBe('Toko Kue Ibu Sri');
    expect(await desk.total()).toBe(2);
    expect(await check({ name: saved.name, excludeId: saved.id })).toEqual([]);
    expect(await check({ name: sri.name, excludeId: sri.id })).toEqual([]);
  });
});
