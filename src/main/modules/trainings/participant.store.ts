import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { participantFields } from '../../../shared/contract/trainings';
import { insertParticipantRow, type ParticipantValuesRow, type Stamp } from './participant.queries';

export type ParticipantValues = z.output<typeof participantFields>;

/** The form's values as the participant row stores them: a business id only with a business. */
export function participantRow(p: ParticipantValues): ParticipantValuesRow {
  return {
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    age: p.age,
    phone: p.phone,
    regencyCode: p.regencyCode,
    hasBusiness: p.hasBusiness,
    businessId: p.hasBusiness ? p.businessId : null,
    businessName: p.businessName,
    notes: p.notes,
    guardianName: p.guardianName,
    guardianConsentDate: p.guardianConsentDate,
  };
}

/**
 * Inserts one participant of a training and answers its id. Nothing is audited here: callers
 * (one add, or a sheet import) record their own audit entry.
 */
export async function insertParticipant(m: EntityManager, trainingId: string, p: ParticipantValues, stamp: Stamp): Promise<string> {
  const id = randomUUID();
  await insertParticipantRow(m, { ...participantRow(p), id, trainingId }, stamp);
  return id;
}
