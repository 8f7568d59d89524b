import type { TFunction } from 'i18next';
import type { BackupCounts } from '../../../../shared/contract/backups';
import { intlLocale } from '../../app/i18n';
import { formatNumber } from '../../lib/format';

/** `06/12/2026 14.05` in Indonesian, `06/12/2026 14:05` in English, in the office's time zone. */
export function formatBackupDate(value: string, timeZone: string, language: string): string {
  const locale = intlLocale(language);
  const date = new Date(value);
  const day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(date);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  return `${day} ${time}`;
}

export const COUNT_KEYS = ['businesses', 'consultations', 'followUps', 'trainings', 'participants'] as const satisfies ReadonlyArray<
  keyof BackupCounts
>;

/** `12 UMKM, 30 konsultasi, 5 tindak lanjut, 2 pelatihan, 40 peserta`, one phrase per kind. */
export function countPhrases(counts: BackupCounts, t: TFunction): string[] {
  return COUNT_KEYS.map((key) => t(`backups.counts.${key}`, { count: counts[key], formatted: formatNumber(counts[key]) }));
}
