import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { recordColumns, type RecordColumns } from '../../db/columns';

/**
 * A consultation: a draft (the form as typed, in `draftValues`) until finalised, then numbered,
 * locked and corrected only by amendments. List columns are filled on finalise.
 */
export interface ConsultationRow extends RecordColumns {
  businessId: string | null;
  status: 'draft' | 'final';
  number: string | null;
  deskCode: string | null;
  period: string | null;
  seq: number | null;
  version: number;
  consultationDate: string | null;
  startTime: string | null;
  contactMinutes: number | null;
  prepMinutes: number | null;
  channel: string | null;
  /** JSON arrays, kept as text. */
  serviceAreas: string;
  complaint: string | null;
  diagnosis: string | null;
  advice: string | null;
  referrals: string;
  actionItems: string;
  draftValues: string | null;
  finalizedAt: string | null;
  finalizedBy: string | null;
}

export interface ConsultationRevisionRow {
  id: string;
  consultationId: string;
  version: number;
  reason: string | null;
  snapshot: string;
  createdAt: string;
  createdBy: string | null;
}

const text = (name: string): EntitySchemaColumnOptions => ({ type: 'varchar', name, nullable: true });
const int = (name: string): EntitySchemaColumnOptions => ({ type: 'integer', name, nullable: true });

export const ConsultationEntity = new EntitySchema<ConsultationRow>({
  name: 'Consultation',
  tableName: 'consultation',
  columns: {
    ...recordColumns,
    businessId: text('business_id'),
    status: { type: 'varchar' },
    number: text('number'),
    deskCode: text('desk_code'),
    period: text('period'),
    seq: int('seq'),
    version: { type: 'integer' },
    consultationDate: text('consultation_date'),
    startTime: text('start_time'),
    contactMinutes: int('contact_minutes'),
    prepMinutes: int('prep_minutes'),
    channel: text('channel'),
    serviceAreas: { type: 'text', name: 'service_areas' },
    complaint: { type: 'text', nullable: true },
    diagnosis: { type: 'text', nullable: true },
    advice: { type: 'text', nullable: true },
    referrals: { type: 'text' },
    actionItems: { type: 'text', name: 'action_items' },
    draftValues: { type: 'text', name: 'draft_values', nullable: true },
    finalizedAt: text('finalized_at'),
    finalizedBy: text('finalized_by'),
  },
});

export const ConsultationRevisionEntity = new EntitySchema<ConsultationRevisionRow>({
  name: 'ConsultationRevision',
  tableName: 'consultation_revision',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    consultationId: { type: 'varchar', name: 'consultation_id' },
    version: { type: 'integer' },
    reason: { type: 'text', nullable: true },
    snapshot: { type: 'text' },
    createdAt: { type: 'varchar', name: 'created_at' },
    createdBy: text('created_by'),
  },
});
