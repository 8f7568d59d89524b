import type { EntityManager } from 'typeorm';
import type { TransferTable } from '../../../shared/contract';
import type { RecordWrite } from '../../db/record-rows';
import { ownerErasure, removeTransferredNotDuplicate, writeTransferredBusiness, writeTransferredNotDuplicate } from '../businesses';
import { writeTransferredConsultant } from '../consultants';
import { writeTransferredConsultation, writeTransferredRevision } from '../consultations';
import { writeTransferredFollowUp } from '../follow-ups';
import { writeTransferredMilestone } from '../impact';
import { participantErasure, removeTransferredAttendance, writeTransferredAttendance, writeTransferredParticipant, writeTransferredTraining } from '../trainings';
import type { PackageLine } from './package';
import type { Row } from './transfer.queries';

/** Each table's records are written by the module that owns it. */
export const WRITERS: Record<TransferTable, (m: EntityManager, write: RecordWrite, columns: string[], line: PackageLine) => Promise<void>> = {
  consultant: (m, write, columns, line) => writeTransferredConsultant(m, write, columns, line.r),
  business: (m, write, columns, line) => writeTransferredBusiness(m, write, columns, line.r),
  business_not_duplicate: (m, _write, columns, line) => writeTransferredNotDuplicate(m, columns, line.r),
  training: (m, write, columns, line) => writeTransferredTraining(m, write, columns, line.r),
  training_participant: (m, write, columns, line) => writeTransferredParticipant(m, write, columns, line.r),
  training_attendance: (m, _write, columns, line) => writeTransferredAttendance(m, columns, line.r),
  consultation: (m, write, columns, line) => writeTransferredConsultation(m, write, columns, line.r, line.cc ?? []),
  consultation_revision: (m, write, columns, line) => writeTransferredRevision(m, write, columns, line.r),
  impact_milestone: (m, write, columns, line) => writeTransferredMilestone(m, write, columns, line.r),
  follow_up: (m, write, columns, line) => writeTransferredFollowUp(m, write, columns, line.r),
};

/** Tables whose records a tombstone removes (the others are never removed, only marked deleted). */
export const REMOVERS: Partial<Record<TransferTable, (m: EntityManager, key: Row) => Promise<void>>> = {
  business_not_duplicate: (m, r) => removeTransferredNotDuplicate(m, String(r['a_id']), String(r['b_id'])),
  training_attendance: (m, r) => removeTransferredAttendance(m, String(r['participant_id']), String(r['day'])),
};

/** Who saved a record last and when: of two equal contents, the later save is kept at every desk. */
export const stampOf = (r: Row): string => `${String(r['updated_at'] ?? '')}|${String(r['updated_by'] ?? '')}`;


/**
 * The records whose personal data can be erased, each as its owner knows it: which columns an
 * erasure empties, whether a row is erased, and how to erase it here as the other desk did.
 */
export const ERASURES: Partial<Record<TransferTable, { columns: readonly string[]; erased(r: Row | undefined): boolean; apply(m: EntityManager, id: string, arrived: Row): Promise<void> }>> = {
  business: ownerErasure,
  training_participant: participantErasure,
};
