import type { Language } from '../../../../shared/contract';
import type { FieldIssue } from '../../../../shared/errors';
import { isMessageKey, messageText } from '../../../../shared/messages';
import type { ApiError } from '../../lib/api';
import { translateIssue } from '../../lib/form-errors';

/**
 * A field issue in the UI language: a core sentence by its key (`transfer.officeKey.invalid`,
 * `transfer.since.unknownDesk`), else a validation issue of the contract (`v.required`).
 */
export function issueText(issue: FieldIssue, language: string): string {
  const lang: Language = language === 'en' ? 'en' : 'id';
  return isMessageKey(issue.key) ? messageText(lang, issue.key, issue.params) : translateIssue(issue);
}

/** The sentence for one field of a refused call, or null when that field has no issue. */
export function fieldMessage(error: ApiError | null, field: string, language: string): string | null {
  const issue = error?.fields?.[field];
  return issue ? issueText(issue, language) : null;
}

/** Every field issue of a refused call in words, leaving out one that only repeats `message`. */
export function issueLines(error: ApiError, message: string, language: string): string[] {
  return Object.values(error.fields ?? {})
    .map((issue) => issueText(issue, language))
    .filter((line, i, all) => line !== message && all.indexOf(line) === i);
}
