import type { EntityManager } from 'typeorm';
import { deleteRecordRow, writeRecordRow, type RecordWrite } from '../../db/record-rows';
import { ERASED_NAME, ERASED_PARTICIPANT_COLUMNS, eraseParticipantData } from './participant.queries';

/** Writes a training as a data package from another desk has it (the given columns of the package's row). */
export async function writeTransferredTraining(m: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'training', write, columns, r);
}

/** Writes a training's participant as a data package from another desk has it. */
export async function writeTransferredParticipant(m: EntityManager, write: RecordWrite, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'training_participant', write, columns, r);
}

/** Records a participant's day present that a data package from another desk brings (a day present never changes). */
export async function writeTransferredAttendance(m: EntityManager, columns: string[], r: Record<string, unknown>): Promise<void> {
  await writeRecordRow(m, 'training_attendance', 'insert', columns, r);
}

/** Removes a day present that another desk took back (`participantId|day`). */
export async function removeTransferredAttendance(m: EntityManager, participantId: string, day: string): Promise<void> {
  await deleteRecordRow(m, 'training_attendance', ['participant_id', 'day'], [participantId, day]);
}

/** What an erasure of a participant looks like in a package's row, and how it is done here (with that desk's time and person). */
export const participantErasure = {
  columns: ERASED_PARTICIPANT_COLUMNS,
  erased: (r: Record<string, unknown> | undefined): boolean => r?.['name'] === ERASED_NAME,
  apply: (m: EntityManager, id: string, arrived: Record<string, unknown>): Promise<void> =>
    eraseParticipantData(m, id, { name: ERASED_NAME, age: typeof arrived['age'] === 'number' ? arrived['age'] : null }, {
      now: String(arrived['updated_at']),
      actorId: (arrived['updated_by'] as string | null) ?? null,
    }),
};
