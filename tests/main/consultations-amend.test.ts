import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsultationDetail, ConsultationInput } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, draftValues, finalizeNew, snapshot } from './helpers/consultation';

let desk: Desk;
let businessId: string;
let values: ConsultationInput;
let final: ConsultationDetail;

beforeEach(async () => {
  desk = await openDesk();
  businessId = (await desk.create(profile())).id;
  values = consultationValues(businessId, desk.consultantId);
  final = await finalizeNew(desk, values);
});
afterEach(() => desk.t.dispose());

const amend = (values: ConsultationInput, reason = 'Salah ketik menit kontak', expectedUpdatedAt = final.updatedAt) =>
  desk.call('consultations:amend', { id: final.id, expectedUpdatedAt, reason, values });

const items = () => values.actionItems ?? [];
type FollowUpRow = { action_item_id: string; title: string; due_date: string; assignee: string; status: string; cancel_reason: string | null };
const followUpRows = async (): Promise<FollowUpRow[]> =>
  desk.t.core.ds.query(`SELECT action_item_id, title, due_date, assignee, status, cancel_reason FROM follow_up WHERE consultation_id = ? ORDER BY title`, [final.id]);

describe('consultations:amend', () => {
  it('keeps both versions, with the reason and the fields that changed; the number stays', async () => {
    const after = await amend({ ...values, contactMinutes: 90, complaint: 'Penjualan turun 40% sejak pasar pindah.' });
    expect(after).toMatchObject({ id: final.id, number: 'KB/SMD1/2026/06/0001', version: 2, status: 'final' });
    expect(after.values).toMatchObject({ contactMinutes: 90, complaint: 'Penjualan turun 40% sejak pasar pindah.' });
    expect(after.revisions.map((r) => [r.version, r.reason, r.changedFields])).toEqual([
      [1, null, []],
      [2, 'Salah ketik menit kontak', ['contactMinutes', 'complaint']],
    ]);
    expect(after.revisions[0]?.values).toMatchObject({ contactMinutes: 60, complaint: values.complaint });
    expect(after.revisions[1]?.values).toMatchObject({ contactMinutes: 90 });
    expect(after.revisions[1]?.actorName).toBe('Siti Rahmawati');
    const [entry] = (await desk.call('audit:list', { limit: 10, entity: 'consultation' })).filter((e) => e.entityId === final.id);
    expect(entry).toMatchObject({ action: 'amend', changes: { reason: [null, 'Salah ketik menit kontak'], version: [1, 2], fields: [null, ['contactMinutes', 'complaint']] } });
  });

  it('keeps the number when the date moves to another month, and takes no new one', async () => {
    const after = await amend({ ...values, date: '2026-05-31', actionItems: [] }, 'Tanggal salah');
    expect(after.number).toBe('KB/SMD1/2026/06/0001');
    expect(after.values?.date).toBe('2026-05-31');
    expect(await desk.t.core.ds.query(`SELECT period, last_seq FROM consultation_sequence`)).toEqual([{ period: '2026-06', last_seq: 1 }]);
  });

  it('counts versions on: a third version diffs against the second', async () => {
    const second = await amend({ ...values, contactMinutes: 90 });
    const third = await amend({ ...values, contactMinutes: 90, advice: 'Saran baru' }, 'Saran dilengkapi', second.updatedAt);
    expect(third.version).toBe(3);
    expect(third.revisions.map((r) => r.changedFields)).toEqual([[], ['contactMinutes'], ['advice']]);
  });

  it('refuses a stale expectedUpdatedAt and changes nothing', async () => {
    await amend({ ...values, contactMinutes: 90 });
    const before = await snapshot(desk);
    const error = await desk.fail('consultations:amend', { id: final.id, expectedUpdatedAt: final.updatedAt, reason: 'Lagi', values: { ...values, prepMinutes: 5 } });
    expect(error.code).toBe('CONFLICT');
    expect(await snapshot(desk)).toEqual(before);
  });

  it('refuses a draft, an unknown id, and values the data refutes, changing nothing', async () => {
    const draftId = randomUUID();
    await desk.call('consultations:saveDraft', { id: draftId, values: draftValues() });
    const draft = await desk.call('consultations:get', { id: draftId });
    const before = await snapshot(desk);
    const onDraft = await desk.fail('consultations:amend', { id: draftId, expectedUpdatedAt: draft.updatedAt, reason: 'x', values });
    expect(onDraft.code).toBe('CONFLICT');
    expect((await desk.fail('consultations:amend', { id: randomUUID(), expectedUpdatedAt: final.updatedAt, reason: 'x', values })).code).toBe('NOT_FOUND');
    const unknown = await desk.fail('consultations:amend', { id: final.id, expectedUpdatedAt: final.updatedAt, reason: 'x', values: { ...values, businessId: randomUUID() } });
    expect(unknown.fields).toEqual({ 'values.businessId': { key: 'v.businessUnknown' } });
    const future = await desk.fail('consultations:amend', { id: final.id, expectedUpdatedAt: final.updatedAt, reason: 'x', values: { ...values, date: '2026-06-16', actionItems: [] } });
    expect(future.fields).toEqual({ 'values.date': { key: 'v.dateFuture' } });
    expect(await snapshot(desk)).toEqual(before);
  });

  it('keeps a consultant who has since been deactivated, but refuses adding one', async () => {
    const budi = await desk.call('consultants:create', { name: 'Budi Hartono', nip: null, phone: null });
    const both = await amend({ ...values, consultantIds: [desk.consultantId, budi.id] }, 'Budi ikut');
    await desk.call('consultants:update', { id: budi.id, name: 'Budi Hartono', nip: null, phone: null, active: false });
    const again = await amend({ ...values, consultantIds: [desk.consultantId, budi.id], advice: 'Saran lengkap' }, 'Saran', both.updatedAt);
    expect(again.consultants.map((c) => c.name)).toEqual(['Siti Rahmawati', 'Budi Hartono']);
    const rina = await desk.call('consultants:create', { name: 'Rina Marlina', nip: null, phone: null });
    await desk.call('consultants:update', { id: rina.id, name: 'Rina Marlina', nip: null, phone: null, active: false });
    const error = await desk.fail('consultations:amend', { id: final.id, expectedUpdatedAt: again.updatedAt, reason: 'x', values: { ...values, consultantIds: [rina.id] } });
    expect(error.fields).toEqual({ 'values.consultantIds': { key: 'v.consultantUnknown' } });
  });
});

describe('action items become follow-ups', () => {
  it('finalise: only items with a due date, with title, due date, assignee, first consultant, business', async () => {
    const [pirt, kemasan] = items();
    const rows = await desk.t.core.ds.query(
      `SELECT business_id, consultation_id, action_item_id, title, due_date, assignee, consultant_id, status FROM follow_up ORDER BY due_date`,
    );
    expect(rows).toEqual([
      { business_id: businessId, consultation_id: final.id, action_item_id: kemasan?.id, title: 'Kirim contoh desain kemasan', due_date: '2026-06-20', assignee: 'consultant', consultant_id: desk.consultantId, status: 'open' },
      { business_id: businessId, consultation_id: final.id, action_item_id: pirt?.id, title: 'Urus P-IRT', due_date: '2026-07-01', assignee: 'business', consultant_id: desk.consultantId, status: 'open' },
    ]);
    expect(final.followUps.map((f) => [f.title, f.dueDate, f.status, f.consultationNumber, f.businessName, f.consultantName])).toEqual([
      ['Kirim contoh desain kemasan', '2026-06-20', 'open', 'KB/SMD1/2026/06/0001', 'Kue Bu Sri', 'Siti Rahmawati'],
      ['Urus P-IRT', '2026-07-01', 'open', 'KB/SMD1/2026/06/0001', 'Kue Bu Sri', 'Siti Rahmawati'],
    ]);
    // The follow-up module's reminder times are set: due by the end of 1 July in Samarinda, reminded at 08:00 that morning.
    const [times] = await desk.t.core.ds.query(`SELECT due_at, effective_at, remind_at FROM follow_up WHERE action_item_id = ?`, [pirt?.id]);
    expect(times).toEqual({ due_at: '2026-07-01T15:59:59.999Z', effective_at: '2026-07-01T15:59:59.999Z', remind_at: '2026-07-01T00:00:00.000Z' });
  });

  it('amend: a new dated item gets a follow-up; a changed item updates its open follow-up', async () => {
    const [pirt, kemasan, daring] = items();
    const added = { id: randomUUID(), what: 'Foto produk', who: 'business' as const, dueDate: '2026-06-25' };
    await amend(
      {
        ...values,
        actionItems: [
          { ...pirt!, what: 'Urus P-IRT di Dinkes', dueDate: '2026-07-10', who: 'consultant' },
          kemasan!,
          { ...daring!, dueDate: '2026-08-01' },
          added,
        ],
      },
      'Rencana aksi dirinci',
    );
    const rows = await followUpRows();
    expect(rows.map((r) => [r.action_item_id, r.title, r.due_date, r.assignee, r.status])).toEqual([
      [added.id, 'Foto produk', '2026-06-25', 'business', 'open'],
      [kemasan!.id, 'Kirim contoh desain kemasan', '2026-06-20', 'consultant', 'open'],
      [daring!.id, 'Pelajari toko daring', '2026-08-01', 'business', 'open'],
      [pirt!.id, 'Urus P-IRT di Dinkes', '2026-07-10', 'consultant', 'open'],
    ]);
    const [moved] = await desk.t.core.ds.query(`SELECT due_at FROM follow_up WHERE action_item_id = ?`, [pirt!.id]);
    expect(moved).toEqual({ due_at: '2026-07-10T15:59:59.999Z' });
  });

  it('amend: a removed item or a cleared due date cancels the open follow-up, naming the amendment', async () => {
    const [pirt, kemasan, daring] = items();
    await amend({ ...values, actionItems: [{ ...pirt!, dueDate: null }, daring!] }, 'Rencana aksi diubah');
    const rows = await followUpRows();
    expect(rows.map((r) => [r.action_item_id, r.status])).toEqual([
      [kemasan!.id, 'cancelled'],
      [pirt!.id, 'cancelled'],
    ]);
    for (const r of rows) expect(r.cancel_reason).toMatch(/amandemen versi 2.*Rencana aksi diubah/);
  });

  it('amend: done and cancelled follow-ups are never touched', async () => {
    const [pirt, kemasan] = items();
    await desk.t.core.ds.query(`UPDATE follow_up SET status = 'done', outcome = 'Sudah terbit' WHERE action_item_id = ?`, [pirt!.id]);
    await desk.t.core.ds.query(`UPDATE follow_up SET status = 'cancelled', cancel_reason = 'Tidak jadi' WHERE action_item_id = ?`, [kemasan!.id]);
    const before = await desk.t.core.ds.query(`SELECT * FROM follow_up ORDER BY id`);
    const current = await desk.call('consultations:get', { id: final.id });
    await amend({ ...values, actionItems: [{ ...pirt!, what: 'Lain', dueDate: '2026-09-01' }] }, 'Ubah', current.updatedAt);
    expect(await desk.t.core.ds.query(`SELECT * FROM follow_up ORDER BY id`)).toEqual(before);
  });

  it('amend: the open follow-ups go with the consultation to another business', async () => {
    const other = await desk.create(profile({ name: 'Sablon Kaos Mandiri', ownerName: 'Budi Santoso', ownerNik: null, ownerPhone: null, nib: null }));
    await amend({ ...values, businessId: other.id }, 'Usaha salah pilih');
    expect(await desk.t.core.ds.query(`SELECT DISTINCT business_id FROM follow_up`)).toEqual([{ business_id: other.id }]);
  });
});
