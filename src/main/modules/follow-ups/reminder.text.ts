import type { FollowUpItem, Language } from '../../../shared/contract';

/** Desktop notifications are shown by the OS, outside the page: their words live here, per UI language. */
const TEXT = {
  id: {
    one: 'Tindak lanjut jatuh tempo',
    many: (n: number) => `${n} tindak lanjut jatuh tempo`,
    more: (n: number) => `…dan ${n} lainnya`,
    participant: (name: string, training: string | null) => (training ? `${name} (peserta pelatihan ${training})` : `${name} (peserta pelatihan)`),
  },
  en: {
    one: 'Follow-up due',
    many: (n: number) => `${n} follow-ups due`,
    more: (n: number) => `…and ${n} more`,
    participant: (name: string, training: string | null) => (training ? `${name} (trainee, ${training})` : `${name} (trainee)`),
  },
} as const;

export function reminderText(language: Language) {
  return TEXT[language] ?? TEXT.id;
}

/** Whom a reminder is about: the business, else the training participant a check-in belongs to. */
export function reminderSubject(
  f: Pick<FollowUpItem, 'businessName' | 'participantName' | 'trainingTitle'>,
  text: ReturnType<typeof reminderText>,
): string | null {
  if (f.businessName) return f.businessName;
  if (f.participantName) return text.participant(f.participantName, f.trainingTitle);
  return null;
}
