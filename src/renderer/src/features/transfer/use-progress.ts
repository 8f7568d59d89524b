import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/events';
import { subscribe } from '../../lib/api';

export type TransferProgress = EventPayload<'transfer:progress'>;

/** The latest `transfer:progress` event of one job; null before its first one (or without a job). */
export function useTransferProgress(jobId: string | null): TransferProgress | null {
  const [latest, setLatest] = useState<TransferProgress | null>(null);
  useEffect(() => {
    if (!jobId) return;
    return subscribe('transfer:progress', (payload) => {
      if (payload.jobId === jobId) setLatest(payload);
    });
  }, [jobId]);
  // Derived rather than reset: a new job never shows the last job's numbers.
  return latest && latest.jobId === jobId ? latest : null;
}

/** A job id for `transfer:*` calls; the renderer picks it so it can listen and cancel. */
export function newJobId(): string {
  return crypto.randomUUID();
}
