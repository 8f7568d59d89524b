import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessDetail } from '../../src/shared/contract';
import { distinctProfile, openDesk, type Desk } from './helpers/business';
import { consultationValues, draftValues, finalizeNew } from './helpers/consultation';

let desk: Desk;
let a: BusinessDetail;
let b: BusinessDetail;

beforeEach(async () => {
  desk = await openDesk();
  a = await desk.create(distinctProfile(0, { name: 'Amplang Bu Ani', nib: null }));
  b = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
});
afterEach(() => desk.t.dispose());

describe('businesses:timeline', () => {
  it('shows each finalised consultation with its areas and action items, and each follow-up, newest first with the audit entries', async () => {
    const values = consultationValues(a.id, desk.consultantId, { date: '2026-06-10', startTime: '09:00' });
    const c = await finalizeNew(desk, values);
    await desk.call('consultations:saveDraft', { id: randomUUID(), values: draftValues({ businessId: a.id }) });
    const timeline = await desk.call('businesses:timeline', { id: a.id });
    expect(timeline.map((e) => e.kind)).toEqual(['follow_up', 'follow_up', 'create', 'consultation']);
    const consultation = timeline[3];
    expect(consultation).toEqual({
      // 09:00 in Samarinda (UTC+8)
      at: '2026-06-10T01:00:00.000Z',
      kind: 'consultation',
      actorName: 'Siti Rahmawati',
      detail: {
        consultationId: c.id,
        number: 'KB/SMD1/2026/06/0001',
        date: '2026-06-10',
        startTime: '09:00',
        serviceAreas: ['pemasaran', 'legalitas'],
        channel: 'datang_langsung',
        actionItems: [
          { what: 'Urus P-IRT', who: 'business', dueDate: '2026-07-01' },
          { what: 'Kirim contoh desain kemasan', who: 'consultant', dueDate: '2026-06-20' },
          { what: 'Pelajari toko daring', who: 'business', dueDate: null },
        ],
        version: 1,
      },
    });
    const followUps = timeline.filter((e) => e.kind === 'follow_up').map((e) => e.detail);
    expect(followUps).toEqual(
      expect.arrayContaining([
        {
          followUpId: c.followUps.find((f) => f.title === 'Urus P-IRT')?.id,
          title: 'Urus P-IRT',
          dueDate: '2026-07-01',
          status: 'open',
          assignee: 'business',
          consultationId: c.id,
          consultationNumber: 'KB/SMD1/2026/06/0001',
        },
        expect.objectContaining({ title: 'Kirim contoh desain kemasan', dueDate: '2026-06-20', assignee: 'consultant' }),
      ]),
    );
    expect(await desk.call('businesses:timeline', { id: b.id })).toEqual([expect.objectContaining({ kind: 'create' })]);
  });

  it('shows the current version after an amendment', async () => {
    const values = consultationValues(a.id, desk.consultantId, { actionItems: [] });
    const c = await finalizeNew(desk, values);
    await desk.call('consultations:amend', { id: c.id, expectedUpdatedAt: c.updatedAt, reason: 'Bidang layanan ditambah', values: { ...values, serviceAreas: ['pemasaran', 'digital'] } });
    const [entry] = (await desk.call('businesses:timeline', { id: a.id })).filter((e) => e.kind === 'consultation');
    expect(entry?.detail).toMatchObject({ version: 2, serviceAreas: ['pemasaran', 'digital'] });
  });
});

describe('businesses:merge carries consultations and follow-ups', () => {
  const merge = () => desk.call('businesses:merge', { survivorId: a.id, mergedId: b.id, takeFromMerged: [] });

  it("moves the merged profile's consultations and follow-ups to the survivor", async () => {
    const onA = await finalizeNew(desk, consultationValues(a.id, desk.consultantId));
    const onB = await finalizeNew(desk, consultationValues(b.id, desk.consultantId, { startTime: '11:00' }));
    await merge();
    expect(await desk.t.core.ds.query(`SELECT DISTINCT business_id FROM consultation`)).toEqual([{ business_id: a.id }]);
    expect(await desk.t.core.ds.query(`SELECT DISTINCT business_id FROM follow_up`)).toEqual([{ business_id: a.id }]);
    expect((await desk.call('consultations:list', { businessId: a.id })).rows.map((r) => r.id)).toEqual([onB.id, onA.id]);
    expect((await desk.call('consultations:get', { id: onB.id })).businessName).toBe('Amplang Bu Ani');
    const timeline = await desk.call('businesses:timeline', { id: a.id });
    expect(timeline.filter((e) => e.kind === 'consultation')).toHaveLength(2);
    expect(timeline.filter((e) => e.kind === 'follow_up')).toHaveLength(4);
    const [audit] = await desk.audit(a.id);
    expect(audit?.changes).toMatchObject({ moved: [null, { consultations: 1, followUps: 2 }] });
    // The moved consultation can still be amended: its business is the survivor now.
    const moved = await desk.call('consultations:get', { id: onB.id });
    const amended = await desk.call('consultations:amend', { id: onB.id, expectedUpdatedAt: moved.updatedAt, reason: 'Usaha digabung', values: { ...moved.values!, diagnosis: 'Baru' } });
    expect(amended.version).toBe(2);
  });

  it("moves the merged profile's draft, pointing its values at the survivor", async () => {
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: draftValues({ businessId: b.id }) });
    await merge();
    const d = await desk.call('consultations:get', { id });
    expect(d.businessId).toBe(a.id);
    expect(d.draft).toEqual({ ...draftValues({ businessId: a.id }), actionItems: d.draft?.actionItems });
  });

  it('when both have a live draft, the merged one keeps its values but loses its business', async () => {
    const onA = randomUUID();
    const onB = randomUUID();
    const valuesB = draftValues({ businessId: b.id, complaint: 'Draf di profil yang digabung' });
    await desk.call('consultations:saveDraft', { id: onA, values: draftValues({ businessId: a.id }) });
    await desk.call('consultations:saveDraft', { id: onB, values: valuesB });
    await merge();
    expect((await desk.call('consultations:get', { id: onA })).businessId).toBe(a.id);
    const merged = await desk.call('consultations:get', { id: onB });
    expect(merged.businessId).toBeNull();
    expect(merged.draft).toEqual(valuesB);
    expect((await desk.call('consultations:drafts', {})).map((d) => d.id).sort()).toEqual([onA, onB].sort());
  });
});
