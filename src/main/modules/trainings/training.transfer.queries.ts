import type { EntityManager } from 'typeorm';
import { deleteRecordRow, writeRecordRow, type RecordWrite } from '../../db/record-rows';

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
