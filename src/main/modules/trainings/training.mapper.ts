import { ADULT_AGE, FUNDING_SOURCES, GENDERS, TRAINING_TOPICS, type Participant, type Training } from '../../../shared/contract';
import { addDays, fullYearsBetween } from '../../../shared/domain/dates';
import { maskPhone } from '../businesses/business.mapper';

export const INVALID = 'Data yang dikirim belum benar. Periksa isian yang ditandai.';

export interface TrainingSqlRow {
  id: string;
  title: string;
  topic: string;
  topic_text: string | null;
  start_date: string;
  end_date: string;
  regency_code: string | null;
  district_code: string | null;
  venue: string | null;
  trainers: string;
  organiser: string | null;
  funding_source: string | null;
  funding_note: string | null;
  capacity: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  participant_count: number;
  attended_count: number;
  prospect_count: number;
}

export interface ParticipantSqlRow {
  id: string;
  training_id: string;
  name: string;
  gender: string | null;
  birth_date: string | null;
  age: number | null;
  phone: string | null;
  regency_code: string | null;
  has_business: number;
  business_id: string | null;
  business_name: string | null;
  /** The linked profile's own name, which the table shows instead of the name as told. */
  linked_business_name?: string | null;
  converted_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The training's first day: ages are counted on it. */
  start_date: string;
  check_in_follow_up_id: string | null;
}

/** A training row with its live participants' counts. */
export const TRAINING_SELECT = `
  SELECT t.id, t.title, t.topic, t.topic_text, t.start_date, t.end_date, t.regency_code, t.district_code, t.venue, t.trainers,
         t.organiser, t.funding_source, t.funding_note, t.capacity, t.notes, t.created_at, t.updated_at, t.deleted_at,
         (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id AND (p.deleted_at IS NULL OR p.deleted_at = t.deleted_at)) AS participant_count,
         (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id AND (p.deleted_at IS NULL OR p.deleted_at = t.deleted_at)
            AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)) AS attended_count,
         (SELECT count(*) FROM training_participant p WHERE p.training_id = t.id AND (p.deleted_at IS NULL OR p.deleted_at = t.deleted_at)
            AND p.has_business = 0) AS prospect_count
  FROM training t`;

/** A participant row with its training's start and its open check-in. */
export const PARTICIPANT_SELECT = `
  SELECT p.id, p.training_id, p.name, p.gender, p.birth_date, p.age, p.phone, p.regency_code, p.has_business, p.business_id,
         p.business_name, p.converted_at, p.notes, p.created_at, p.updated_at, p.deleted_at, t.start_date,
         (SELECT b.name FROM business b WHERE b.id = p.business_id) AS linked_business_name,
         (SELECT f.id FROM follow_up f WHERE f.participant_id = p.id AND f.status = 'open' AND f.deleted_at IS NULL
            ORDER BY f.due_date, f.created_at LIMIT 1) AS check_in_follow_up_id
  FROM training_participant p
  JOIN training t ON t.id = p.training_id`;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

/** Every office date from `start` to `end`, both included. */
export function trainingDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

export function parseTrainers(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function toTraining(r: TrainingSqlRow, names: { regencyName: string | null; districtName: string | null }): Training {
  return {
    id: r.id,
    title: r.title,
    topic: oneOf(TRAINING_TOPICS, r.topic) ?? 'lainnya',
    topicText: r.topic_text,
    startDate: r.start_date,
    endDate: r.end_date,
    regencyCode: r.regency_code,
    regencyName: names.regencyName,
    districtCode: r.district_code,
    districtName: names.districtName,
    venue: r.venue,
    trainers: parseTrainers(r.trainers),
    organiser: r.organiser,
    fundingSource: oneOf(FUNDING_SOURCES, r.funding_source),
    fundingNote: r.funding_note,
    capacity: r.capacity === null ? null : Number(r.capacity),
    notes: r.notes,
    days: trainingDays(r.start_date, r.end_date),
    participantCount: Number(r.participant_count),
    attendedCount: Number(r.attended_count),
    prospectCount: Number(r.prospect_count),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** Age at the training's start: from the birth date when known, else the age as told. */
export function ageAt(birthDate: string | null, age: number | null, startDate: string): number | null {
  if (birthDate) return fullYearsBetween(birthDate, startDate);
  return age === null ? null : Number(age);
}

export function toParticipant(r: ParticipantSqlRow, attendedDays: string[]): Participant {
  const age = ageAt(r.birth_date, r.age, r.start_date);
  return {
    id: r.id,
    trainingId: r.training_id,
    name: r.name,
    gender: oneOf(GENDERS, r.gender),
    birthDate: r.birth_date,
    age,
    minor: age !== null && age < ADULT_AGE,
    phone: maskPhone(r.phone),
    regencyCode: r.regency_code,
    hasBusiness: Boolean(r.has_business),
    businessId: r.business_id,
    businessName: r.linked_business_name ?? r.business_name,
    convertedAt: r.converted_at,
    attendedDays,
    checkInFollowUpId: r.check_in_follow_up_id,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
