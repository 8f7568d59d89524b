import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, snapshot, toDraft } from './helpers/consultation';

let desk: Desk;
let businessId: string;
let id: string;
let valid: ConsultationInput;

beforeAll(async () => {
  desk = await openDesk();
  businessId = (await desk.create(profile())).id;
  id = randomUUID();
  valid = consultationValues(businessId, desk.consultantId);
  await desk.call('consultations:saveDraft', { id, values: toDraft(valid) });
});
afterAll(() => desk.t.dispose());

const item = (overrides: Record<string, unknown> = {}) => ({ id: randomUUID(), what: 'Urus NIB', who: 'business', dueDate: '2026-07-01', ...overrides });
const long = (n: number) => 'x'.repeat(n);

/** [what is wrong, the change to the valid values, the dotted path, the key] */
const cases: Array<[string, (v: ConsultationInput) => Record<string, unknown>, string, string]> = [
  ['businessId missing', () => ({ businessId: undefined }), 'values.businessId', 'v.businessRequired'],
  ['businessId not a uuid', () => ({ businessId: 'usaha-1' }), 'values.businessId', 'v.businessRequired'],
  ['consultantIds empty', () => ({ consultantIds: [] }), 'values.consultantIds', 'v.consultantRequired'],
  ['consultantIds with a bad id', (v) => ({ consultantIds: [...v.consultantIds, 'nope'] }), 'values.consultantIds.1', 'v.invalidId'],
  ['consultantIds twice the same', (v) => ({ consultantIds: [v.consultantIds[0], v.consultantIds[0]] }), 'values.consultantIds', 'v.duplicateEntry'],
  ['consultantIds more than five', () => ({ consultantIds: Array.from({ length: 6 }, () => randomUUID()) }), 'values.consultantIds', 'v.tooBig'],
  ['date missing', () => ({ date: undefined }), 'values.date', 'v.required'],
  ['date not a real day', () => ({ date: '2026-02-30' }), 'values.date', 'v.date'],
  ['date in another format', () => ({ date: '15/06/2026' }), 'values.date', 'v.date'],
  ['startTime missing', () => ({ startTime: undefined }), 'values.startTime', 'v.required'],
  ['startTime out of range', () => ({ startTime: '24:10' }), 'values.startTime', 'v.time'],
  ['contactMinutes missing', () => ({ contactMinutes: undefined }), 'values.contactMinutes', 'v.required'],
  ['contactMinutes negative', () => ({ contactMinutes: -1 }), 'values.contactMinutes', 'v.nonNegative'],
  ['contactMinutes a fraction', () => ({ contactMinutes: 12.5 }), 'values.contactMinutes', 'v.wholeNumber'],
  ['contactMinutes over a day', () => ({ contactMinutes: 24 * 60 + 1 }), 'values.contactMinutes', 'v.maxMinutes'],
  ['contactMinutes as text', () => ({ contactMinutes: '60' }), 'values.contactMinutes', 'v.required'],
  ['prepMinutes negative', () => ({ prepMinutes: -30 }), 'values.prepMinutes', 'v.nonNegative'],
  ['prepMinutes missing', () => ({ prepMinutes: undefined }), 'values.prepMinutes', 'v.required'],
  ['channel unknown', () => ({ channel: 'surat' }), 'values.channel', 'v.required'],
  ['channel missing', () => ({ channel: undefined }), 'values.channel', 'v.required'],
  ['serviceAreas empty', () => ({ serviceAreas: [] }), 'values.serviceAreas', 'v.areaRequired'],
  ['serviceAreas unknown area', () => ({ serviceAreas: ['pemasaran', 'astrologi'] }), 'values.serviceAreas.1', 'v.invalidChoice'],
  ['serviceAreas twice the same', () => ({ serviceAreas: ['sdm', 'sdm'] }), 'values.serviceAreas', 'v.duplicateEntry'],
  ['complaint blank', () => ({ complaint: '   ' }), 'values.complaint', 'v.required'],
  ['complaint too long', () => ({ complaint: long(5001) }), 'values.complaint', 'v.tooLong'],
  ['diagnosis too long', () => ({ diagnosis: long(5001) }), 'values.diagnosis', 'v.tooLong'],
  ['advice missing', () => ({ advice: undefined }), 'values.advice', 'v.required'],
  ['advice too long', () => ({ advice: long(5001) }), 'values.advice', 'v.tooLong'],
  ['referral of an unknown kind', () => ({ referrals: [{ kind: 'dukun', note: null }] }), 'values.referrals.0.kind', 'v.invalidChoice'],
  ['referral note too long', () => ({ referrals: [{ kind: 'bpom', note: long(201) }] }), 'values.referrals.0.note', 'v.tooLong'],
  ['referral with an unknown field', () => ({ referrals: [{ kind: 'bpom', note: null, extra: 1 }] }), 'values.referrals.0.extra', 'v.unknownField'],
  ['more than ten referrals', () => ({ referrals: Array.from({ length: 11 }, () => ({ kind: 'lainnya', note: null })) }), 'values.referrals', 'v.tooBig'],
  ['action item with a bad id', () => ({ actionItems: [item({ id: '1' })] }), 'values.actionItems.0.id', 'v.invalidId'],
  ['action item without what', () => ({ actionItems: [item({ what: ' ' })] }), 'values.actionItems.0.what', 'v.required'],
  ['action item what too long', () => ({ actionItems: [item({ what: long(201) })] }), 'values.actionItems.0.what', 'v.tooLong'],
  ['action item for someone else', () => ({ actionItems: [item({ who: 'dinas' })] }), 'values.actionItems.0.who', 'v.invalidChoice'],
  ['action item due date not a day', () => ({ actionItems: [item({ dueDate: '2026-13-01' })] }), 'values.actionItems.0.dueDate', 'v.date'],
  ['action item due before the consultation', () => ({ actionItems: [item(), item({ dueDate: '2026-06-01' })] }), 'values.actionItems.1.dueDate', 'v.dueBeforeConsultation'],
  ['action items sharing an id', () => {
    const same = randomUUID();
    return { actionItems: [item({ id: same }), item({ id: same })] };
  }, 'values.actionItems', 'v.duplicateEntry'],
  ['more than thirty action items', () => ({ actionItems: Array.from({ length: 31 }, () => item()) }), 'values.actionItems', 'v.tooBig'],
  ['an unknown field', () => ({ mood: 'baik' }), 'values.mood', 'v.unknownField'],
];

describe('consultations:finalize validates every field through the router', () => {
  it.each(cases)('%s', async (_what, change, path, key) => {
    const before = await snapshot(desk);
    const values = { ...valid, ...change(valid) };
    const res = await desk.t.core.router.invoke('consultations:finalize', { id, values });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.fields?.[path]).toMatchObject({ key });
    expect(await snapshot(desk)).toEqual(before);
  });

  it('accepts the valid values the cases start from (so each refusal is about its own field)', async () => {
    const d = await desk.call('consultations:finalize', { id, values: valid });
    expect(d.status).toBe('final');
  });
});

describe('the same schema on amend', () => {
  it('refuses bad values on amend with the same paths, and a blank reason', async () => {
    const current = await desk.call('consultations:get', { id });
    const before = await snapshot(desk);
    const error = await desk.fail('consultations:amend', {
      id,
      expectedUpdatedAt: current.updatedAt,
      reason: ' ',
      values: { ...valid, prepMinutes: -1 },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({ reason: { key: 'v.required' }, 'values.prepMinutes': { key: 'v.nonNegative' } });
    expect(await snapshot(desk)).toEqual(before);
  });
});
