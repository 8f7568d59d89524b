import { useEffect } from 'react';
import { subscribe } from '../../lib/api';
import { type QueryState, useApiQuery } from '../../lib/query';
import type { Output } from '../../../../shared/contract';

type BackupChannel = 'backups:status' | 'backups:list';

/**
 * What the backups are, kept current. Backups are files, not tables, so no `data:changed` speaks
 * of them: the core announces each one taken (daily, before an import) or restored itself.
 */
export function useBackupsQuery<C extends BackupChannel>(channel: C): QueryState<Output<C>> {
  const query = useApiQuery(channel);
  const { refetch } = query;
  useEffect(() => subscribe('backups:changed', refetch), [refetch]);
  return query;
}
