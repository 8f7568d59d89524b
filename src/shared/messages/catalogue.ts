import { formatWhole, localeOf } from '../domain/numbers';

/** The values a sentence names: `{{name}}` in its text. Numbers are written in the sentence's language. */
export type MessageParams = Record<string, string | number>;

/** One area's sentences: Bahasa Indonesia, and English with exactly the same keys. */
export interface Sentences<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/** Declares an area's sentences; the English must name every key the Indonesian has, and no other. */
export function sentences<const K extends string>(id: Record<K, string>, en: Record<NoInfer<K>, string>): Sentences<K> {
  return { id, en };
}

/** Fills `{{name}}` with its value; a number in the language's own digits (`1.234` / `1,234`). */
export function fill(template: string, params: MessageParams | undefined, language: string): string {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' && Number.isInteger(value) ? formatWhole(value, localeOf(language)) : String(value);
  });
}
