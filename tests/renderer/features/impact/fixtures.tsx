import type { Milestone } from '../../../../src/shared/contract';
import { calls, type FakeHandlers } from '../../helpers';
import { SRI_ID, installApi, ok } from '../businesses/fixtures';

export { calls, SRI_ID, ok };

export const CONSULTATION_ID = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
export const TRAINING_ID = '6d5c4b3a-2918-4706-8e5d-4c3b2a190807';

let n = 0;

/** A milestone as `impact:list` answers it; jobs by default. */
export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  n += 1;
  return {
    id: `0a0b0c0d-0000-4000-8000-${String(n).padStart(12, '0')}`,
    businessId: SRI_ID,
    businessName: 'Kue Bu Sri',
    kind: 'jobs',
    date: '2026-11-20',
    consultationId: null,
    consultationNumber: null,
    trainingId: null,
    trainingTitle: null,
    evidence: 'Daftar gaji November',
    note: null,
    jobKind: 'created',
    men: 2,
    women: 1,
    salesBefore: null,
    salesAfter: null,
    capitalSource: null,
    amount: null,
    permitKind: null,
    channel: null,
    channelName: null,
    createdAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    ...overrides,
  };
}

const none = { jobKind: null, men: null, women: null } as const;

/** One milestone of each kind, as the screen's examples. */
export function everyKind(): Milestone[] {
  return [
    milestone({ date: '2026-11-25' }),
    milestone({ ...none, kind: 'sales', date: '2026-11-24', salesBefore: 5_000_000, salesAfter: 8_500_000, consultationId: CONSULTATION_ID, consultationNumber: 'SMD1-2611-0007' }),
    milestone({ ...none, kind: 'capital', date: '2026-11-23', capitalSource: 'kur', amount: 25_000_000, trainingId: TRAINING_ID, trainingTitle: 'Pelatihan Kue Kering' }),
    milestone({ ...none, kind: 'permit', date: '2026-11-22', permitKind: 'pirt', evidence: null }),
    milestone({ ...none, kind: 'market', date: '2026-11-21', channel: 'rest_area_tol', channelName: 'KM 19' }),
    milestone({ ...none, kind: 'business_started', date: '2026-11-02', note: 'Buka di rumah' }),
  ];
}

export function installImpactApi(handlers: FakeHandlers = {}) {
  return installApi({
    'impact:list': () => ok(everyKind()),
    'consultations:list': () =>
      ok({
        rows: [
          {
            id: CONSULTATION_ID,
            status: 'final',
            number: 'SMD1-2611-0007',
            version: 1,
            date: '2026-11-03',
            startTime: '09:30',
            businessId: SRI_ID,
            businessName: 'Kue Bu Sri',
            regencyName: 'Kota Samarinda',
            consultantNames: ['Siti Rahmawati'],
            channel: 'datang_langsung',
            serviceAreas: ['pemasaran'],
            contactMinutes: 60,
            openFollowUps: 0,
            updatedAt: '2026-11-03T03:00:00.000Z',
          },
        ],
        total: 1,
        page: 1,
        pageSize: 200,
        totalContactMinutes: 60,
      }),
    'trainings:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 50 }),
    ...handlers,
  });
}
