import { z } from 'zod';
import { channel } from './define';
import { isoDateTime } from '../validation/fields';

/** Why a backup was taken. */
export const BACKUP_REASONS = ['daily', 'close', 'migration', 'import', 'restore', 'update', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Why a backup is kept: the rotation tiers it stands for (7 daily, 4 weekly, 12 monthly), and
 * `safety` for one taken before an import, a migration or a restore, kept for a week besides.
 */
export const BACKUP_TIERS = ['daily', 'weekly', 'monthly', 'safety'] as const;

export const backupCountsDto = z.object({
  businesses: z.number().int().nonnegative(),
  consultations: z.number().int().nonnegative(),
  followUps: z.number().int().nonnegative(),
  trainings: z.number().int().nonnegative(),
  participants: z.number().int().nonnegative(),
});
export type BackupCounts = z.infer<typeof backupCountsDto>;

export const backupItemDto = z.object({
  id: z.string(),
  createdAt: isoDateTime,
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.string(),
  counts: backupCountsDto,
  /** The tiers this backup is kept for; empty for one kept only until the next rotation. */
  tiers: z.array(z.enum(BACKUP_TIERS)),
  /** Whether an encrypted copy of it also sits in the second folder. */
  secondCopy: z.boolean(),
});
export type BackupItem = z.infer<typeof backupItemDto>;

export const BACKUP_WARNINGS = ['none', 'stale', 'noSecondCopy'] as const;

export const backupStatusDto = z.object({
  lastGoodAt: isoDateTime.nullable(),
  /** The second folder (another drive, a USB stick, a network share), or null when none is chosen. */
  secondFolder: z.string().nullable(),
  /** Whether copies for the second folder can be encrypted (the office's backup password is set). */
  passwordSet: z.boolean(),
  lastSecondCopyAt: isoDateTime.nullable(),
  /** `stale`: the last good backup is older than 7 days (or there is none); `noSecondCopy`: no second folder copy. */
  warnings: z.array(z.enum(BACKUP_WARNINGS)),
});
export type BackupStatus = z.infer<typeof backupStatusDto>;

export const backupSettingsInput = z
  .object({
    secondFolder: z.string().trim().min(1, 'v.required').max(1024, 'v.tooLong').nullable(),
    /** The office's backup password for copies that leave the PC; omitted keeps the current one. */
    password: z.string().min(8, 'v.passwordShort').max(256, 'v.tooLong').optional(),
  })
  .strict();
export type BackupSettingsInput = z.input<typeof backupSettingsInput>;

export const restoreResultDto = z.object({
  restored: backupItemDto,
  /** The backup of the database as it was just before the restore. */
  safety: backupItemDto,
});
export type RestoreResult = z.infer<typeof restoreResultDto>;

export const backupsContract = {
  'backups:list': channel({ input: z.void(), output: z.object({ items: z.array(backupItemDto) }) }),
  'backups:status': channel({ input: z.void(), output: backupStatusDto }),
  'backups:create': channel({ input: z.void(), output: backupItemDto }),
  'backups:restore': channel({ input: z.object({ id: z.string().min(1).max(200) }).strict(), output: restoreResultDto }),
  /** Restores from a backup file the consultant picks (from the second folder or a stick). */
  'backups:restoreFile': channel({ input: z.void(), output: restoreResultDto.nullable() }),
  'backups:updateSettings': channel({ input: backupSettingsInput, output: backupStatusDto }),
  /** Opens the folder picker for the second folder; null when cancelled. */
  'backups:chooseFolder': channel({ input: z.void(), output: z.string().nullable() }),
};
