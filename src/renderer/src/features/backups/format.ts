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

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** `348_160` -> `340 KB`, `5_452_595` -> `5,2 MB` (1024-based, id-ID decimals). */
export function formatSize(bytes: number, t: TFunction): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return t(`backups.bytes.${UNITS[unit]}`, { n: formatNumber(rounded) });
}

export const COUNT_KEYS = ['businesses', 'consultations', 'followUps', 'trainings', 'participants'] as const satisfies ReadonlyArray<
  keyof BackupCounts
>;

/** `12 UMKM, 30 konsultasi, 5 tindak lanjut, 2 pelatihan, 40 peserta`, one phrase per kind. */
export function countPhrases(counts: BackupCounts, t: TFunction): string[] {
  return COUNT_KEYS.map((key) => t(`backups.counts.${key}`, { count: counts[key], formatted: formatNumber(counts[key]) }));
}
