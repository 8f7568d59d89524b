import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { checkConsultationRules, consultationInput, type ConsultationDraftValues } from '../../../../../shared/contract';
import { parseIsoDate } from '../../../../../shared/domain/dates';
import { schemaValidator, translateIssue } from '../../../lib/form-errors';

const bySchema = schemaValidator(consultationInput);

/**
 * The contract's own check of the intake. Zod runs the cross-field rules (a due date before the
 * consultation) only once every field is valid; the form runs the same rules on what is typed
 * too, so that mistake shows at the first "Finalisasi" along with the others.
 */
export function validateConsultation(values: ConsultationDraftValues): FormErrors {
  const errors = bySchema(values);
  if (!parseIsoDate(values.date)) return errors;
  const items = values.actionItems.map((item) => ({ ...item, dueDate: parseIsoDate(item.dueDate) ? item.dueDate : null }));
  const ctx = {
    addIssue: (issue: { message?: string; path?: PropertyKey[] }) => {
      const path = (issue.path ?? []).map(String).join('.');
      if (issue.message && path && !errors[path]) errors[path] = translateIssue({ key: issue.message });
    },
  } as unknown as z.RefinementCtx;
  // Only the shape the rules read; the schema has already said what else is wrong.
  checkConsultationRules({ ...values, actionItems: items } as unknown as Parameters<typeof checkConsultationRules>[0], ctx);
  return errors;
}
