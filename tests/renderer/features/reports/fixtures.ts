import type { ActivityReport, DataChecks, ImpactReport } from '../../../../src/shared/contract';

export const CONSULTATION_ID = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
export const PARTICIPANT_ID = '8d2e4f60-1a2b-4c3d-9e8f-0a1b2c3d4e5f';
export const TRAINING_ID = '3e9a7b10-5c6d-4e7f-8a9b-0c1d2e3f4a5b';

export function activity(overrides: Partial<ActivityReport> = {}): ActivityReport {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    regencyCode: null,
    totals: {
      consultations: 1234,
      contactMinutes: 750,
      prepMinutes: 90,
      businessesServed: 97,
      newClients: 21,
      newProfiles: 18,
      followUpsDone: 40,
      trainings: 2,
      participants: 48,
      attended: 41,
    },
    womenOwners: { count: 4, known: 10, total: 12 },
    youthOwners: { count: 1, known: 3, total: 12 },
    womenParticipants: { count: 30, known: 48, total: 48 },
    youthParticipants: { count: 0, known: 0, total: 48 },
    byArea: [
      { area: 'pemasaran', consultations: 1000, contactMinutes: 600, businesses: 80 },
      { area: 'legalitas', consultations: 234, contactMinutes: 150, businesses: 30 },
    ],
    byChannel: [{ channel: 'whatsapp', consultations: 1234, contactMinutes: 750, businesses: 97 }],
    byRegency: [
      { regencyCode: '64.72', regencyName: 'Kota Samarinda', consultations: 1200, contactMinutes: 720, businesses: 95, participants: 48 },
      { regencyCode: null, regencyName: null, consultations: 34, contactMinutes: 30, businesses: 2, participants: 0 },
    ],
    byConsultant: [{ consultantId: '0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a01', consultantName: 'Siti Rahmawati', consultations: 1234, contactMinutes: 750, businesses: 97 }],
    ...overrides,
  };
}

export function impact(overrides: Partial<ImpactReport> = {}): ImpactReport {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    regencyCode: null,
    businesses: 9,
    milestones: 15,
    businessesStarted: 3,
    startedFromTraining: 2,
    jobsCreated: { men: 4, women: 7 },
    jobsKept: { men: 2, women: 1 },
    sales: { count: 5, before: 20_000_000, after: 32_500_000, increase: 12_500_000 },
    capital: [{ source: 'kur', count: 2, amount: 150_000_000 }],
    permits: [{ kind: 'halal', count: 3 }],
    markets: [{ channel: 'rest_area_tol', count: 1 }],
    credited: { consultation: 10, training: 4, withEvidence: 12 },
    ...overrides,
  };
}

export function checks(overrides: Partial<DataChecks> = {}): DataChecks {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    checks: [
      {
        kind: 'consultation_zero_minutes',
        count: 2,
        items: [
          { kind: 'consultation_zero_minutes', id: CONSULTATION_ID, route: `/konsultasi/${CONSULTATION_ID}`, label: 'SMD1-2611-0007', context: 'Kue Bu Sri', date: '2026-11-12' },
        ],
      },
      { kind: 'consultation_no_area', count: 0, items: [] },
      { kind: 'milestone_no_evidence', count: 0, items: [] },
      {
        kind: 'participant_no_gender',
        count: 1,
        items: [
          { kind: 'participant_no_gender', id: PARTICIPANT_ID, route: `/pelatihan/${TRAINING_ID}`, label: 'Rina', context: 'Pelatihan pengemasan', date: null },
        ],
      },
    ],
    ...overrides,
  };
}

export const allClear: DataChecks = {
  from: '2026-11-01',
  to: '2026-11-30',
  checks: [
    { kind: 'consultation_zero_minutes', count: 0, items: [] },
    { kind: 'consultation_no_area', count: 0, items: [] },
    { kind: 'milestone_no_evidence', count: 0, items: [] },
    { kind: 'participant_no_gender', count: 0, items: [] },
  ],
};
