import type { consultationsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { ConsultationService } from './consultation.service';

export function consultationHandlers(consultations: ConsultationService): Pick<Handlers, keyof typeof consultationsContract> {
  return {
    'consultations:saveDraft': ({ id, values }) => consultations.saveDraft(id, values),
    'consultations:drafts': ({ businessId }) => consultations.drafts(businessId),
    'consultations:discardDraft': async ({ id }) => {
      await consultations.discardDraft(id);
      return { ok: true as const };
    },
    'consultations:finalize': ({ id, values }) => consultations.finalize(id, values),
    'consultations:amend': (input) => consultations.amend(input),
    'consultations:get': ({ id }) => consultations.get(id),
    'consultations:list': (q) => consultations.list(q),
    'consultations:hours': (q) => consultations.hours(q),
  };
}
