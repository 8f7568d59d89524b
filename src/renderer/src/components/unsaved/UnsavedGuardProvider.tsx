import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';
import { UnsavedChangesModal } from './UnsavedChangesModal';

/** A form's question "is anything unsaved?", asked when the page is about to be left. */
export type DirtyCheck = () => boolean;

interface GuardRegistry {
  register(check: DirtyCheck): () => void;
}

export const UnsavedGuardContext = createContext<GuardRegistry | null>(null);

/**
 * The one place that watches leaving: in-app navigation (react-router allows one blocker per
 * router, so every form registers here instead of blocking on its own) and closing or reloading
 * the window (`beforeunload`; Electron's main process asks the same question natively).
 */
export function UnsavedGuardProvider({ children }: { children: ReactNode }) {
  const checks = useRef(new Set<DirtyCheck>());
  const anyDirty = useCallback(() => [...checks.current].some((check) => check()), []);
  const registry = useMemo<GuardRegistry>(
    () => ({
      register(check) {
        checks.current.add(check);
        return () => checks.current.delete(check);
      },
    }),
    [],
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      event.preventDefault();
      // Chromium (and so Electron) still reads returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [anyDirty]);

  // useBlocker needs a data router; outside one (a test's MemoryRouter) only closing is watched.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return (
    <UnsavedGuardContext.Provider value={registry}>
      {children}
      {dataRouter ? <NavigationBlocker when={anyDirty} /> : null}
    </UnsavedGuardContext.Provider>
  );
}

function NavigationBlocker({ when }: { when: DirtyCheck }) {
  const shouldBlock = useCallback(
    ({ currentLocation, nextLocation }: { currentLocation: { pathname: string; search: string }; nextLocation: { pathname: string; search: string } }) =>
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search) && when(),
    [when],
  );
  const blocker = useBlocker(shouldBlock);
  return (
    <UnsavedChangesModal
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.reset?.()}
      onDiscard={() => blocker.proceed?.()}
    />
  );
}
