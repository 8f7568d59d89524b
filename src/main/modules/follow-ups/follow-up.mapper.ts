import type { FollowUpItem } from '../../../shared/contract';
import type { RegionService } from '../regions';
import type { FollowUpSqlRow } from './follow-up.queries';

export async function toFollowUpItem(r: FollowUpSqlRow, regions: RegionService): Promise<FollowUpItem> {
  return {
    id: r.id,
    businessId: r.business_id,
    businessName: r.business_name,
    participantId: r.participant_id,
    participantName: r.participant_name,
    trainingId: r.training_id,
    trainingTitle: r.training_title,
    regencyName: await regions.name(r.regency_code),
    consultationId: r.consultation_id,
    consultationNumber: r.consultation_number,
    actionItemId: r.action_item_id,
    title: r.title,
    dueDate: r.due_date,
    dueTime: r.due_time,
    dueAt: r.due_at,
    snoozedUntil: r.snoozed_until,
    effectiveAt: r.effective_at,
    assignee: r.assignee,
    consultantId: r.consultant_id,
    consultantName: r.consultant_name,
    status: r.status,
    outcome: r.outcome,
    cancelReason: r.cancel_reason,
    completedAt: r.completed_at,
    notifiedAt: r.notified_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
