import { useEffect, useState } from 'react';
import { call } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';
import { toApiError } from '../../../lib/api';

/** How long a revealed NIK stays on screen before it is masked again. */
export const REVEAL_SECONDS = 30;

export interface NikReveal {
  nik: string | null;
  /** Null while nothing is revealed. */
  secondsLeft: number | null;
  revealing: boolean;
  reveal: () => void;
  hide: () => void;
}

/** Shows the full NIK for 30 s on request; main records every reveal in the audit log. */
export function useNikReveal(id: string): NikReveal {
  const [revealed, setRevealed] = useState<{ nik: string | null; until: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [revealing, setRevealing] = useState(false);

  useEffect(() => {
    if (!revealed) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= revealed.until) setRevealed(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [revealed]);

  const reveal = () => {
    setRevealing(true);
    call('businesses:revealNik', { id })
      .then(({ nik }) => {
        const start = Date.now();
        setNow(start);
        setRevealed({ nik, until: start + REVEAL_SECONDS * 1000 });
      })
      .catch((err: unknown) => notifyError(toApiError(err)))
      .finally(() => setRevealing(false));
  };

  return {
    nik: revealed?.nik ?? null,
    secondsLeft: revealed ? Math.max(0, Math.ceil((revealed.until - now) / 1000)) : null,
    revealing,
    reveal,
    hide: () => setRevealed(null),
  };
}
