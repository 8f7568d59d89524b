import { Portal } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { LockScreen } from './LockScreen';

/**
 * The lock screen over the app, which stays mounted underneath with every unsaved field as typed.
 * Everything else on the page (the app, an open dialog or menu in its portal) is made `inert`
 * while it shows: no click, key or screen reader reaches it, and no dialog's focus trap can pull
 * focus away from the PIN.
 */
export function LockOverlay() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const own = ref.current?.closest('[data-portal]') ?? ref.current;
    const made: HTMLElement[] = [];
    for (const child of Array.from(document.body.children)) {
      if (!(child instanceof HTMLElement) || child === own || child.contains(own ?? null) || child.inert) continue;
      child.inert = true;
      made.push(child);
    }
    return () => {
      for (const child of made) child.inert = false;
    };
  }, []);
  return (
    <Portal>
      <div ref={ref} data-testid="lock-overlay" style={{ position: 'fixed', inset: 0, zIndex: 10_000, overflow: 'auto' }}>
        <LockScreen />
      </div>
    </Portal>
  );
}
