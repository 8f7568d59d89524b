import type { ConsultationDetail, ConsultationDraftValues, ConsultationInput } from '../../../../../shared/contract';
import { consultationInput } from '../../../../../shared/contract';

export interface DraftDefaults {
  businessId?: string | null;
  consultantId?: string | null;
  date: string;
  startTime: string;
}

/** A new intake: the consultant on duty, today, now; everything else blank. */
export function emptyDraft(d: DraftDefaults): ConsultationDraftValues {
  return {
    businessId: d.businessId ?? null,
    consultantIds: d.consultantId ? [d.consultantId] : [],
    date: d.date,
    startTime: d.startTime,
    contactMinutes: '',
    prepMinutes: '',
    channel: 'datang_langsung',
    serviceAreas: [],
    complaint: '',
    diagnosis: '',
    advice: '',
    referrals: [],
    actionItems: [],
  };
}

/** Item ids are made here, so a follow-up keeps pointing at its item through amendments. */
export function newActionItem(): ConsultationDraftValues['actionItems'][number] {
  return { id: crypto.randomUUID(), what: '', who: 'business', dueDate: '' };
}

/** A finalised record's values back in the form's shape (nulls become blanks), for an amendment. */
export function fromValues(values: NonNullable<ConsultationDetail['values']>): ConsultationDraftValues {
  return {
    businessId: values.businessId,
    consultantIds: [...values.consultantIds],
    date: values.date,
    startTime: values.startTime,
    contactMinutes: values.contactMinutes,
    prepMinutes: values.prepMinutes,
    channel: values.channel,
    serviceAreas: [...values.serviceAreas],
    complaint: values.complaint,
    diagnosis: values.diagnosis ?? '',
    advice: values.advice,
    referrals: values.referrals.map((r) => ({ kind: r.kind, note: r.note ?? '' })),
    actionItems: values.actionItems.map((a) => ({ id: a.id, what: a.what, who: a.who, dueDate: a.dueDate ?? '' })),
  };
}

/** The form's values as the finalise/amend input; call only after the form validated them. */
export function toInput(values: ConsultationDraftValues): ConsultationInput {
  return consultationInput.parse(values);
}
