import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { participantFields } from '../../../shared/contract/trainings';
import { nowIso, type CoreDeps } from '../../context';

export type ParticipantValues = z.output<typeof participantFields>;

/**
 * Inserts one participant of a training and answers its id. Nothing is audited here: callers
 * (one add, or a sheet import) record their own audit entry.
 */
export async function insertParticipant(
  m: EntityManager,
  deps: CoreDeps,
  trainingId: string,
  p: ParticipantValues,
  actorId: string,
): Promise<string> {
  const id = randomUUID();
  const now = nowIso(deps.clock);
  await m.query(
    `INSERT INTO training_participant
       (id, training_id, name, gender, birth_date, age, phone, regency_code, has_business, business_id, business_name,
        converted_at, notes, created_at, updated_at, deleted_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?)`,
    [
      id,
      trainingId,
      p.name,
      p.gender,
      p.birthDate,
      p.age,
      p.phone,
      p.regencyCode,
      p.hasBusiness ? 1 : 0,
      p.hasBusiness ? p.businessId : null,
      p.businessName,
      p.notes,
      now,
      now,
      actorId,
    ],
  );
  return id;
}
