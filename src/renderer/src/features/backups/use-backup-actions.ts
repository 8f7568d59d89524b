import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../../shared/contract/backups';
import { type ApiError, call, toApiError } from '../../lib/api';
import { notifySuccess } from '../../lib/notify';
import { useSession } from '../session';
import { useSettings } from '../../app/settings';
import { useBackupDate } from './use-backup-date';

/** What the section says after the last action: the restore done, or why it was refused. */
export type Outcome = { kind: 'restored'; result: RestoreResult } | { kind: 'failed'; error: ApiError; title: string } | null;

/**
 * Backing up and restoring. A restore replaces every table: the core says so (`data:changed`) and
 * every cached answer loads again; the settings and the session (which may name a consultant no
 * longer there) too.
 */
export function useBackupActions() {
  const { t } = useTranslation();
  const dateOf = useBackupDate();
  const settings = useSettings();
  const session = useSession();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [creating, setCreating] = useState(false);

  const afterRestore = async (result: RestoreResult) => {
    setOutcome({ kind: 'restored', result });
    notifySuccess(t('backups.restored.toast', { date: dateOf(result.restored.createdAt) }));
    settings.reload();
    session.reload();
  };

  /** Restores one kept backup; a refusal is kept for the section to show. */
  const restore = async (id: string) => {
    setOutcome(null);
    try {
      await afterRestore(await call('backups:restore', { id }));
    } catch (err) {
      setOutcome({ kind: 'failed', error: toApiError(err), title: t('backups.failed') });
    }
  };

  /** Restores from a file the consultant picks; a cancelled picker changes nothing. */
  const restoreFile = async () => {
    setOutcome(null);
    try {
      const result = await call('backups:restoreFile');
      if (result) await afterRestore(result);
    } catch (err) {
      setOutcome({ kind: 'failed', error: toApiError(err), title: t('backups.failed') });
    }
  };

  const create = async () => {
    setOutcome(null);
    setCreating(true);
    try {
      const item = await call('backups:create');
      notifySuccess(t('backups.created', { date: dateOf(item.createdAt) }));
    } catch (err) {
      setOutcome({ kind: 'failed', error: toApiError(err), title: t('backups.createFailed') });
    } finally {
      setCreating(false);
    }
  };

  return { outcome, dismiss: () => setOutcome(null), restore, restoreFile, create, creating };
}
