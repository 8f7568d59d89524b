import { useEffect } from 'react';
import { subscribe } from '../../lib/api';
import { invalidate } from '../../lib/query';

/** Keeps what a screen shows of the backups current when the core takes one on its own (daily, before an import). */
export function useBackupsLive(): void {
  useEffect(() => subscribe('backups:changed', () => invalidate('backups:status', 'backups:list')), []);
}
