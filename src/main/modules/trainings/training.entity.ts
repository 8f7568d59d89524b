import { EntitySchema } from 'typeorm';
import { nullableText, recordColumns, type RecordColumns } from '../../db/columns';

/** A training (Pelatihan); `trainers` is a JSON array of names, kept as text. */
export interface TrainingRow extends RecordColumns {
  title: string;
  topic: string;
  topicText: string | null;
  startDate: string;
  endDate: string;
  regencyCode: string | null;
  districtCode: string | null;
  venue: string | null;
  trainers: string;
  organiser: string | null;
  fundingSource: string | null;
  fundingNote: string | null;
  capacity: number | null;
  notes: string | null;
}

/** One person of a training, with or without a business profile (a calon wirausaha has none). */
export interface ParticipantRow extends RecordColumns {
  trainingId: string;
  name: string;
  gender: string | null;
  birthDate: string | null;
  /** The age as told, when the birth date is not known. */
  age: number | null;
  phone: string | null;
  regencyCode: string | null;
  hasBusiness: boolean;
  businessId: string | null;
  /** The business's name as told (or the linked profile's name when it was linked). */
  businessName: string | null;
  convertedAt: string | null;
  notes: string | null;
  /** A minor's parent or guardian who consented, and when (UU PDP art. 25). */
  guardianName: string | null;
  guardianConsentDate: string | null;
}

/** A participant present on one day of their training. */
export interface AttendanceRow {
  participantId: string;
  day: string;
  createdAt: string;
  updatedBy: string | null;
}


export const TrainingEntity = new EntitySchema<TrainingRow>({
  name: 'Training',
  tableName: 'training',
  columns: {
    ...recordColumns,
    title: { type: 'varchar' },
    topic: { type: 'varchar' },
    topicText: nullableText('topic_text'),
    startDate: { type: 'varchar', name: 'start_date', length: 10 },
    endDate: { type: 'varchar', name: 'end_date', length: 10 },
    regencyCode: nullableText('regency_code'),
    districtCode: nullableText('district_code'),
    venue: nullableText('venue'),
    trainers: { type: 'text' },
    organiser: nullableText('organiser'),
    fundingSource: nullableText('funding_source'),
    fundingNote: nullableText('funding_note'),
    capacity: { type: 'integer', nullable: true },
    notes: { type: 'text', nullable: true },
  },
});

export const ParticipantEntity = new EntitySchema<ParticipantRow>({
  name: 'TrainingParticipant',
  tableName: 'training_participant',
  columns: {
    ...recordColumns,
    trainingId: { type: 'varchar', name: 'training_id', length: 36 },
    name: { type: 'varchar' },
    gender: nullableText('gender'),
    birthDate: { type: 'varchar', name: 'birth_date', length: 10, nullable: true },
    age: { type: 'integer', nullable: true },
    phone: nullableText('phone'),
    regencyCode: nullableText('regency_code'),
    hasBusiness: { type: 'boolean', name: 'has_business' },
    businessId: { type: 'varchar', name: 'business_id', length: 36, nullable: true },
    businessName: nullableText('business_name'),
    convertedAt: nullableText('converted_at'),
    notes: { type: 'text', nullable: true },
    guardianName: nullableText('guardian_name'),
    guardianConsentDate: { type: 'varchar', name: 'guardian_consent_date', length: 10, nullable: true },
  },
});

export const AttendanceEntity = new EntitySchema<AttendanceRow>({
  name: 'TrainingAttendance',
  tableName: 'training_attendance',
  columns: {
    participantId: { type: 'varchar', name: 'participant_id', length: 36, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    createdAt: { type: 'varchar', name: 'created_at' },
    updatedBy: { type: 'varchar', name: 'updated_by', length: 36, nullable: true },
  },
});
