import { useState } from 'react';
import { toApiError, type ApiError } from './api';

/**
 * A screen's one call at a time: `run(work)` marks it busy, clears the last error, and keeps the
 * error a failed call threw for the screen to show.
 */
export function useRun(): { busy: boolean; error: ApiError | null; run: (work: () => Promise<void>) => Promise<void> } {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
