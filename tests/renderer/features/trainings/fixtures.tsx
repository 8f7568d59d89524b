import type { Participant, Training } from '../../../../src/shared/contract';
import { calls, installFakeApi, type FakeHandlers } from '../../helpers';
import { SRI_ID, baseHandlers, ok, renderAt } from '../businesses/fixtures';

export { calls, SRI_ID, ok, renderAt };

export const TRAINING_ID = '5a1c2e3d-4f50-4a6b-8c7d-9e0f1a2b3c4d';
export const ANI_ID = '6b2d3f4e-5a61-4b7c-9d8e-0f1a2b3c4d5e';
export const BAYU_ID = '7c3e4a5f-6b72-4c8d-8e9f-1a2b3c4d5e6f';
export const CITRA_ID = '8d4f5b6a-7c83-4d9e-9fa0-2b3c4d5e6f70';

/** A three-day training as `trainings:get` answers it. */
export function training(overrides: Partial<Training> = {}): Training {
  return {
    id: TRAINING_ID,
    title: 'Pelatihan Sablon Kaos Angkatan 3',
    topic: 'sablon',
    topicText: null,
    startDate: '2026-11-12',
    endDate: '2026-11-14',
    regencyCode: '64.72',
    regencyName: 'Kota Samarinda',
    districtCode: '64.72.01',
    districtName: 'Palaran',
    venue: 'Aula Dinas Koperasi',
    trainers: ['Rudi Hartono'],
    organiser: 'Dinas Koperasi dan UKM',
    fundingSource: 'apbd',
    fundingNote: null,
    capacity: 30,
    notes: null,
    days: ['2026-11-12', '2026-11-13', '2026-11-14'],
    participantCount: 3,
    attendedCount: 2,
    prospectCount: 2,
    createdAt: '2026-11-01T03:00:00.000Z',
    updatedAt: '2026-11-10T03:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: ANI_ID,
    trainingId: TRAINING_ID,
    name: 'Ani Lestari',
    gender: 'P',
    birthDate: '1995-04-02',
    age: 31,
    minor: false,
    guardianName: null,
    guardianConsentDate: null,
    consentMissing: false,
    restricted: false,
    phone: '0812-••••-7890',
    regencyCode: '64.72',
    hasBusiness: false,
    businessId: null,
    businessName: null,
    convertedAt: null,
    attendedDays: ['2026-11-12', '2026-11-13'],
    checkInFollowUpId: null,
    notes: null,
    createdAt: '2026-11-05T03:00:00.000Z',
    updatedAt: '2026-11-05T03:00:00.000Z',
    ...overrides,
  };
}

/** Ani (calon wirausaha), Bayu (runs Kue Bu Sri, linked) and Citra (16, not yet attended). */
export function roster(): Participant[] {
  return [
    participant(),
    participant({
      id: BAYU_ID,
      name: 'Bayu Pratama',
      gender: 'L',
      birthDate: null,
      age: 40,
      phone: null,
      hasBusiness: true,
      businessId: SRI_ID,
      businessName: 'Kue Bu Sri',
      attendedDays: ['2026-11-12'],
    }),
    participant({ id: CITRA_ID, name: 'Citra Dewi', birthDate: '2010-06-01', age: 16, minor: true, phone: null, attendedDays: [] }),
  ];
}

export function installApi(handlers: FakeHandlers = {}) {
  return installFakeApi({
    ...baseHandlers(),
    'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 10 }),
    'trainings:get': () => ok(training()),
    'participants:list': () => ok(roster()),
    ...handlers,
  });
}
