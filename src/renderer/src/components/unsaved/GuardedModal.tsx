import { Modal, type ModalProps } from '@mantine/core';
import { createContext, useCallback, useRef, type MutableRefObject } from 'react';

/** Where a guarded form inside a dialog puts its "close, but ask first". */
export const DialogCloseContext = createContext<MutableRefObject<(() => void) | null> | null>(null);

/**
 * A Modal whose own ways out (×, Escape, a click beside it) go through the guard of the form
 * inside it (`useUnsavedGuard(isDirty, { close })`), so a stray click loses nothing.
 */
export function GuardedModal({ onClose, children, ...props }: ModalProps) {
  const guardedClose = useRef<(() => void) | null>(null);
  const close = useCallback(() => (guardedClose.current ? guardedClose.current() : onClose()), [onClose]);
  return (
    <Modal {...props} onClose={close}>
      <DialogCloseContext.Provider value={guardedClose}>{children}</DialogCloseContext.Provider>
    </Modal>
  );
}
