import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DialogCloseContext } from './GuardedModal';
import { UnsavedChangesModal } from './UnsavedChangesModal';
import { UnsavedGuardContext, type DirtyCheck } from './UnsavedGuardProvider';

export interface UnsavedGuard {
  /** Runs `action` (Batal, closing a dialog) at once when nothing is unsaved; otherwise asks first. */
  confirmDiscard(action: () => void): void;
  /**
   * Lets the navigation that follows right now through unasked: after a save, or after the
   * consultant chose to throw the changes away.
   */
  allowLeave(): void;
  /** The question, to render once beside the form. */
  dialog: ReactNode;
}

/**
 * Every form's guard against losing typed work: `isDirty` is asked when the consultant leaves the
 * page, closes or reloads the window, or presses Batal (through `confirmDiscard`). Read at that
 * moment, so an uncontrolled form's `isDirty()` needs no re-render. In a GuardedModal, `close`
 * is what the dialog's ×, Escape and outside click do once the consultant agrees.
 */
export function useUnsavedGuard(isDirty: DirtyCheck, options: { close?: () => void } = {}): UnsavedGuard {
  const registry = useContext(UnsavedGuardContext);
  const registerDialogClose = useContext(DialogCloseContext);
  const latest = useRef(isDirty);
  const close = useRef(options.close);
  // The newest check and close, for the moments they are asked for (leaving, closing).
  useLayoutEffect(() => {
    latest.current = isDirty;
    close.current = options.close;
  });
  const released = useRef(false);
  const [asking, setAsking] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!registry) return undefined;
    return registry.register(() => !released.current && latest.current());
  }, [registry]);

  const allowLeave = useCallback(() => {
    released.current = true;
    // Navigation checks its blockers synchronously; later changes are guarded again.
    setTimeout(() => {
      released.current = false;
    }, 0);
  }, []);

  const confirmDiscard = useCallback(
    (action: () => void) => {
      if (!latest.current()) {
        action();
        return;
      }
      // Asked once the key press or click that led here is over: Mantine's modals listen for Escape
      // on the window, and a question opened within the same Escape would close again at once.
      setTimeout(() => setAsking(() => action), 0);
    },
    [],
  );

  // Inside a GuardedModal, the dialog's own close asks too.
  useEffect(() => {
    if (!registerDialogClose || !close.current) return undefined;
    registerDialogClose(() => confirmDiscard(() => close.current?.()));
    return () => registerDialogClose(null);
  }, [registerDialogClose, confirmDiscard]);

  const dialog = (
    <UnsavedChangesModal
      opened={asking !== null}
      onStay={() => setAsking(null)}
      onDiscard={() => {
        const action = asking;
        setAsking(null);
        allowLeave();
        action?.();
      }}
    />
  );

  return { confirmDiscard, allowLeave, dialog };
}
