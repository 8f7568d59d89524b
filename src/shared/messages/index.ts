import type { Language } from '../contract/settings';
import { fill, type MessageParams } from './catalogue';
import { backupMessages } from './backups';
import { businessMessages } from './businesses';
import { commonMessages } from './common';
import { consultationMessages } from './consultations';
import { consultantMessages } from './consultants';
import { followUpMessages } from './follow-ups';
import { impactMessages } from './impact';
import { printingMessages } from './printing';
import { reportMessages } from './reports';
import { sessionMessages } from './session';
import { trainingMessages } from './trainings';
import { transferMessages } from './transfer';
import { updateMessages } from './updates';
import { privacyMessages } from './privacy';
import { privacyDutiesMessages } from './privacy-duties';

export type { MessageParams } from './catalogue';

/**
 * Every sentence the core can answer with, in both languages: errors carry a key and its values,
 * and each side writes the sentence in its own language from here. One file per area beside this
 * one; add an area's `sentences(...)` to AREAS.
 */
const AREAS = [commonMessages, businessMessages, consultantMessages, sessionMessages, backupMessages, consultationMessages, followUpMessages, trainingMessages, impactMessages, printingMessages, reportMessages, transferMessages, updateMessages, privacyMessages, privacyDutiesMessages] as const;

type Area = (typeof AREAS)[number];
/** Every area's keys (distributed over the areas: the keys they share would be none). */
type KeysOf<A> = A extends { id: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Area>;

const catalogues: Record<Language, Record<string, string>> = {
  id: Object.assign({}, ...AREAS.map((a) => a.id)) as Record<string, string>,
  en: Object.assign({}, ...AREAS.map((a) => a.en)) as Record<string, string>,
};

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(catalogues.id, value);
}

/** The sentence for a key in a language, its values filled in. */
export function messageText(language: Language, key: MessageKey, params?: MessageParams): string {
  return fill(catalogues[language][key] ?? catalogues.id[key] ?? key, params, language);
}
