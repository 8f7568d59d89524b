import type { FollowUpItem, Language } from '../../../shared/contract';
import { isOverdue } from '../../../shared/domain/follow-up-due';
import { zonedParts } from '../../../shared/domain/zoned';

/** Desktop notifications are shown by the OS, outside the page: their words live here, per UI language. */
const TEXT = {
  id: {
    one: 'Tindak lanjut jatuh tempo',
    many: (n: number) => `${n} tindak lanjut jatuh tempo`,
    oneToday: 'Tindak lanjut jatuh tempo hari ini',
    manyToday: (n: number) => `${n} tindak lanjut jatuh tempo hari ini`,
    more: (n: number) => `…dan ${n} lainnya`,
    participant: (name: string, training: string | null) => (training ? `${name} (peserta pelatihan ${training})` : `${name} (peserta pelatihan)`),
  },
  en: {
    one: 'Follow-up due',
    many: (n: number) => `${n} follow-ups due`,
    oneToday: 'Follow-up due today',
    manyToday: (n: number) => `${n} follow-ups due today`,
    more: (n: number) => `…and ${n} more`,
    participant: (name: string, training: string | null) => (training ? `${name} (trainee, ${training})` : `${name} (trainee)`),
  },
} as const;

export function reminderText(language: Language) {
  return TEXT[language] ?? TEXT.id;
}

/**
 * Whether every follow-up given is still on time and due on today's office date (one for today,
 * made after its morning reminder time, is reminded of at once): its words then say "today".
 */
export function allDueToday(items: Array<Pick<FollowUpItem, 'effectiveAt'>>, now: Date, timeZone: string): boolean {
  const today = zonedParts(now, timeZone).date;
  return items.length > 0 && items.every((d) => !isOverdue(d.effectiveAt, now) && zonedParts(new Date(d.effectiveAt), timeZone).date === today);
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
