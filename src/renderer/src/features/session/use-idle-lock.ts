import { useEffect } from 'react';
import type { Session } from '../../../../shared/contract';
import { call } from '../../lib/api';

/** What counts as someone at the desk: a key, a click, a touch, the wheel, the mouse moving. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the idle time is looked at; the lock comes at most this late. */
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the desk after `minutes` without input. Measured here, from the consultant's own input:
 * the core sees calls, and screens make calls by themselves (a list refreshing after a change),
 * which are not someone at the desk. Time comes from `Date.now` and timers, which a test drives
 * with Playwright's clock.
 */
export function useIdleLock(minutes: number | undefined, enabled: boolean, onLocked: (session: Session) => void): void {
  useEffect(() => {
    if (!enabled || !minutes || minutes <= 0) return;
    let last = Date.now();
    let locking = false;
    const seen = () => {
      last = Date.now();
    };
    for (const name of ACTIVITY) window.addEventListener(name, seen, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (locking || Date.now() - last < minutes * 60_000) return;
      locking = true;
      // The answer arrives as `session:changed` too; the lock screen follows the session.
      void call('session:lock')
        .then(onLocked, () => undefined)
        .finally(() => {
          locking = false;
          last = Date.now();
        });
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, seen, { capture: true });
    };
  }, [minutes, enabled, onLocked]);
}
