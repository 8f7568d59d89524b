import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { recordColumns, type RecordColumns } from '../../db/columns';

/**
 * A follow-up: what a dated action item becomes, a consultant's own, or a training participant's
 * check-in. The follow-ups module alone writes the table; the reminder times (due_at, effective_at,
 * remind_at) are worked out there from the office's zone and lead time, and have no property here.
 */
export interface FollowUpRow extends RecordColumns {
  businessId: string | null;
  /** A training participant's check-in: the participant and the training it follows. */
  participantId: string | null;
  trainingId: string | null;
  consultationId: string | null;
  actionItemId: string | null;
  title: string;
  dueDate: string;
  dueTime: string | null;
  assignee: 'business' | 'consultant';
  consultantId: string | null;
  status: 'open' | 'done' | 'cancelled';
  outcome: string | null;
  cancelReason: string | null;
  completedAt: string | null;
}

const text = (name: string): EntitySchemaColumnOptions => ({ type: 'varchar', name, nullable: true });

export const FollowUpEntity = new EntitySchema<FollowUpRow>({
  name: 'FollowUp',
  tableName: 'follow_up',
  columns: {
    ...recordColumns,
    businessId: text('business_id'),
    participantId: text('participant_id'),
    trainingId: text('training_id'),
    consultationId: text('consultation_id'),
    actionItemId: text('action_item_id'),
    title: { type: 'varchar' },
    dueDate: { type: 'varchar', name: 'due_date' },
    dueTime: text('due_time'),
    assignee: { type: 'varchar' },
    consultantId: text('consultant_id'),
    status: { type: 'varchar' },
    outcome: { type: 'text', nullable: true },
    cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
    completedAt: text('completed_at'),
  },
});
