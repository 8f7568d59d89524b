import type { Participant, ParticipantInput, Training, TrainingInput } from '../../../src/shared/contract';
import type { Desk } from './business';

/**
 * A complete, valid training: two days in Samarinda, ending before the test clock's day
 * (15 June 2026). Every test starts from it and changes what it is about.
 */
export function trainingValues(overrides: Partial<TrainingInput> = {}): TrainingInput {
  return {
    title: 'Pelatihan Sablon Kaos',
    topic: 'sablon',
    topicText: 'sablon kaos anak',
    startDate: '2026-06-08',
    endDate: '2026-06-09',
    regencyCode: '64.72',
    districtCode: '64.72.01',
    venue: 'Aula Dinas Koperasi dan UKM',
    trainers: ['Agus Setiawan', 'Dewi Lestari'],
    organiser: 'Dinas Koperasi dan UKM Kota Samarinda',
    fundingSource: 'apbd',
    fundingNote: null,
    capacity: 30,
    notes: null,
    ...overrides,
  };
}

/** A calon wirausaha (no business), adult, with a phone; change what the test is about. */
export function participantValues(overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    name: 'Rina Marlina',
    gender: 'P',
    birthDate: '2001-04-20',
    age: null,
    phone: '0812-9876-5432',
    regencyCode: '64.72',
    hasBusiness: false,
    businessId: null,
    businessName: null,
    notes: null,
    ...overrides,
  };
}

/** Distinct participants: own name and phone for each i (0..). */
export function distinctParticipant(i: number, overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  const names = ['Rina Marlina', 'Yusuf Maulana', 'Putri Ayu', 'Bayu Pratama', 'Citra Kirana', 'Dimas Anggara', 'Eka Saputri', 'Fajar Nugroho'];
  return participantValues({
    name: `${names[i % names.length]}${i >= names.length ? ` ${i}` : ''}`,
    phone: `0812-7700-${String(1000 + i)}`,
    ...overrides,
  });
}

export function createTraining(desk: Desk, overrides: Partial<TrainingInput> = {}): Promise<Training> {
  return desk.call('trainings:create', trainingValues(overrides));
}

export function addParticipant(desk: Desk, trainingId: string, overrides: Partial<ParticipantInput> = {}): Promise<Participant> {
  return desk.call('participants:add', { trainingId, participant: participantValues(overrides) });
}

/** Rows on disk (live or not) of the training tables, and their audit entries. */
export async function trainingCounts(desk: Desk): Promise<{ trainings: number; participants: number; attendance: number; followUps: number; audits: number }> {
  const q = async (sql: string) => Number(((await desk.t.core.ds.query(sql)) as [{ n: number }])[0].n);
  return {
    trainings: await q(`SELECT count(*) AS n FROM training`),
    participants: await q(`SELECT count(*) AS n FROM training_participant`),
    attendance: await q(`SELECT count(*) AS n FROM training_attendance`),
    followUps: await q(`SELECT count(*) AS n FROM follow_up`),
    audits: await q(`SELECT count(*) AS n FROM audit_log`),
  };
}
