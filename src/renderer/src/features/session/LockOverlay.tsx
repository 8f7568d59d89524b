import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LockScreen } from './LockScreen';

/**
 * The lock screen over the app, which stays mounted underneath with every unsaved field as typed.
 * Everything else on the page (the app, an open dialog or menu in its portal) is made `inert`
 * while it shows: no click, key or screen reader reaches it, and no dialog's focus trap can pull
 * focus away from the PIN.
 */
export function LockOverlay() {
  const [host] = useState(() => {
    const node = document.createElement('div');
    node.dataset['testid'] = 'lock-overlay';
    Object.assign(node.style, { position: 'fixed', inset: '0', zIndex: '10000', overflow: 'auto' });
    return node;
  });
  useEffect(() => {
    document.body.appendChild(host);
    const made: HTMLElement[] = [];
    for (const child of Array.from(document.body.children)) {
      if (!(child instanceof HTMLElement) || child === host || child.inert) continue;
      child.inert = true;
      made.push(child);
    }
    return () => {
      for (const child of made) child.inert = false;
      host.remove();
    };
  }, [host]);
  return createPortal(<LockScreen />, host);
}
