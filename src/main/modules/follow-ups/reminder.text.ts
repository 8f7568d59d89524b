import type { Language } from '../../../shared/contract';

/** Desktop notifications are shown by the OS, outside the page: their words live here, per UI language. */
const TEXT = {
  id: {
    one: 'Tindak lanjut jatuh tempo',
    many: (n: number) => `${n} tindak lanjut jatuh tempo`,
    more: (n: number) => `…dan ${n} lainnya`,
  },
  en: {
    one: 'Follow-up due',
    many: (n: number) => `${n} follow-ups due`,
    more: (n: number) => `…and ${n} more`,
  },
} as const;

export function reminderText(language: Language) {
  return TEXT[language] ?? TEXT.id;
}
