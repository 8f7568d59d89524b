import { randomUUID } from 'node:crypto';
import type { ConsultationDetail, ConsultationDraftValues, ConsultationInput } from '../../../src/shared/contract';
import { distinctProfile, TEST_TODAY, type Desk } from './business';

/** A complete, valid intake for `businessId` by `consultantId`; every test changes what it is about. */
export function consultationValues(businessId: string, consultantId: string, overrides: Partial<ConsultationInput> = {}): ConsultationInput {
  return {
    businessId,
    consultantIds: [consultantId],
    date: TEST_TODAY,
    startTime: '09:30',
    contactMinutes: 60,
    prepMinutes: 15,
    channel: 'datang_langsung',
    serviceAreas: ['pemasaran', 'legalitas'],
    complaint: 'Penjualan amplang turun sejak pasar pindah; belum punya izin P-IRT.',
    diagnosis: 'Kemasan kurang menarik, belum terdaftar di marketplace.',
    advice: 'Daftar P-IRT ke Dinas Kesehatan, perbaiki kemasan, buka toko daring.',
    referrals: [{ kind: 'dinkes_pirt', note: 'Bawa KTP dan contoh produk' }],
    actionItems: [
      { id: randomUUID(), what: 'Urus P-IRT', who: 'business', dueDate: '2026-07-01' },
      { id: randomUUID(), what: 'Kirim contoh desain kemasan', who: 'consultant', dueDate: '2026-06-20' },
      { id: randomUUID(), what: 'Pelajari toko daring', who: 'business', dueDate: null },
    ],
    ...overrides,
  };
}

/** The form as typed: half-finished values included. */
export function draftValues(overrides: Partial<ConsultationDraftValues> = {}): ConsultationDraftValues {
  return {
    businessId: null,
    consultantIds: [],
    date: '2026-06-1',
    startTime: '09:',
    contactMinutes: '',
    prepMinutes: 15,
    channel: null,
    serviceAreas: ['pemasaran'],
    complaint: 'Penjualan turun  ',
    diagnosis: '',
    advice: '',
    referrals: [{ kind: null, note: '' }],
    actionItems: [{ id: randomUUID(), what: 'Urus', who: '', dueDate: '2026-07' }],
    ...overrides,
  };
}

/** A draft row (from its values) for `values`, then its finalisation; returns the detail. */
export async function finalizeNew(desk: Desk, values: ConsultationInput, id: string = randomUUID()): Promise<ConsultationDetail> {
  await desk.call('consultations:saveDraft', { id, values: toDraft(values) });
  return desk.call('consultations:finalize', { id, values });
}

/** The finalise values as the form's draft would hold them. */
export function toDraft(v: ConsultationInput): ConsultationDraftValues {
  return {
    businessId: v.businessId,
    consultantIds: [...v.consultantIds],
    date: v.date,
    startTime: v.startTime,
    contactMinutes: v.contactMinutes,
    prepMinutes: v.prepMinutes,
    channel: v.channel,
    serviceAreas: [...v.serviceAreas],
    complaint: v.complaint,
    diagnosis: v.diagnosis ?? '',
    advice: v.advice,
    referrals: (v.referrals ?? []).map((r) => ({ kind: r.kind, note: r.note ?? '' })),
    actionItems: (v.actionItems ?? []).map((i) => ({ id: i.id, what: i.what, who: i.who, dueDate: i.dueDate ?? '' })),
  };
}

/** `n` more business profiles, confirmed as not duplicates of any profile already there. */
export async function makeBusinesses(desk: Desk, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const existing = ((await desk.t.core.ds.query(`SELECT id FROM business`)) as Array<{ id: string }>).map((r) => r.id);
    const p = distinctProfile(i, { name: `Usaha ${BUSINESS_WORDS[i % BUSINESS_WORDS.length]} ${i + 1}`, ownerNik: null, ownerPhone: null, nib: null });
    ids.push((await desk.create(p, existing)).id);
  }
  return ids;
}

const BUSINESS_WORDS = ['Amplang', 'Sablon', 'Bengkel', 'Tenun', 'Kopi', 'Batik', 'Rumput Laut', 'Madu', 'Keripik', 'Anyaman'];

/** Everything the consultation module writes, to compare before and after a refused call. */
export async function snapshot(desk: Desk): Promise<Record<string, unknown[]>> {
  const tables = ['consultation', 'consultation_consultant', 'consultation_revision', 'consultation_sequence', 'follow_up'];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await desk.t.core.ds.query(`SELECT * FROM ${t} ORDER BY rowid`);
  out.audit = await desk.t.core.ds.query(`SELECT * FROM audit_log WHERE entity = 'consultation' ORDER BY rowid`);
  return out;
}
