import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessInput } from '../../src/shared/contract';
import { openDesk, profile, profileIssue, SRI_NIK, type Desk } from './helpers/business';
import { TEST_PIN } from './helpers/core';

let desk: Desk;
beforeEach(async () => {
  desk = await openDesk(); // clock: 15 June 2026
});
afterEach(() => desk.t.dispose());

const PIRT = '2063204010176-23';

interface Refusal {
  behaviour: string;
  input: BusinessInput;
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const refusals: Refusal[] = [
  {
    behaviour: 'a NIK of 15 digits is refused for its length',
    input: profile({ ownerNik: SRI_NIK.slice(0, 15) }),
    field: 'ownerNik',
    key: 'v.nik',
    params: { reason: 'length' },
  },
  {
    behaviour: 'a NIK whose birth date cannot exist (31 February) is refused for its date',
    input: profile({ ownerNik: '6472017102900003', ownerBirthDate: null }),
    field: 'ownerNik',
    key: 'v.nik',
    params: { reason: 'date' },
  },
  {
    behaviour: "a woman's NIK (day + 40) with gender L is refused on the gender",
    input: profile({ ownerGender: 'L' }),
    field: 'ownerGender',
    key: 'v.nikGender',
  },
  {
    behaviour: 'a birth date that differs from the one the NIK encodes is refused on the birth date',
    input: profile({ ownerBirthDate: '1990-03-13' }),
    field: 'ownerBirthDate',
    key: 'v.nikBirthDate',
  },
  {
    behaviour: 'a NIB of 12 digits is refused',
    input: profile({ nib: '123456789012' }),
    field: 'nib',
    key: 'v.nib',
  },
  {
    behaviour: 'a phone number of letters is refused',
    input: profile({ ownerPhone: 'abc' }),
    field: 'ownerPhone',
    key: 'v.phone',
  },
  {
    behaviour: 'a P-IRT that expires before it was issued is refused on its expiry',
    input: profile({ pirtNumber: PIRT, pirtIssuedAt: '2026-01-10', pirtExpiresAt: '2025-01-10' }),
    field: 'pirtExpiresAt',
    key: 'v.expiryBeforeIssue',
  },
  {
    behaviour: 'a P-IRT valid for more than 5 years is refused on its expiry',
    input: profile({ pirtNumber: PIRT, pirtIssuedAt: '2020-01-01', pirtExpiresAt: '2025-01-02' }),
    field: 'pirtExpiresAt',
    key: 'v.pirtTooLong',
    params: { years: 5 },
  },
  {
    behaviour: 'a negative modal usaha is refused as money',
    input: profile({ modalUsaha: -1 }),
    field: 'modalUsaha',
    key: 'v.money',
  },
  {
    behaviour: 'a fractional Rupiah amount is refused as money',
    input: profile({ annualSales: 1_500_000.5 }),
    field: 'annualSales',
    key: 'v.money',
  },
  {
    behaviour: 'a regency outside the chosen province is refused on the regency',
    input: profile({ provinceCode: '64', regencyCode: '63.71', districtCode: null }),
    field: 'regencyCode',
    key: 'v.regionChain',
  },
  {
    behaviour: 'a well-shaped district code that does not exist is refused on the district',
    input: profile({ districtCode: '64.72.99' }),
    field: 'districtCode',
    key: 'v.region',
  },
  {
    behaviour: "a starting year after the clock's year is refused",
    input: profile({ yearStarted: 2027 }),
    field: 'yearStarted',
    key: 'v.yearFuture',
  },
  {
    behaviour: 'a 10,000-character name is refused as too long, not cut',
    input: profile({ name: 'K'.repeat(10_000) }),
    field: 'name',
    key: 'v.tooLong',
    params: { max: 120 },
  },
  {
    behaviour: 'an unknown extra field is refused (strict schema)',
    input: { ...profile(), colour: 'merah' } as BusinessInput,
    field: 'colour',
    key: 'v.unknownField',
  },
];

describe('businesses:create validation through the router', () => {
  it.each(refusals.map((r) => [r.behaviour, r] as const))('%s, and nothing is written', async (_behaviour, r) => {
    const error = await desk.fail('businesses:create', { profile: r.input });
    expect(error.code).toBe('VALIDATION');
    const issue = profileIssue(error, r.field);
    expect(issue, JSON.stringify(error.fields)).toBeDefined();
    expect(issue?.key).toBe(r.key);
    if (r.params) expect(issue?.params).toMatchObject(r.params);

    expect(await desk.total()).toBe(0);
    expect(await desk.total({ deleted: true })).toBe(0);
    expect(await desk.audit()).toEqual([]);
    expect(await desk.counts()).toEqual({ rows: 0, tags: 0, audits: 0 });
  });

  it('accepts the same profile once the refused value is corrected (the fixtures are otherwise valid)', async () => {
    const saved = await desk.create(profile({ yearStarted: 2026, pirtNumber: PIRT, pirtIssuedAt: '2021-01-01', pirtExpiresAt: '2026-01-01' }));
    expect(saved.yearStarted).toBe(2026);
    expect(saved.pirtNumber).toBe('206320401017623');
    expect(await desk.total()).toBe(1);
  });

  it('refuses an update with an invalid value and leaves the stored profile as it was', async () => {
    const saved = await desk.create(profile());
    const error = await desk.fail('businesses:update', {
      id: saved.id,
      expectedUpdatedAt: saved.updatedAt,
      profile: profile({ name: 'Kue Bu Sri Baru', ownerPhone: 'abc' }),
    });
    expect(error.code).toBe('VALIDATION');
    expect(profileIssue(error, 'ownerPhone')?.key).toBe('v.phone');
    const after = await desk.call('businesses:get', { id: saved.id });
    expect(after.name).toBe('Kue Bu Sri');
    expect(after.updatedAt).toBe(saved.updatedAt);
    expect((await desk.audit(saved.id)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('without a consultant on duty', () => {
  it('refuses create, update and delete with NO_SESSION and writes nothing', async () => {
    const saved = await desk.create(profile());
    const before = await desk.counts();
    await desk.call('session:end');

    const created = await desk.fail('businesses:create', { profile: profile({ name: 'Es Krim Segar', ownerNik: null, nib: null, ownerPhone: null, ownerName: 'Budi Santoso' }) });
    expect(created.code).toBe('NO_SESSION');
    const updated = await desk.fail('businesses:update', {
      id: saved.id,
      expectedUpdatedAt: saved.updatedAt,
      profile: profile({ name: 'Kue Bu Sri Baru' }),
    });
    expect(updated.code).toBe('NO_SESSION');
    const deleted = await desk.fail('businesses:delete', { id: saved.id });
    expect(deleted.code).toBe('NO_SESSION');

    expect(await desk.counts()).toEqual(before);
    // Reading needs someone on duty too: signed in again, the profile is as it was.
    await desk.call('session:start', { consultantId: desk.consultantId, pin: TEST_PIN });
    const after = await desk.call('businesses:get', { id: saved.id });
    expect(after).toMatchObject({ name: 'Kue Bu Sri', deletedAt: null, updatedAt: saved.updatedAt });
    expect(await desk.total()).toBe(1);
  });

  it('refuses the other changes and the personal-data actions with NO_SESSION too', async () => {
    const saved = await desk.create(profile());
    const other = await desk.create(profile({ name: 'Es Krim Segar', ownerNik: null, nib: null, ownerPhone: null, ownerName: 'Budi Santoso' }));
    const before = await desk.counts();
    await desk.call('session:end');

    const attempts: Array<[string, unknown]> = [
      ['businesses:restore', { id: saved.id }],
      ['businesses:dismissDuplicate', { id: saved.id, otherId: other.id }],
      ['businesses:merge', { survivorId: saved.id, mergedId: other.id, takeFromMerged: [] }],
      ['businesses:revealNik', { id: saved.id }],
      ['businesses:exportPersonalData', { id: saved.id }],
      ['businesses:erasePersonalData', { id: saved.id, reason: 'Permintaan pemilik' }],
    ];
    for (const [channel, input] of attempts) {
      const error = await desk.fail(channel as 'businesses:restore', input);
      expect(error.code, channel).toBe('NO_SESSION');
    }
    expect(await desk.counts()).toEqual(before);
    expect(desk.t.platform.dialogAnswers).toEqual([]);
  });
});
