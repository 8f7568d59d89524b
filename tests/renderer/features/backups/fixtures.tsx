import type { BackupItem, BackupStatus, RestoreResult } from '../../../../src/shared/contract/backups';
import { BackupHomeNotice, BackupsTab } from '../../../../src/renderer/src/features/backups';
import type { ErrorCode, FieldIssue } from '../../../../src/shared/errors';
import type { FakeHandlers } from '../../helpers';
import { calls, installApi, ok, renderAt } from '../follow-ups/fixtures';

export { calls, ok };

export const fail = (code: ErrorCode, message: string, fields?: Record<string, FieldIssue>) => ({
  ok: false as const,
  error: { code, message, ...(fields ? { fields } : {}) },
});

/** A backup as the core lists it; 06/12/2026 14.05 WITA unless told otherwise. */
export function backup(overrides: Partial<BackupItem> = {}): BackupItem {
  return {
    id: 'backup-2026-12-06-0605',
    createdAt: '2026-12-06T06:05:00.000Z',
    reason: 'daily',
    sizeBytes: 348_160,
    schemaVersion: '1764921600000',
    counts: { businesses: 1250, consultations: 30, followUps: 5, trainings: 1, participants: 40 },
    tiers: ['daily', 'weekly'],
    secondCopy: true,
    ...overrides,
  };
}

export const OLDER = backup({
  id: 'backup-2026-11-30-0100',
  createdAt: '2026-11-30T01:00:00.000Z',
  reason: 'manual',
  sizeBytes: 5_452_595,
  counts: { businesses: 12, consultations: 1, followUps: 0, trainings: 2, participants: 0 },
  tiers: [],
  secondCopy: false,
});

export const SAFETY = backup({ id: 'backup-safety', createdAt: '2026-12-06T07:30:00.000Z', reason: 'restore', tiers: [] });

export function status(overrides: Partial<BackupStatus> = {}): BackupStatus {
  return {
    lastGoodAt: '2026-12-06T06:05:00.000Z',
    secondFolder: '/media/siti/CADANGAN',
    passwordSet: true,
    lastSecondCopyAt: '2026-12-06T06:05:00.000Z',
    warnings: [],
    ...overrides,
  };
}

export function restoreResult(restored: BackupItem = OLDER): RestoreResult {
  return { restored, safety: SAFETY };
}

export function backupHandlers(): FakeHandlers {
  return {
    'backups:list': () => ok({ items: [OLDER, backup()] }),
    'backups:status': () => ok(status()),
    'backups:create': () => ok(backup({ id: 'backup-new', createdAt: '2026-12-06T08:00:00.000Z', reason: 'manual' })),
    'backups:restore': (input) => {
      const id = (input as { id: string }).id;
      return ok(restoreResult(id === OLDER.id ? OLDER : backup()));
    },
    'backups:restoreFile': () => ok(restoreResult()),
    'backups:updateSettings': (input) => {
      const { secondFolder, password } = input as { secondFolder: string | null; password?: string };
      return ok(status({ secondFolder, passwordSet: password !== undefined || status().passwordSet }));
    },
    'backups:chooseFolder': () => ok('/media/siti/FLASHDISK/Cadangan'),
  };
}

export function setupTab(handlers: FakeHandlers = {}) {
  const api = installApi({ ...backupHandlers(), ...handlers });
  const view = renderAt(<BackupsTab />);
  return { ...api, view };
}

export function setupHome(handlers: FakeHandlers = {}) {
  const api = installApi({ ...backupHandlers(), ...handlers });
  const view = renderAt(<BackupHomeNotice />);
  return { ...api, view };
}
