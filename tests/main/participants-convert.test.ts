import { afterEach, describe, expect, it, vi } from 'vitest';
import { distinctProfile, openDesk, profile, TEST_NOW, type Desk } from './helpers/business';
import { addParticipant, createTraining, distinctParticipant, trainingCounts } from './helpers/training';

const UNKNOWN_ID = '3f1c1c4e-1111-4a1a-9a1a-111111111111';

/** The business form's values for Rina, as the convert dialog pre-fills them. */
const rinaProfile = (overrides: Parameters<typeof profile>[0] = {}) => profile({ name: 'Sablon Rina', ownerName: 'Rina Marlina', ...overrides });

describe('participants:convert (calon wirausaha becomes a business profile)', () => {
  let desk: Desk;
  afterEach(() => {
    vi.restoreAllMocks();
    return desk?.t.dispose();
  });

  async function trainingWithProspect() {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    await addParticipant(desk, t.id);
    await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 4, title: 'Sudah mulai usaha?' });
    return { t, p: (await desk.call('participants:list', { trainingId: t.id }))[0]! };
  }

  it('creates the profile, links the participant (still on the training), and gives the open check-in the business', async () => {
    const { t, p } = await trainingWithProspect();
    expect(p.checkInFollowUpId).not.toBeNull();
    const converted = await desk.call('participants:convert', { id: p.id, profile: rinaProfile() });
    expect(converted).toMatchObject({
      id: p.id,
      trainingId: t.id,
      hasBusiness: true,
      businessId: expect.any(String),
      businessName: 'Sablon Rina',
      convertedAt: expect.stringMatching(/^2026-06-15T/),
      checkInFollowUpId: p.checkInFollowUpId,
    });
    const business = await desk.call('businesses:get', { id: converted.businessId! });
    expect(business).toMatchObject({ name: 'Sablon Rina', ownerName: 'Rina Marlina', regencyCode: '64.72' });
    expect(await desk.call('participants:list', { trainingId: t.id })).toEqual([converted]);
    expect(await desk.call('trainings:get', { id: t.id })).toMatchObject({ participantCount: 1, prospectCount: 0 });
    expect(await desk.call('followUps:get', { id: p.checkInFollowUpId! })).toMatchObject({ businessId: business.id, participantId: p.id, trainingId: t.id });

    const audit = await desk.call('audit:list', { limit: 50 });
    expect(audit.filter((e) => e.entity === 'business' && e.entityId === business.id).map((e) => e.action)).toEqual(['create']);
    const [convert] = audit.filter((e) => e.entity === 'training_participant' && e.action === 'convert');
    expect(convert).toMatchObject({ entityId: p.id });
    expect(convert!.changes).toMatchObject({ hasBusiness: [false, true], businessId: [null, business.id], convertedAt: [null, converted.convertedAt] });
    expect(audit.some((e) => e.entity === 'follow_up' && e.entityId === p.checkInFollowUpId && e.action === 'update')).toBe(true);
  });

  it('refuses a second conversion, and a participant already linked, creating no profile', async () => {
    const { t, p } = await trainingWithProspect();
    await desk.call('participants:convert', { id: p.id, profile: rinaProfile() });
    const linked = await addParticipant(desk, t.id, distinctParticipant(1, { hasBusiness: true, businessId: (await desk.create(distinctProfile(4, { name: 'Amplang Yusuf' }))).id }));
    const before = await desk.counts();
    for (const id of [p.id, linked.id]) {
      const error = await desk.fail('participants:convert', { id, profile: distinctProfile(3, { name: 'Usaha Kedua' }) });
      expect(error).toMatchObject({ code: 'CONFLICT', fields: { id: { key: 'v.alreadyBusiness' } } });
    }
    expect(await desk.counts()).toEqual(before);
    expect((await desk.fail('participants:convert', { id: UNKNOWN_ID, profile: rinaProfile() })).code).toBe('NOT_FOUND');
  });

  it('an invalid profile changes nothing: no business, the participant stays a calon wirausaha', async () => {
    const { t, p } = await trainingWithProspect();
    const before = { businesses: await desk.counts(), training: await trainingCounts(desk) };
    const unknownRegion = await desk.fail('participants:convert', { id: p.id, profile: rinaProfile({ regencyCode: '64.99', districtCode: null }) });
    expect(unknownRegion).toMatchObject({ code: 'VALIDATION', fields: { 'profile.regencyCode': { key: 'v.region' } } });
    const noName = await desk.fail('participants:convert', { id: p.id, profile: rinaProfile({ name: '' }) });
    expect(noName.fields?.['profile.name']?.key).toBe('v.required');
    expect({ businesses: await desk.counts(), training: await trainingCounts(desk) }).toEqual(before);
    expect((await desk.call('participants:list', { trainingId: t.id }))[0]).toEqual(p);
  });

  it('asks about a likely duplicate first, as the business form does, and converts once it is confirmed distinct', async () => {
    const { p } = await trainingWithProspect();
    const existing = await desk.create(profile());
    const before = await desk.counts();
    const duplicate = await desk.fail('participants:convert', { id: p.id, profile: rinaProfile() });
    expect(duplicate.code).toBe('DUPLICATE');
    expect(await desk.counts()).toEqual(before);
    const converted = await desk.call('participants:convert', { id: p.id, profile: rinaProfile(), notDuplicateOf: [existing.id] });
    expect(converted.businessId).not.toBe(existing.id);
    expect((await desk.counts()).rows).toBe(before.rows + 1);
  });

  it('when linking the participant fails, the new profile is not kept either', async () => {
    const { t, p } = await trainingWithProspect();
    const before = { businesses: await desk.counts(), training: await trainingCounts(desk) };
    vi.spyOn(desk.t.core.services.followUps, 'attachParticipantBusiness').mockRejectedValueOnce(new Error('disk I/O error'));
    const error = await desk.fail('participants:convert', { id: p.id, profile: rinaProfile() });
    expect(error.code).not.toBe('VALIDATION');
    expect({ businesses: await desk.counts(), training: await trainingCounts(desk) }).toEqual(before);
    expect((await desk.call('participants:list', { trainingId: t.id }))[0]).toEqual(p);
  });
});

describe('participants:link', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  it('links a participant to an existing profile; the open check-in follows; audited', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile());
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id, { hasBusiness: true, businessName: 'Kue Sri' });
    await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 1, title: 'Sudah mulai usaha?' });
    const linked = await desk.call('participants:link', { id: p.id, businessId: b.id });
    expect(linked).toMatchObject({ hasBusiness: true, businessId: b.id, businessName: 'Kue Bu Sri', convertedAt: null, trainingId: t.id });
    expect(await desk.call('followUps:get', { id: linked.checkInFollowUpId! })).toMatchObject({ businessId: b.id });
    const [entry] = (await desk.call('audit:list', { limit: 20, entity: 'training_participant' })).filter((e) => e.action === 'link');
    expect(entry).toMatchObject({ entityId: p.id, changes: { businessId: [null, b.id] } });
  });

  it('refuses an unknown or deleted business on businessId, changing nothing', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const gone = await desk.create(profile());
    await desk.call('businesses:delete', { id: gone.id });
    const t = await createTraining(desk);
    const p = await addParticipant(desk, t.id);
    const before = await trainingCounts(desk);
    for (const businessId of [UNKNOWN_ID, gone.id]) {
      const error = await desk.fail('participants:link', { id: p.id, businessId });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { businessId: { key: 'v.businessUnknown' } } });
    }
    expect(await trainingCounts(desk)).toEqual(before);
    expect((await desk.call('participants:list', { trainingId: t.id }))[0]).toEqual(p);
  });
});

describe('participants:scheduleCheckIns', () => {
  let desk: Desk;
  afterEach(() => desk?.t.dispose());

  const openCheckIns = async (trainingId: string) =>
    (await desk.t.core.ds.query(
      `SELECT participant_id, business_id, consultant_id, title, due_date FROM follow_up
       WHERE training_id = ? AND status = 'open' AND deleted_at IS NULL ORDER BY participant_id`,
      [trainingId],
    )) as Array<{ participant_id: string; business_id: string | null; consultant_id: string; title: string; due_date: string }>;

  it('schedules one check-in per participant N weeks after the last day, for the consultant on duty, audited once', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile());
    const t = await createTraining(desk, { startDate: '2026-06-08', endDate: '2026-06-09' });
    const prospect = await addParticipant(desk, t.id, distinctParticipant(0));
    const owner = await addParticipant(desk, t.id, distinctParticipant(1, { hasBusiness: true, businessId: b.id }));
    const unlinked = await addParticipant(desk, t.id, distinctParticipant(2, { hasBusiness: true, businessName: 'Sablon Putri' }));
    const result = await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 4, title: 'Sudah mulai usaha?' });
    expect(result).toEqual({ created: 3, skipped: 0, dueDate: '2026-07-07' });
    const rows = await openCheckIns(t.id);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toMatchObject({ consultant_id: desk.consultantId, title: 'Sudah mulai usaha?', due_date: '2026-07-07' });
    expect(Object.fromEntries(rows.map((r) => [r.participant_id, r.business_id]))).toEqual({ [prospect.id]: null, [owner.id]: b.id, [unlinked.id]: null });
    const list = await desk.call('participants:list', { trainingId: t.id });
    expect(list.every((p) => p.checkInFollowUpId !== null)).toBe(true);
    const entries = (await desk.call('audit:list', { limit: 50, entity: 'training' })).filter((e) => e.action === 'schedule_check_ins');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.changes).toMatchObject({ dueDate: [null, '2026-07-07'], created: [null, 3] });
  });

  it('skips participants with an open check-in; a closed one does not count', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    const a = await addParticipant(desk, t.id, distinctParticipant(0));
    await addParticipant(desk, t.id, distinctParticipant(1));
    expect((await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: 'Cek' })).created).toBe(2);
    await addParticipant(desk, t.id, distinctParticipant(2));
    expect(await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: 'Cek' })).toMatchObject({ created: 1, skipped: 2 });
    expect(await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: 'Cek' })).toMatchObject({ created: 0, skipped: 3 });
    const done = (await desk.call('participants:list', { trainingId: t.id })).find((p) => p.id === a.id)!.checkInFollowUpId!;
    await desk.call('followUps:complete', { id: done, outcome: 'Sudah mulai jualan' });
    expect((await desk.call('participants:list', { trainingId: t.id })).find((p) => p.id === a.id)!.checkInFollowUpId).toBeNull();
    expect(await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 8, title: 'Cek lagi' })).toMatchObject({ created: 1, skipped: 2 });
    expect((await openCheckIns(t.id)).length).toBe(3);
  });

  it('only calon wirausaha when asked', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const b = await desk.create(profile());
    const t = await createTraining(desk);
    const prospect = await addParticipant(desk, t.id, distinctParticipant(0));
    await addParticipant(desk, t.id, distinctParticipant(1, { hasBusiness: true, businessId: b.id }));
    await addParticipant(desk, t.id, distinctParticipant(2, { hasBusiness: true, businessName: 'Sablon Putri' }));
    const result = await desk.call('participants:scheduleCheckIns', { trainingId: t.id, weeks: 1, title: 'Sudah mulai usaha?', onlyProspects: true });
    expect(result).toEqual({ created: 1, skipped: 0, dueDate: '2026-06-16' });
    expect((await openCheckIns(t.id)).map((r) => r.participant_id)).toEqual([prospect.id]);
  });

  it('refuses bad weeks or title and an unknown or deleted training, writing nothing', async () => {
    desk = await openDesk({ now: TEST_NOW });
    const t = await createTraining(desk);
    await addParticipant(desk, t.id);
    const before = await trainingCounts(desk);
    for (const [weeks, key] of [[0, 'v.weeksRange'], [105, 'v.weeksRange'], [1.5, 'v.wholeNumber']] as const) {
      const error = await desk.fail('participants:scheduleCheckIns', { trainingId: t.id, weeks, title: 'Cek' });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { weeks: { key } } });
    }
    expect((await desk.fail('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: ' ' })).fields?.['title']?.key).toBe('v.required');
    expect((await desk.fail('participants:scheduleCheckIns', { trainingId: UNKNOWN_ID, weeks: 2, title: 'Cek' })).code).toBe('NOT_FOUND');
    expect(await trainingCounts(desk)).toEqual(before);
    await desk.call('trainings:delete', { id: t.id });
    expect((await desk.fail('participants:scheduleCheckIns', { trainingId: t.id, weeks: 2, title: 'Cek' })).code).toBe('NOT_FOUND');
  });
});
