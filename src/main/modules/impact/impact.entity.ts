import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { Milestone, MilestoneKind } from '../../../shared/contract';
import { nullableInt, nullableText, recordColumns, type RecordColumns } from '../../db/columns';

/** A milestone as stored: every kind's columns, those of other kinds null. */
export interface MilestoneRow extends RecordColumns {
  businessId: string;
  kind: MilestoneKind;
  date: string;
  consultationId: string | null;
  trainingId: string | null;
  evidence: string | null;
  note: string | null;
  jobKind: Milestone['jobKind'];
  men: number | null;
  women: number | null;
  salesBefore: number | null;
  salesAfter: number | null;
  capitalSource: Milestone['capitalSource'];
  amount: number | null;
  permitKind: Milestone['permitKind'];
  channel: Milestone['channel'];
  channelName: string | null;
}

const ref = (name: string): EntitySchemaColumnOptions => ({ type: 'varchar', name, length: 36, nullable: true });

export const MilestoneEntity = new EntitySchema<MilestoneRow>({
  name: 'ImpactMilestone',
  tableName: 'impact_milestone',
  columns: {
    ...recordColumns,
    businessId: { type: 'varchar', name: 'business_id', length: 36 },
    kind: { type: 'varchar' },
    date: { type: 'varchar', name: 'milestone_date', length: 10 },
    consultationId: ref('consultation_id'),
    trainingId: ref('training_id'),
    evidence: { type: 'text', nullable: true },
    note: { type: 'text', nullable: true },
    jobKind: nullableText('job_kind'),
    men: nullableInt('men'),
    women: nullableInt('women'),
    salesBefore: nullableInt('sales_before'),
    salesAfter: nullableInt('sales_after'),
    capitalSource: nullableText('capital_source'),
    amount: nullableInt('amount'),
    permitKind: nullableText('permit_kind'),
    channel: nullableText('channel'),
    channelName: nullableText('channel_name'),
  },
});
