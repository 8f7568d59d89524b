import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew, makeBusinesses, snapshot, toDraft } from './helpers/consultation';

let desk: Desk;
let businessId: string;

beforeEach(async () => {
  desk = await openDesk();
  businessId = (await desk.create(profile())).id;
});
afterEach(() => desk.t.dispose());

const setDeskCode = async (deskCode: string) => {
  await desk.call('settings:updateOffice', { officeName: 'Klinik Bisnis Kaltim', provinceCode: null, regencyCode: null, logoDataUrl: null, timeZone: 'Asia/Makassar', deskCode });
};

describe('consultations:finalize', () => {
  it('numbers, locks and returns the consultation with its values, consultants and first revision', async () => {
    const values = consultationValues(businessId, desk.consultantId);
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: toDraft(values) });
    const detail = await desk.call('consultations:finalize', { id, values });
    expect(detail).toMatchObject({
      id,
      status: 'final',
      number: 'KB/SMD1/2026/06/0001',
      version: 1,
      businessId,
      businessName: 'Kue Bu Sri',
      ownerName: 'Sri Wahyuni',
      regencyName: 'Kota Samarinda',
      consultants: [{ id: desk.consultantId, name: 'Siti Rahmawati' }],
      draft: null,
      deletedAt: null,
    });
    expect(detail.values).toEqual(values);
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0]).toMatchObject({ version: 1, reason: null, changedFields: [], actorName: 'Siti Rahmawati', values });
    expect(detail.finalizedAt).not.toBeNull();
    const [row] = await desk.t.core.ds.query(`SELECT draft_values, desk_code, period, seq FROM consultation WHERE id = ?`, [id]);
    expect(row).toEqual({ draft_values: null, desk_code: 'SMD1', period: '2026-06', seq: 1 });
    const audit = await desk.call('audit:list', { limit: 50, entity: 'consultation' });
    expect(audit.filter((e) => e.entityId === id).map((e) => e.action)).toEqual(['finalize', 'create_draft']);
    expect(audit[0]?.changes).toEqual({ number: [null, 'KB/SMD1/2026/06/0001'] });
  });

  it('keeps the consultants in the order given', async () => {
    const other = await desk.call('consultants:create', { name: 'Budi Hartono', nip: null, phone: null });
    const d = await finalizeNew(desk, consultationValues(businessId, desk.consultantId, { consultantIds: [other.id, desk.consultantId] }));
    expect(d.consultants).toEqual([
      { id: other.id, name: 'Budi Hartono' },
      { id: desk.consultantId, name: 'Siti Rahmawati' },
    ]);
    expect(d.values?.consultantIds).toEqual([other.id, desk.consultantId]);
  });

  it('finalises a form whose draft never reached the database', async () => {
    const id = randomUUID();
    const d = await desk.call('consultations:finalize', { id, values: consultationValues(businessId, desk.consultantId) });
    expect(d).toMatchObject({ id, status: 'final', number: 'KB/SMD1/2026/06/0001', version: 1 });
  });
});

describe('numbering', () => {
  it('counts per month of the consultation date and starts again at 0001 in a new month', async () => {
    const ids = await makeBusinesses(desk, 3);
    const number = async (date: string, b: string) =>
      (await finalizeNew(desk, consultationValues(b, desk.consultantId, { date, actionItems: [] }))).number;
    expect(await number('2026-05-30', ids[0] as string)).toBe('KB/SMD1/2026/05/0001');
    expect(await number('2026-06-01', ids[1] as string)).toBe('KB/SMD1/2026/06/0001');
    expect(await number('2026-05-31', ids[2] as string)).toBe('KB/SMD1/2026/05/0002');
    expect(await number('2026-06-15', ids[0] as string)).toBe('KB/SMD1/2026/06/0002');
    expect(await number('2025-12-31', ids[1] as string)).toBe('KB/SMD1/2025/12/0001');
    expect(await desk.t.core.ds.query(`SELECT desk_code, period, last_seq FROM consultation_sequence ORDER BY period`)).toEqual([
      { desk_code: 'SMD1', period: '2025-12', last_seq: 1 },
      { desk_code: 'SMD1', period: '2026-05', last_seq: 2 },
      { desk_code: 'SMD1', period: '2026-06', last_seq: 2 },
    ]);
  });

  it('gives 20 drafts finalised at once exactly 0001..0020: no gap, no duplicate', async () => {
    const businesses = await makeBusinesses(desk, 20);
    const drafts = businesses.map((b) => ({ id: randomUUID(), values: consultationValues(b, desk.consultantId) }));
    for (const d of drafts) await desk.call('consultations:saveDraft', { id: d.id, values: toDraft(d.values) });
    const results = await Promise.all(drafts.map((d) => desk.t.core.router.invoke('consultations:finalize', d)));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers: string[] = (await desk.t.core.ds.query(`SELECT number FROM consultation ORDER BY number`)).map((r: { number: string }) => r.number);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `KB/SMD1/2026/06/${String(i + 1).padStart(4, '0')}`));
    expect(await desk.t.core.ds.query(`SELECT count(*) AS n FROM follow_up`)).toEqual([{ n: 40 }]);
  });

  it('leaves no gap when finalisations fail among concurrent ones', async () => {
    const businesses = await makeBusinesses(desk, 6);
    const done = await finalizeNew(desk, consultationValues(businesses[0] as string, desk.consultantId));
    const calls = businesses.slice(1).flatMap((b, i) => {
      const good = { id: randomUUID(), values: consultationValues(b, desk.consultantId) };
      const bad = i % 2 === 0
        ? { id: done.id, values: consultationValues(b, desk.consultantId) } // already final
        : { id: randomUUID(), values: consultationValues(randomUUID(), desk.consultantId) }; // unknown business
      return [good, bad];
    });
    const results = await Promise.all(calls.map((c) => desk.t.core.router.invoke('consultations:finalize', c)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const numbers: string[] = (await desk.t.core.ds.query(`SELECT number FROM consultation ORDER BY number`)).map((r: { number: string }) => r.number);
    expect(numbers).toEqual(['0001', '0002', '0003', '0004', '0005', '0006'].map((n) => `KB/SMD1/2026/06/${n}`));
    expect(await desk.t.core.ds.query(`SELECT last_seq FROM consultation_sequence`)).toEqual([{ last_seq: 6 }]);
  });

  it('numbers made under another desk code never collide with this desk', async () => {
    const [a, b, c] = await makeBusinesses(desk, 3);
    const first = await finalizeNew(desk, consultationValues(a as string, desk.consultantId));
    await setDeskCode('BPN2');
    const second = await finalizeNew(desk, consultationValues(b as string, desk.consultantId));
    await setDeskCode('SMD1');
    const third = await finalizeNew(desk, consultationValues(c as string, desk.consultantId));
    expect([first.number, second.number, third.number]).toEqual(['KB/SMD1/2026/06/0001', 'KB/BPN2/2026/06/0001', 'KB/SMD1/2026/06/0002']);
  });

  it('never hands out a number already on file, even when the sequence fell behind (restored backup, records carried back in)', async () => {
    const [a, b] = await makeBusinesses(desk, 2);
    const first = await finalizeNew(desk, consultationValues(a as string, desk.consultantId));
    // As if the 0002..0005 made since were carried back in and the sequence row came from an older backup.
    await desk.t.core.ds.query(`UPDATE consultation SET seq = 5, number = 'KB/SMD1/2026/06/0005' WHERE id = ?`, [first.id]);
    await desk.t.core.ds.query(`UPDATE consultation_sequence SET last_seq = 1`);
    // Another desk's record of the same month, carried in by USB.
    await desk.t.core.ds.query(
      `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
       VALUES (?, ?, 'final', 'KB/BPN2/2026/06/0009', 'BPN2', '2026-06', 9, '2026-06-02', ?, ?)`,
      [randomUUID(), a, first.createdAt, first.createdAt],
    );
    const next = await finalizeNew(desk, consultationValues(b as string, desk.consultantId));
    expect(next.number).toBe('KB/SMD1/2026/06/0006');
    // Another desk's numbers for the same month are no floor for this one.
    expect(await desk.t.core.ds.query(`SELECT desk_code, last_seq FROM consultation_sequence`)).toEqual([{ desk_code: 'SMD1', last_seq: 6 }]);
  });

  it('refuses to number without a desk code and changes nothing', async () => {
    const id = randomUUID();
    const values = consultationValues(businessId, desk.consultantId);
    await desk.call('consultations:saveDraft', { id, values: toDraft(values) });
    await desk.t.core.ds.query(`UPDATE office_profile SET desk_code = NULL`);
    const before = await snapshot(desk);
    const error = await desk.fail('consultations:finalize', { id, values });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Kode meja belum diisi/);
    expect(await snapshot(desk)).toEqual(before);
  });
});

describe('refusals change nothing', () => {
  let id: string;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: toDraft(consultationValues(businessId, desk.consultantId)) });
    before = await snapshot(desk);
  });
  const refuse = async (values: unknown, finalId = id) => {
    const error = await desk.fail('consultations:finalize', { id: finalId, values });
    expect(await snapshot(desk)).toEqual(before);
    return error;
  };

  it('a second finalise of a finalised record: CONFLICT', async () => {
    const values = consultationValues(businessId, desk.consultantId);
    await desk.call('consultations:finalize', { id, values });
    before = await snapshot(desk);
    const error = await refuse({ ...values, complaint: 'lain' });
    expect(error).toEqual({ code: 'CONFLICT', key: 'consultations.alreadyFinal', message: 'Konsultasi ini sudah difinalisasi. Koreksi dilakukan lewat amandemen.' });
  });

  it('a discarded draft: CONFLICT', async () => {
    await desk.call('consultations:discardDraft', { id });
    before = await snapshot(desk);
    expect((await refuse(consultationValues(businessId, desk.consultantId))).code).toBe('CONFLICT');
  });

  it('an unknown business id', async () => {
    const error = await refuse(consultationValues(randomUUID(), desk.consultantId));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'values.businessId': { key: 'v.businessUnknown' } } });
  });

  it('a deleted business', async () => {
    const other = await desk.create(distinctProfile(3, { name: 'Bengkel Las Jaya' }));
    await desk.call('businesses:delete', { id: other.id });
    before = await snapshot(desk);
    const error = await refuse(consultationValues(other.id, desk.consultantId));
    expect(error.fields).toEqual({ 'values.businessId': { key: 'v.businessUnknown' } });
  });

  it('an unknown or inactive consultant', async () => {
    expect((await refuse(consultationValues(businessId, desk.consultantId, { consultantIds: [desk.consultantId, randomUUID()] }))).fields).toEqual({
      'values.consultantIds': { key: 'v.consultantUnknown' },
    });
    const other = await desk.call('consultants:create', { name: 'Budi Hartono', nip: null, phone: null });
    await desk.call('consultants:update', { id: other.id, name: 'Budi Hartono', nip: null, phone: null, active: false });
    before = await snapshot(desk);
    expect((await refuse(consultationValues(businessId, desk.consultantId, { consultantIds: [other.id] }))).fields).toEqual({
      'values.consultantIds': { key: 'v.consultantUnknown' },
    });
  });

  it('a date after the office’s today', async () => {
    const error = await refuse(consultationValues(businessId, desk.consultantId, { date: '2026-06-16', actionItems: [] }));
    expect(error.fields).toEqual({ 'values.date': { key: 'v.dateFuture' } });
  });

  it('a due date before the consultation date', async () => {
    const values = consultationValues(businessId, desk.consultantId);
    const items = values.actionItems ?? [];
    const error = await refuse({ ...values, actionItems: [items[0], { ...items[1], dueDate: '2026-06-14' }] });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'values.actionItems.1.dueDate': { key: 'v.dueBeforeConsultation' } } });
  });

  it('negative minutes', async () => {
    const error = await refuse(consultationValues(businessId, desk.consultantId, { contactMinutes: -5 }));
    expect(error.fields).toEqual({ 'values.contactMinutes': { key: 'v.nonNegative' } });
  });
});
