import { useEffect, useRef, useState } from 'react';
import type { Participant } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';

/**
 * The participant's full phone, asked for once per participant (main audits each reveal) and kept
 * only while the dialog using it is open. `null` while it is being read; `{ value: null }` when the
 * participant has none. A refusal is shown, then `onRefused` decides what the dialog does.
 */
export function useFullPhone(participant: Participant, onRefused: () => void): { value: string | null } | null {
  const [phone, setPhone] = useState<{ value: string | null } | null>(participant.phone ? null : { value: null });
  // Read once per participant: a new `onRefused` from a parent re-render must not ask (and audit) again.
  const refusedRef = useRef(onRefused);
  useEffect(() => {
    refusedRef.current = onRefused;
  });
  useEffect(() => {
    if (!participant.phone) return;
    let alive = true;
    call('participants:revealPhone', { id: participant.id })
      .then(({ phone: full }) => alive && setPhone({ value: full }))
      .catch((err: unknown) => {
        notifyError(toApiError(err));
        if (alive) refusedRef.current();
      });
    return () => {
      alive = false;
    };
  }, [participant.id, participant.phone]);
  return phone;
}

/** For dialogs that go on without the number when it cannot be read. */
export function useFullPhoneOrNone(participant: Participant): { value: string | null } | null {
  const [refused, setRefused] = useState(false);
  const phone = useFullPhone(participant, () => setRefused(true));
  return refused ? { value: null } : phone;
}
