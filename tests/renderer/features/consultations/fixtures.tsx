import type { ReactElement } from 'react';
import type { Consultant, ConsultationDetail, ConsultationDraftValues, Session } from '../../../../src/shared/contract';
import { SessionProvider } from '../../../../src/renderer/src/features/session';
import { SettingsProvider } from '../../../../src/renderer/src/app/settings';
import { calls, renderUi, type FakeHandlers } from '../../helpers';
import { SRI_ID, baseHandlers, detail as business, installApi as installBusinessApi, ok, testRouter } from '../businesses/fixtures';

export { calls, SRI_ID, ok };

export const SITI_ID = '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01';
export const BUDI_ID = '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a02';
export const DRAFT_ID = '9d0c6f3e-1b2a-4c5d-8e7f-0a1b2c3d4e5f';
export const ITEM_IDS = ['1f0e2d3c-4b5a-4978-8675-a4b3c2d1e0f1', '2f0e2d3c-4b5a-4978-8675-a4b3c2d1e0f2'];

const consultant = (id: string, name: string, active = true): Consultant => ({
  id,
  name,
  nip: null,
  phone: null,
  active,
  role: 'admin',
  hasPin: true,
  createdAt: '2026-11-01T03:00:00.000Z',
  updatedAt: '2026-11-01T03:00:00.000Z',
});

export const consultants = [consultant(SITI_ID, 'Siti Rahmawati'), consultant(BUDI_ID, 'Budi Santoso')];
const session: Session = { consultant: consultants[0] ?? null, needsSetup: false, locked: false, freshUntil: null };

/** A draft with every field filled, as `consultations:get` answers it. */
export function fullDraft(overrides: Partial<ConsultationDraftValues> = {}): ConsultationDraftValues {
  return {
    businessId: SRI_ID,
    consultantIds: [SITI_ID, BUDI_ID],
    date: '2026-11-27',
    startTime: '09:30',
    contactMinutes: 45,
    prepMinutes: 15,
    channel: 'whatsapp',
    serviceAreas: ['pemasaran', 'legalitas'],
    complaint: 'Penjualan amplang turun sejak pandemi',
    diagnosis: 'Belum ada izin P-IRT, kemasan polos',
    advice: 'Urus P-IRT, perbaiki kemasan',
    referrals: [{ kind: 'dinkes_pirt', note: 'Dinkes Samarinda' }],
    actionItems: [
      { id: ITEM_IDS[0] ?? '', what: 'Daftar P-IRT', who: 'business', dueDate: '2026-12-10' },
      { id: ITEM_IDS[1] ?? '', what: 'Kirim contoh kemasan', who: 'consultant', dueDate: '' },
    ],
    ...overrides,
  };
}

export function draftDetail(values: ConsultationDraftValues | null = fullDraft()): ConsultationDetail {
  return {
    id: DRAFT_ID,
    status: 'draft',
    number: null,
    version: 1,
    businessId: values?.businessId ?? null,
    businessName: 'Kue Bu Sri',
    ownerName: 'Sri Wahyuni',
    regencyName: 'Kota Samarinda',
    consultants: [],
    values: null,
    draft: values,
    followUps: [],
    revisions: [],
    finalizedAt: null,
    createdAt: '2026-11-27T01:00:00.000Z',
    updatedAt: '2026-11-27T01:30:00.000Z',
    updatedByName: 'Siti Rahmawati',
    deletedAt: null,
  };
}

export function finalDetail(): ConsultationDetail {
  const d = fullDraft();
  return {
    ...draftDetail(null),
    status: 'final',
    number: 'KB/SMD1/2026/11/0042',
    consultants: [
      { id: SITI_ID, name: 'Siti Rahmawati' },
      { id: BUDI_ID, name: 'Budi Santoso' },
    ],
    values: {
      ...d,
      businessId: SRI_ID,
      channel: 'whatsapp',
      contactMinutes: 45,
      prepMinutes: 15,
      serviceAreas: ['pemasaran', 'legalitas'],
      referrals: [{ kind: 'dinkes_pirt', note: 'Dinkes Samarinda' }],
      actionItems: [
        { id: ITEM_IDS[0] ?? '', what: 'Daftar P-IRT', who: 'business', dueDate: '2026-12-10' },
        { id: ITEM_IDS[1] ?? '', what: 'Kirim contoh kemasan', who: 'consultant', dueDate: null },
      ],
    },
    followUps: [],
    revisions: [{ version: 1, reason: null, at: '2026-11-27T02:00:00.000Z', actorName: 'Siti Rahmawati', changedFields: [], values: {} }],
    finalizedAt: '2026-11-27T02:00:00.000Z',
  };
}

/** Channels every consultation screen touches. */
export function consultationHandlers(): FakeHandlers {
  return {
    ...baseHandlers(),
    'session:get': () => ok(session),
    'consultants:list': () => ok(consultants),
    'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 10 }),
    'businesses:get': () => ok(business()),
    'consultations:drafts': () => ok([]),
    'consultations:saveDraft': (input) => ok({ id: (input as { id: string }).id, updatedAt: '2026-11-28T08:42:00.000Z' }),
  };
}

export function installApi(handlers: FakeHandlers = {}) {
  return installBusinessApi({ ...consultationHandlers(), ...handlers });
}

/** Renders a screen inside session, settings and a router at `path`, as the app does. */
export function renderAt(element: ReactElement, { path = '/', route = path }: { path?: string; route?: string } = {}) {
  return renderUi(
    <SessionProvider>
      <SettingsProvider>{testRouter(element, path, route)}</SettingsProvider>
    </SessionProvider>,
  );
}
