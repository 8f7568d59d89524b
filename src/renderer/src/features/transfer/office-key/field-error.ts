import type { Language } from '../../../../../shared/contract';
import { isMessageKey, messageText } from '../../../../../shared/messages';
import type { ApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';

/**
 * The sentence for one field of a refused call, in the UI language: a core sentence by its key
 * (`transfer.officeKey.invalid`), else a validation issue of the contract (`v.required`).
 */
export function fieldMessage(error: ApiError | null, field: string, language: string): string | null {
  const issue = error?.fields?.[field];
  if (!issue) return null;
  const lang: Language = language === 'en' ? 'en' : 'id';
  return isMessageKey(issue.key) ? messageText(lang, issue.key, issue.params) : translateIssue(issue);
}
