import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Consultant, FollowUpItem, Session } from '../../../../src/shared/contract';
import { SessionProvider } from '../../../../src/renderer/src/features/session';
import { SettingsProvider } from '../../../../src/renderer/src/app/settings';
import { calls, installFakeApi, renderUi, type FakeHandlers } from '../../helpers';
import { useDataFreshness } from '../../../../src/renderer/src/lib/query';
import { SRI_ID, baseHandlers, detail as business, ok } from '../businesses/fixtures';

export { calls, SRI_ID, ok };

export const SITI_ID = '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01';
export const FU_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const CONSULTATION_ID = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';

const siti: Consultant = {
  id: SITI_ID,
  name: 'Siti Rahmawati',
  nip: null,
  phone: null,
  active: true,
  role: 'admin',
  hasPin: true,
  createdAt: '2026-11-01T03:00:00.000Z',
  updatedAt: '2026-11-01T03:00:00.000Z',
};
const session: Session = { consultant: siti, needsSetup: false, locked: false, freshUntil: null };

/** An open follow-up, due 28/11/2026 09.00 WITA (01:00 UTC), as the core answers it. */
export function item(overrides: Partial<FollowUpItem> = {}): FollowUpItem {
  return {
    id: FU_ID,
    businessId: SRI_ID,
    businessName: 'Kue Bu Sri',
    participantId: null,
    participantName: null,
    trainingId: null,
    trainingTitle: null,
    regencyName: 'Kota Samarinda',
    consultationId: CONSULTATION_ID,
    consultationNumber: 'SMD1-2611-0007',
    actionItemId: null,
    title: 'Telepon pemilik soal pengajuan KUR',
    dueDate: '2026-11-28',
    dueTime: '09:00',
    dueAt: '2026-11-28T01:00:00.000Z',
    snoozedUntil: null,
    effectiveAt: '2026-11-28T01:00:00.000Z',
    assignee: 'consultant',
    consultantId: SITI_ID,
    consultantName: 'Siti Rahmawati',
    status: 'open',
    outcome: null,
    cancelReason: null,
    completedAt: null,
    notifiedAt: null,
    createdAt: '2026-11-27T03:00:00.000Z',
    updatedAt: '2026-11-27T03:00:00.000Z',
    ...overrides,
  };
}

export const CHECK_IN_ID = '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
export const PARTICIPANT_ID = '3e2d1c0b-9a88-4776-8655-443322110099';
export const TRAINING_ID = '6f5e4d3c-2b1a-4098-8765-fedcba987654';

/** A training participant's check-in, for a calon wirausaha without a business yet. */
export function checkIn(overrides: Partial<FollowUpItem> = {}): FollowUpItem {
  return item({
    id: CHECK_IN_ID,
    businessId: null,
    businessName: null,
    participantId: PARTICIPANT_ID,
    participantName: 'Rina Marlina',
    trainingId: TRAINING_ID,
    trainingTitle: 'Pelatihan Sablon Kaos Samarinda',
    consultationId: null,
    consultationNumber: null,
    title: 'Sudah mulai usaha?',
    dueTime: null,
    ...overrides,
  });
}

export const counts = { overdue: 3, today: 5, week: 2, later: 0 };

export function followUpHandlers(): FakeHandlers {
  return {
    ...baseHandlers(),
    'session:get': () => ok(session),
    'consultants:list': () => ok([siti]),
    'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 10 }),
    'businesses:get': () => ok(business()),
    'followUps:counts': () => ok(counts),
    'followUps:list': (input) => ok({ rows: [item()], total: 1, page: 1, pageSize: (input as { pageSize: number }).pageSize }),
    'followUps:agenda': () => ok([item()]),
    'followUps:get': () => ok(item()),
    'followUps:idle': () => ok({ rows: [], total: 0, capped: false, days: 90 }),
  };
}

/** The fake `window.api` of the follow-up screens; `emit` pushes an event as main would. */
export function installApi(handlers: FakeHandlers = {}) {
  return installFakeApi({ ...followUpHandlers(), ...handlers });
}

/** Shows where the router is, so tests can see a navigation. */
export function Where() {
  const location = useLocation();
  return <div data-testid="where">{`${location.pathname}${location.search}`}</div>;
}

function FreshData() {
  useDataFreshness();
  return null;
}

/** Renders inside session, settings, the data:changed follower and a router at `route`, as the app does. */
export function renderAt(element: ReactElement, { path = '/', route = path }: { path?: string; route?: string } = {}) {
  return renderUi(
    <SessionProvider>
      <FreshData />
      <SettingsProvider>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </SettingsProvider>
    </SessionProvider>,
  );
}
