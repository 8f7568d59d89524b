import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useRef, useState } from 'react';
import type { ConsultationDraftValues } from '../../../../../shared/contract';
import { type ApiError, call, toApiError } from '../../../lib/api';

export const AUTOSAVE_DELAY_MS = 600;
/** However steadily the consultant types, a change waits no longer than this to be saved. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'saving'; savedAt: string | null }
  | { status: 'saved'; savedAt: string }
  | { status: 'conflict'; error: ApiError; savedAt: string | null }
  | { status: 'failed'; error: ApiError; savedAt: string | null };

const savedAtOf = (s: AutosaveState): string | null => ('savedAt' in s ? s.savedAt : null);

/**
 * Saves the draft as the consultant types: 600 ms after the last change, and at most one second
 * after the first unsaved change however steadily the typing goes on (a debounce with a maximum
 * wait, so a form typed without pauses is not left unsaved until the typing stops). One save is in
 * flight at a time. Changes made while a save is in flight wait for it and go in one save right
 * after (coalesced), so a save never overtakes a newer one and the database is at most about a
 * second behind, plus the time of one save.
 */
/** `storedAt`: when an opened draft was last saved, so its status says so from the start. */
export function useAutosave(id: string, storedAt: string | null = null) {
  const [state, setState] = useState<AutosaveState>(storedAt ? { status: 'saved', savedAt: storedAt } : { status: 'idle' });
  const pending = useRef<ConsultationDraftValues | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const lastFailed = useRef(false);

  const flush = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    const run = (async () => {
      // What changed during a save goes next, in one call.
      while (pending.current && !stopped.current) {
        const values = pending.current;
        pending.current = null;
        setState((s) => ({ status: 'saving', savedAt: savedAtOf(s) }));
        try {
          const saved = await call('consultations:saveDraft', { id, values });
          lastFailed.current = false;
          setState({ status: 'saved', savedAt: saved.updatedAt });
        } catch (err) {
          const error = toApiError(err);
          lastFailed.current = true;
          setState((s) => ({ status: error.code === 'CONFLICT' ? 'conflict' : 'failed', error, savedAt: savedAtOf(s) }));
        }
      }
    })().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    return run;
  }, [id]);

  // Leaving the page saves what is pending rather than dropping it. `maxWait` counts from the first
  // call after the last run, that is from the first change not yet handed to `flush`.
  const later = useDebouncedCallback(() => void flush(), {
    delay: AUTOSAVE_DELAY_MS,
    maxWait: AUTOSAVE_MAX_WAIT_MS,
    flushOnUnmount: true,
  });

  const schedule = useCallback(
    (values: ConsultationDraftValues) => {
      if (stopped.current) return;
      pending.current = values;
      // "Tersimpan" only once everything typed is stored: a change waiting to be saved reads as saving.
      setState((s) => (s.status === 'saving' ? s : { status: 'saving', savedAt: savedAtOf(s) }));
      later();
    },
    [later],
  );

  /**
   * Saves what is pending now and waits until nothing is in flight (before finalising, on Ctrl+S).
   * True when the last save went through.
   */
  const settle = useCallback(async (): Promise<boolean> => {
    later.cancel();
    while (pending.current || inFlight.current) await flush();
    return !lastFailed.current;
  }, [flush, later]);

  /** No more saves: the draft was finalised or discarded. */
  const stop = useCallback(() => {
    stopped.current = true;
    pending.current = null;
    later.cancel();
  }, [later]);

  return { state, schedule, settle, stop };
}
