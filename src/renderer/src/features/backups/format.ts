import type { TFunction } from 'i18next';
import type { BackupCounts } from '../../../../shared/contract/backups';
import { formatNumber } from '../../lib/format';

export const COUNT_KEYS = ['businesses', 'consultations', 'followUps', 'trainings', 'participants'] as const satisfies ReadonlyArray<
  keyof BackupCounts
>;

/** `12 UMKM, 30 konsultasi, 5 tindak lanjut, 2 pelatihan, 40 peserta`, one phrase per kind. */
export function countPhrases(counts: BackupCounts, t: TFunction): string[] {
  return COUNT_KEYS.map((key) => t(`backups.counts.${key}`, { count: counts[key], formatted: formatNumber(counts[key]) }));
}
