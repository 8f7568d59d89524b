import type { Language } from '../contract/settings';
import { labelsEn } from './en';
import { labelsId } from './id';
import type { Labels } from './labels';

export type { Labels } from './labels';
export { labelsEn, labelsId };

/** The words for stored codes in one language. */
export function labelsFor(language: Language): Labels {
  return language === 'en' ? labelsEn : labelsId;
}
