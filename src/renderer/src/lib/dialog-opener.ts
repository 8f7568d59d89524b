import { useRef } from 'react';

/** The control a dialog is opened from: the focused element, or for a menu item the button of its menu. */
export function openerOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest<HTMLElement>('[role="menu"]');
  const target = menu?.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null;
  return target ?? active;
}

/**
 * Gives focus back to where a dialog was opened from. Mantine's Modal does this only when `opened`
 * turns false on a modal that stays mounted; a dialog mounted while open and unmounted on close
 * (so that each opening starts from a clean form) never learns where focus was, and the keyboard
 * user is left at the top of the page. Call `remember` as the dialog opens and `restore` as it closes.
 */
export function useDialogOpener() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    remember() {
      opener.current = openerOf(document.activeElement);
    },
    restore() {
      const element = opener.current;
      opener.current = null;
      // After the dialog has unmounted; left alone when something else already took the focus.
      window.setTimeout(() => {
        const active = document.activeElement;
        if (element?.isConnected && (active === null || active === document.body)) element.focus({ preventScroll: true });
      }, 20);
    },
  };
}
