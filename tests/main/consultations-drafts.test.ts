import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, draftValues, finalizeNew, snapshot } from './helpers/consultation';

let desk: Desk;
let businessId: string;

beforeEach(async () => {
  desk = await openDesk();
  businessId = (await desk.create(profile())).id;
});
afterEach(() => desk.t.dispose());

const draftAudits = async (id: string) =>
  (await desk.call('audit:list', { limit: 100, entity: 'consultation' })).filter((e) => e.entityId === id).map((e) => e.action);

describe('consultations:saveDraft and get', () => {
  it('gives back every field exactly as typed, half-finished values included', async () => {
    const id = randomUUID();
    const values = draftValues({ businessId, consultantIds: [desk.consultantId], complaint: '  Penjualan turun\n\tsejak Juni  ' });
    const saved = await desk.call('consultations:saveDraft', { id, values });
    expect(saved.id).toBe(id);
    const d = await desk.call('consultations:get', { id });
    expect(d.draft).toEqual(values);
    expect(JSON.stringify(d.draft)).toBe(JSON.stringify(values));
    expect(d).toMatchObject({ id, status: 'draft', number: null, values: null, businessId, businessName: 'Kue Bu Sri', updatedAt: saved.updatedAt });
    expect(d.consultants).toEqual([{ id: desk.consultantId, name: 'Siti Rahmawati' }]);
    expect(d.updatedByName).toBe('Siti Rahmawati');
  });

  it('replaces the draft on each save, and audits only its creation', async () => {
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: draftValues({ complaint: 'Pen' }) });
    await desk.call('consultations:saveDraft', { id, values: draftValues({ complaint: 'Penjualan' }) });
    const last = await desk.call('consultations:saveDraft', { id, values: draftValues({ complaint: 'Penjualan turun', date: '2026-06-14' }) });
    const d = await desk.call('consultations:get', { id });
    expect(d.draft?.complaint).toBe('Penjualan turun');
    expect(d.updatedAt).toBe(last.updatedAt);
    expect(await draftAudits(id)).toEqual(['create_draft']);
    expect(await desk.t.core.ds.query(`SELECT count(*) AS n FROM consultation`)).toEqual([{ n: 1 }]);
    expect(await desk.t.core.ds.query(`SELECT consultation_date FROM consultation`)).toEqual([{ consultation_date: '2026-06-14' }]);
  });

  it('keeps the date column only when the typed date is a real day', async () => {
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: draftValues({ date: '2026-02-3' }) });
    expect(await desk.t.core.ds.query(`SELECT consultation_date FROM consultation`)).toEqual([{ consultation_date: null }]);
  });

  it('links the business only when it exists and is live', async () => {
    const id = randomUUID();
    const unknown = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: draftValues({ businessId: unknown }) });
    const d = await desk.call('consultations:get', { id });
    expect(d.businessId).toBeNull();
    expect(d.draft?.businessId).toBe(unknown);
  });

  it('allows one live draft per business', async () => {
    const first = randomUUID();
    await desk.call('consultations:saveDraft', { id: first, values: draftValues({ businessId }) });
    const before = await snapshot(desk);
    const error = await desk.fail('consultations:saveDraft', { id: randomUUID(), values: draftValues({ businessId }) });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Sudah ada draf konsultasi untuk usaha ini/);
    expect(await snapshot(desk)).toEqual(before);
    // Drafts of walk-ins not yet linked to a business are not limited.
    await desk.call('consultations:saveDraft', { id: randomUUID(), values: draftValues() });
    await desk.call('consultations:saveDraft', { id: randomUUID(), values: draftValues() });
    // Once the first is discarded, another may start.
    await desk.call('consultations:discardDraft', { id: first });
    await desk.call('consultations:saveDraft', { id: randomUUID(), values: draftValues({ businessId }) });
  });

  it('refuses to overwrite a finalised or discarded record', async () => {
    const final = await finalizeNew(desk, consultationValues(businessId, desk.consultantId));
    const discarded = randomUUID();
    await desk.call('consultations:saveDraft', { id: discarded, values: draftValues() });
    await desk.call('consultations:discardDraft', { id: discarded });
    const before = await snapshot(desk);
    expect((await desk.fail('consultations:saveDraft', { id: final.id, values: draftValues() })).code).toBe('CONFLICT');
    expect((await desk.fail('consultations:saveDraft', { id: discarded, values: draftValues() })).code).toBe('CONFLICT');
    expect(await snapshot(desk)).toEqual(before);
  });

  it('needs a consultant on duty', async () => {
    await desk.call('session:end');
    expect((await desk.fail('consultations:saveDraft', { id: randomUUID(), values: draftValues() })).code).toBe('NO_SESSION');
  });

  it('refuses values of the wrong shape', async () => {
    const error = await desk.fail('consultations:saveDraft', { id: randomUUID(), values: { ...draftValues(), contactMinutes: 'enam puluh' } });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {})).toContain('values.contactMinutes');
  });
});

describe('consultations:drafts', () => {
  it('lists live drafts newest first with business, excerpt, date and who saved', async () => {
    const other = await desk.create(distinctProfile(1, { name: 'Sablon Kaos Mandiri' }));
    const a = randomUUID();
    const b = randomUUID();
    const c = randomUUID();
    const longComplaint = `Omzet turun drastis karena pesaing dari luar kota menjual lebih murah dan kemasan kami kalah menarik dibanding mereka`;
    await desk.call('consultations:saveDraft', { id: a, values: draftValues({ businessId, complaint: 'Belum punya P-IRT', date: '2026-06-10' }) });
    await desk.call('consultations:saveDraft', { id: b, values: draftValues({ businessId: other.id, complaint: longComplaint }) });
    await desk.call('consultations:saveDraft', { id: c, values: draftValues({ complaint: '' }) });
    await desk.call('consultations:saveDraft', { id: a, values: draftValues({ businessId, complaint: 'Belum punya P-IRT dan NIB', date: '2026-06-10' }) });
    const list = await desk.call('consultations:drafts', {});
    expect(list.map((d) => d.id)).toEqual([a, c, b]);
    expect(list[0]).toMatchObject({ businessId, businessName: 'Kue Bu Sri', excerpt: 'Belum punya P-IRT dan NIB', date: '2026-06-10', updatedByName: 'Siti Rahmawati' });
    expect(list[1]).toMatchObject({ businessId: null, businessName: null, excerpt: null, date: null });
    expect(list[2]?.excerpt?.length).toBeLessThanOrEqual(80);
    expect(list[2]?.excerpt).toMatch(/^Omzet turun drastis.*…$/);
    expect((await desk.call('consultations:drafts', { businessId: other.id })).map((d) => d.id)).toEqual([b]);
    await desk.call('consultations:discardDraft', { id: c });
    await finalizeNew(desk, consultationValues(businessId, desk.consultantId), a);
    expect((await desk.call('consultations:drafts', {})).map((d) => d.id)).toEqual([b]);
  });
});

describe('consultations:discardDraft', () => {
  it('soft-deletes the draft, audited; get still shows it as deleted', async () => {
    const id = randomUUID();
    await desk.call('consultations:saveDraft', { id, values: draftValues({ businessId }) });
    expect(await desk.call('consultations:discardDraft', { id })).toEqual({ ok: true });
    const d = await desk.call('consultations:get', { id });
    expect(d.deletedAt).not.toBeNull();
    expect(await draftAudits(id)).toEqual(['discard_draft', 'create_draft']);
  });

  it('refuses a finalised consultation and an unknown id', async () => {
    const final = await finalizeNew(desk, consultationValues(businessId, desk.consultantId));
    const before = await snapshot(desk);
    const error = await desk.fail('consultations:discardDraft', { id: final.id });
    expect(error.code).toBe('CONFLICT');
    expect((await desk.fail('consultations:discardDraft', { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect(await snapshot(desk)).toEqual(before);
  });
});
