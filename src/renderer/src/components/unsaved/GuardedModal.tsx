import { Modal, type ModalProps } from '@mantine/core';
import { createContext, useCallback, useRef } from 'react';

/** Lets a guarded form inside a dialog put in its "close, but ask first" (null takes it out). */
export const DialogCloseContext = createContext<((close: (() => void) | null) => void) | null>(null);

/**
 * A Modal whose own ways out (×, Escape, a click beside it) go through the guard of the form
 * inside it (`useUnsavedGuard(isDirty, { close })`), so a stray click loses nothing.
 */
export function GuardedModal({ onClose, children, ...props }: ModalProps) {
  const guardedClose = useRef<(() => void) | null>(null);
  const close = useCallback(() => (guardedClose.current ? guardedClose.current() : onClose()), [onClose]);
  const register = useCallback((next: (() => void) | null) => {
    guardedClose.current = next;
  }, []);
  return (
    <Modal {...props} onClose={close}>
      <DialogCloseContext.Provider value={register}>{children}</DialogCloseContext.Provider>
    </Modal>
  );
}
