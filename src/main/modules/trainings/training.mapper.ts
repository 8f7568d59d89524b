import { FUNDING_SOURCES, GENDERS, TRAINING_TOPICS, type Participant, type Training } from '../../../shared/contract';
import { hasGuardianConsent, isChildOn } from '../../../shared/domain/children';
import { addDays, fullYearsBetween } from '../../../shared/domain/dates';
import { maskPhone } from '../businesses';
import type { ParticipantView } from './participant.queries';
import type { TrainingRow } from './training.entity';
import type { TrainingCounts } from './training.queries';


const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

/** Every office date from `start` to `end`, both included. */
export function trainingDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

function parseTrainers(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function toTraining(r: TrainingRow, counts: TrainingCounts, names: { regencyName: string | null; districtName: string | null }): Training {
  return {
    id: r.id,
    title: r.title,
    topic: oneOf(TRAINING_TOPICS, r.topic) ?? 'lainnya',
    topicText: r.topicText,
    startDate: r.startDate,
    endDate: r.endDate,
    regencyCode: r.regencyCode,
    regencyName: names.regencyName,
    districtCode: r.districtCode,
    districtName: names.districtName,
    venue: r.venue,
    trainers: parseTrainers(r.trainers),
    organiser: r.organiser,
    fundingSource: oneOf(FUNDING_SOURCES, r.fundingSource),
    fundingNote: r.fundingNote,
    capacity: r.capacity,
    notes: r.notes,
    days: trainingDays(r.startDate, r.endDate),
    ...counts,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
  };
}

/** Age at the training's start: from the birth date when known, else the age as told. */
export function ageAt(birthDate: string | null, age: number | null, startDate: string): number | null {
  if (birthDate) return fullYearsBetween(birthDate, startDate);
  return age === null ? null : Number(age);
}

/** A participant as the screens show it; `today` is the office's date, against which a minor is one. */
export function toParticipant(v: ParticipantView, attendedDays: string[], today: string): Participant {
  const r = v.row;
  const age = ageAt(r.birthDate, r.age, v.startDate);
  const minor = isChildOn({ birthDate: r.birthDate, age, startDate: v.startDate }, today);
  return {
    id: r.id,
    trainingId: r.trainingId,
    name: r.name,
    gender: oneOf(GENDERS, r.gender),
    birthDate: r.birthDate,
    age,
    minor,
    guardianName: r.guardianName,
    guardianConsentDate: r.guardianConsentDate,
    consentMissing: minor && !hasGuardianConsent(r, today),
    restricted: v.restrictedAt !== null,
    phone: maskPhone(r.phone),
    regencyCode: r.regencyCode,
    hasBusiness: r.hasBusiness,
    businessId: r.businessId,
    businessName: v.linkedBusinessName ?? r.businessName,
    convertedAt: r.convertedAt,
    attendedDays,
    checkInFollowUpId: v.checkInFollowUpId,
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
