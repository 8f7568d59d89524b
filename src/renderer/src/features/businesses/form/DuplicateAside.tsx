import { useEffect } from 'react';
import type { DuplicateCandidate } from '../../../../../shared/contract';
import { DuplicatePanel } from './DuplicatePanel';
import type { BusinessForm } from './types';
import { probeOf, useDuplicateCheck } from './use-duplicate-check';

interface DuplicateAsideProps {
  form: BusinessForm;
  /** Candidates the consultant marked "Bukan duplikat". */
  dismissed: string[];
  blocked: boolean;
  /** Raised after main refused a save as DUPLICATE: check again at once. */
  recheck: number;
  onDismiss: (candidate: DuplicateCandidate, remaining: number) => void;
  onUndo: () => void;
  onOpen: (candidate: DuplicateCandidate) => void;
}

/**
 * The duplicate check beside the new-profile form. It owns the candidates, so an answer arriving
 * re-renders this panel only, never the form the consultant is typing in.
 */
export function DuplicateAside({ form, dismissed, blocked, recheck, onDismiss, onUndo, onOpen }: DuplicateAsideProps) {
  const { candidates, checking, checkNow } = useDuplicateCheck(form, true);
  const visible = candidates.filter((c) => !dismissed.includes(c.id));

  useEffect(() => {
    if (recheck > 0) checkNow(probeOf(form.getValues())).catch(() => undefined);
  }, [recheck, checkNow, form]);

  return (
    <DuplicatePanel
      candidates={visible}
      checking={checking}
      blocked={blocked}
      dismissedCount={dismissed.length}
      onOpen={onOpen}
      onDismiss={(c) => onDismiss(c, visible.length - 1)}
      onUndo={onUndo}
    />
  );
}
