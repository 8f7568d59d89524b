import { afterEach, describe, expect, it } from 'vitest';
import type { Milestone } from '../../src/shared/contract';
import { distinctProfile, openDesk, profile, TEST_TODAY, type Desk } from './helpers/business';
import { consultationValues, finalizeNew, toDraft } from './helpers/consultation';
import { ALL_MILESTONE_KINDS, impactSnapshot, milestone, seedTraining } from './helpers/impact';

let desk: Desk;
afterEach(() => desk?.t.dispose());

const UNKNOWN_ID = '3f1c1c4e-1111-4a1a-9a1a-111111111111';

const milestoneAudit = async (entityId?: string) => {
  const entries = await desk.call('audit:list', { limit: 500, entity: 'impact_milestone' });
  return entityId ? entries.filter((e) => e.entityId === entityId) : entries;
};

describe('impact milestones', () => {
  it('round-trips every kind: what is created is what get and list answer, audited as a create', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    const created: Milestone[] = [];
    for (const kind of ALL_MILESTONE_KINDS) {
      const input = milestone(kind, b.id);
      const m = await desk.call('impact:create', input);
      const { businessId, kind: k, date, evidence, ...kindValues } = input as Record<string, unknown>;
      expect(m).toMatchObject({ businessId, kind: k, date, evidence, businessName: 'Kue Bu Sri', consultationId: null, trainingId: null, note: null });
      expect(m).toMatchObject(kindValues);
      expect(await desk.call('impact:get', { id: m.id })).toEqual(m);
      created.push(m);
    }
    const jobs = created.find((m) => m.kind === 'jobs')!;
    // Columns of the other kinds stay empty.
    expect(jobs).toMatchObject({ salesBefore: null, salesAfter: null, amount: null, capitalSource: null, permitKind: null, channel: null, channelName: null });
    const capital = created.find((m) => m.kind === 'capital')!;
    expect(capital).toMatchObject({ amount: 25_000_000, capitalSource: 'kur', men: null, women: null, jobKind: null });
    expect((await desk.call('impact:list', { businessId: b.id })).map((m) => m.id).sort()).toEqual(created.map((m) => m.id).sort());
    const audit = await milestoneAudit();
    expect(audit).toHaveLength(ALL_MILESTONE_KINDS.length);
    expect(audit.every((e) => e.action === 'create' && e.actorId === desk.consultantId)).toBe(true);
    expect(audit.find((e) => e.entityId === capital.id)?.changes).toMatchObject({ kind: [null, 'capital'], amount: [null, 25_000_000], date: [null, TEST_TODAY] });
  });

  it('lists one business, newest first, with the credited consultation number and training title', async () => {
    desk = await openDesk();
    const b = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani' }));
    const other = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
    const consultation = await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { date: '2026-05-02' }));
    const trainingId = await seedTraining(desk, { title: 'Pelatihan Kemasan Produk', businessIds: [b.id] });
    await desk.call('impact:create', milestone('permit', b.id, { date: '2026-05-20', consultationId: consultation.id }));
    await desk.call('impact:create', milestone('sales', b.id, { date: '2026-06-10', trainingId }));
    await desk.call('impact:create', milestone('jobs', b.id, { date: '2026-04-01' }));
    await desk.call('impact:create', milestone('jobs', other.id));
    const list = await desk.call('impact:list', { businessId: b.id });
    expect(list.map((m) => [m.date, m.kind])).toEqual([
      ['2026-06-10', 'sales'],
      ['2026-05-20', 'permit'],
      ['2026-04-01', 'jobs'],
    ]);
    expect(list[0]).toMatchObject({ trainingId, trainingTitle: 'Pelatihan Kemasan Produk', consultationNumber: null });
    expect(list[1]).toMatchObject({ consultationId: consultation.id, consultationNumber: consultation.number, trainingTitle: null });
    expect(consultation.number).toBeTruthy();
  });

  it("takes the office's today: a date that is already today in WITA but tomorrow in UTC is accepted", async () => {
    // 16 June 2026, 01:00 WITA is still 15 June in UTC.
    desk = await openDesk({ now: '2026-06-15T17:00:00.000Z' });
    const b = await desk.create(profile());
    const m = await desk.call('impact:create', milestone('permit', b.id, { date: '2026-06-16' }));
    expect(m.date).toBe('2026-06-16');
    const refused = await desk.fail('impact:create', milestone('permit', b.id, { date: '2026-06-17' }));
    expect(refused.fields?.['date']?.key).toBe('v.dateFuture');
  });

  describe('refuses bad input with the field and its message, writing nothing', () => {
    it.each([
      ['jobs with no men and no women', (b: string) => milestone('jobs', b, { men: 0, women: 0 }), 'men', 'v.jobsZero'],
      ['a negative amount', (b: string) => milestone('capital', b, { amount: -5_000_000 }), 'amount', 'v.money'],
      ['a capital of zero', (b: string) => milestone('capital', b, { amount: 0 }), 'amount', 'v.positive'],
      ['a fraction of a Rupiah', (b: string) => milestone('sales', b, { salesAfter: 8_500_000.5 }), 'salesAfter', 'v.money'],
      ['sales that are not a number', (b: string) => ({ ...milestone('sales', b), salesBefore: '5 juta' }), 'salesBefore', 'v.money'],
      ['a date in the future', (b: string) => milestone('market', b, { date: '2026-06-16' }), 'date', 'v.dateFuture'],
      ['an impossible date', (b: string) => milestone('market', b, { date: '2026-02-30' }), 'date', 'v.date'],
      ['an unknown job kind', (b: string) => ({ ...milestone('jobs', b), jobKind: 'hired' }), 'jobKind', 'v.invalidChoice'],
      ['an unknown business', () => milestone('permit', UNKNOWN_ID), 'businessId', 'v.businessUnknown'],
    ])('%s', async (_label, make, field, key) => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const before = await impactSnapshot(desk);
      const error = await desk.fail('impact:create', make(b.id));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.[field]?.key).toBe(key);
      expect(await impactSnapshot(desk)).toEqual(before);
    });

    it('a deleted business', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      await desk.call('businesses:delete', { id: b.id });
      const error = await desk.fail('impact:create', milestone('permit', b.id));
      expect(error.fields?.['businessId']?.key).toBe('v.businessUnknown');
      expect((await impactSnapshot(desk)).rows).toEqual([]);
    });

    it("a consultation of another business, or one still a draft", async () => {
      desk = await openDesk();
      const b = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani' }));
      const other = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
      const othersConsultation = await finalizeNew(desk, consultationValues(other.id, desk.consultantId));
      const draftId = '5a2d7c1e-2222-4b2b-8b2b-222222222222';
      const values = consultationValues(b.id, desk.consultantId);
      await desk.call('consultations:saveDraft', { id: draftId, values: toDraft(values) });
      const before = await impactSnapshot(desk);
      for (const consultationId of [othersConsultation.id, draftId, UNKNOWN_ID]) {
        const error = await desk.fail('impact:create', milestone('permit', b.id, { consultationId }));
        expect(error.code).toBe('VALIDATION');
        expect(error.fields?.['consultationId']?.key).toBe('v.consultationUnknown');
      }
      expect(await impactSnapshot(desk)).toEqual(before);
      // Once finalised, the business's own consultation is accepted.
      const own = await desk.call('consultations:finalize', { id: draftId, values });
      expect((await desk.call('impact:create', milestone('permit', b.id, { consultationId: own.id }))).consultationNumber).toBe(own.number);
    });

    it('a training the business did not take part in, or one deleted', async () => {
      desk = await openDesk();
      const b = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani' }));
      const other = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
      const notAttended = await seedTraining(desk, { title: 'Pelatihan Sablon', businessIds: [other.id] });
      const deleted = await seedTraining(desk, { title: 'Pelatihan Lama', businessIds: [b.id], deleted: true });
      const before = await impactSnapshot(desk);
      for (const trainingId of [notAttended, deleted, UNKNOWN_ID]) {
        const error = await desk.fail('impact:create', milestone('business_started', b.id, { trainingId }));
        expect(error.code).toBe('VALIDATION');
        expect(error.fields?.['trainingId']?.key).toBe('v.trainingNotAttended');
      }
      expect(await impactSnapshot(desk)).toEqual(before);
      const attended = await seedTraining(desk, { title: 'Pelatihan Kue', businessIds: [b.id] });
      expect((await desk.call('impact:create', milestone('business_started', b.id, { trainingId: attended }))).trainingTitle).toBe('Pelatihan Kue');
    });

    it('several problems at once, each on its own field', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const error = await desk.fail('impact:create', milestone('permit', b.id, { date: '2027-01-01', consultationId: UNKNOWN_ID, trainingId: UNKNOWN_ID }));
      expect(Object.fromEntries(Object.entries(error.fields ?? {}).map(([k, v]) => [k, v.key]))).toEqual({
        date: 'v.dateFuture',
        consultationId: 'v.consultationUnknown',
        trainingId: 'v.trainingNotAttended',
      });
    });
  });

  describe('update', () => {
    it('changes a milestone, even its kind, clearing the old kind’s values; audited field by field', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const m = await desk.call('impact:create', milestone('jobs', b.id));
      const updated = await desk.call('impact:update', { id: m.id, milestone: milestone('capital', b.id, { amount: 10_000_000, capitalSource: 'grant', date: '2026-06-01' }) });
      expect(updated).toMatchObject({ id: m.id, kind: 'capital', amount: 10_000_000, capitalSource: 'grant', date: '2026-06-01', men: null, women: null, jobKind: null });
      expect(updated.createdAt).toBe(m.createdAt);
      expect(updated.updatedAt > m.updatedAt).toBe(true);
      const [entry] = await milestoneAudit(m.id);
      expect(entry).toMatchObject({ action: 'update', actorId: desk.consultantId });
      expect(entry?.changes).toMatchObject({ kind: ['jobs', 'capital'], men: [2, null], women: [1, null], amount: [null, 10_000_000], date: [TEST_TODAY, '2026-06-01'] });
    });

    it('refuses bad values on the milestone.* paths, leaving the milestone as it was', async () => {
      desk = await openDesk();
      const b = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani' }));
      const other = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
      const othersConsultation = await finalizeNew(desk, consultationValues(other.id, desk.consultantId));
      const m = await desk.call('impact:create', milestone('sales', b.id));
      const before = await impactSnapshot(desk);
      const future = await desk.fail('impact:update', { id: m.id, milestone: milestone('sales', b.id, { date: '2026-07-01' }) });
      expect(future.fields?.['milestone.date']?.key).toBe('v.dateFuture');
      const credited = await desk.fail('impact:update', { id: m.id, milestone: milestone('sales', b.id, { consultationId: othersConsultation.id }) });
      expect(credited.fields?.['milestone.consultationId']?.key).toBe('v.consultationUnknown');
      const negative = await desk.fail('impact:update', { id: m.id, milestone: milestone('sales', b.id, { salesBefore: -1 }) });
      expect(negative.fields?.['milestone.salesBefore']?.key).toBe('v.money');
      expect(await impactSnapshot(desk)).toEqual(before);
      expect((await desk.fail('impact:update', { id: UNKNOWN_ID, milestone: milestone('sales', b.id) })).code).toBe('NOT_FOUND');
    });
  });

  describe('delete', () => {
    it('soft-deletes with a reason in the audit log; the milestone is gone from list and get', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const keep = await desk.call('impact:create', milestone('permit', b.id));
      const m = await desk.call('impact:create', milestone('jobs', b.id));
      expect(await desk.call('impact:delete', { id: m.id, reason: 'Dicatat dua kali' })).toEqual({ ok: true });
      expect((await desk.call('impact:list', { businessId: b.id })).map((x) => x.id)).toEqual([keep.id]);
      expect((await desk.fail('impact:get', { id: m.id })).code).toBe('NOT_FOUND');
      const [{ deleted_at }] = await desk.t.core.ds.query(`SELECT deleted_at FROM impact_milestone WHERE id = ?`, [m.id]);
      expect(deleted_at).toBeTruthy();
      const [entry] = await milestoneAudit(m.id);
      expect(entry).toMatchObject({ action: 'delete', actorId: desk.consultantId, changes: { reason: [null, 'Dicatat dua kali'] } });
      expect((await desk.fail('impact:delete', { id: m.id, reason: 'lagi' })).code).toBe('NOT_FOUND');
      expect((await desk.fail('impact:update', { id: m.id, milestone: milestone('jobs', b.id) })).code).toBe('NOT_FOUND');
    });

    it('needs a reason', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const m = await desk.call('impact:create', milestone('jobs', b.id));
      const error = await desk.fail('impact:delete', { id: m.id, reason: '   ' });
      expect(error.fields?.['reason']?.key).toBe('v.required');
      expect((await desk.call('impact:get', { id: m.id })).id).toBe(m.id);
    });
  });

  describe('with the business', () => {
    it('is deleted and restored with its business; one deleted on its own stays deleted', async () => {
      desk = await openDesk();
      const b = await desk.create(profile());
      const a = await desk.call('impact:create', milestone('jobs', b.id));
      const c = await desk.call('impact:create', milestone('permit', b.id));
      await desk.call('impact:delete', { id: c.id, reason: 'Salah UMKM' });
      await desk.call('businesses:delete', { id: b.id });
      expect(await desk.call('impact:list', { businessId: b.id })).toEqual([]);
      expect((await desk.fail('impact:get', { id: a.id })).code).toBe('NOT_FOUND');
      await desk.call('businesses:restore', { id: b.id });
      expect((await desk.call('impact:list', { businessId: b.id })).map((m) => m.id)).toEqual([a.id]);
    });

    it('moves to the surviving profile when profiles merge, and the merge counts them', async () => {
      desk = await openDesk();
      const survivor = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani' }));
      const merged = await desk.create(distinctProfile(1, { name: 'Amplang Ani Samarinda' }), [survivor.id]);
      const consultation = await finalizeNew(desk, consultationValues(merged.id, desk.consultantId, { date: '2026-06-01' }));
      const own = await desk.call('impact:create', milestone('sales', survivor.id, { date: '2026-06-02' }));
      const moved = await desk.call('impact:create', milestone('permit', merged.id, { consultationId: consultation.id }));
      await desk.call('businesses:merge', { survivorId: survivor.id, mergedId: merged.id, takeFromMerged: [] });
      const list = await desk.call('impact:list', { businessId: survivor.id });
      expect(list.map((m) => m.id)).toEqual([moved.id, own.id]);
      expect(list[0]).toMatchObject({ businessId: survivor.id, businessName: 'Amplang Bu Ani', consultationNumber: consultation.number });
      expect(await desk.call('impact:list', { businessId: merged.id })).toEqual([]);
      const [entry] = await desk.audit(survivor.id);
      expect(entry?.changes?.['moved']).toEqual([null, expect.objectContaining({ impact: 1 })]);
      // The consultation moved with it, so the credit still belongs to the same business and can be edited.
      const edited = await desk.call('impact:update', { id: moved.id, milestone: milestone('permit', survivor.id, { consultationId: consultation.id, permitKind: 'halal' }) });
      expect(edited.permitKind).toBe('halal');
    });
  });

  it('refuses writes with no consultant on duty', async () => {
    desk = await openDesk();
    const b = await desk.create(profile());
    await desk.call('session:end');
    const error = await desk.fail('impact:create', milestone('jobs', b.id));
    expect(error.code).toBe('NO_SESSION');
    expect((await impactSnapshot(desk)).rows).toEqual([]);
  });
});
