import { useEffect, useRef, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { LoadingScreen, StartErrorScreen } from '../components/CenteredStatus';
import { UnsavedGuardProvider } from '../components/unsaved';
import { toApiError } from '../lib/api';
import { FollowUpLiveProvider } from '../features/follow-ups';
import { FirstRunScreen, FreshPinDialog, LockOverlay, LockScreen, useIdleLock, useSession } from '../features/session';
import { queryClient } from '../lib/query';
import { useSettings } from './settings';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';

/**
 * The session gate: a fresh install sets itself up first; otherwise someone must sign in with
 * their PIN before any screen with data opens. A locked desk keeps its screens mounted under the
 * lock screen, so whatever was typed is still there after the PIN.
 */
export function App() {
  const settings = useSettings();
  const { session, error, loading, reload, setSession } = useSession();
  const locked = session?.locked ?? true;
  useIdleLock(settings.settings?.lockAfterMinutes, Boolean(session?.consultant) && !locked, setSession);
  useReloadFailedAfterUnlock(locked);

  if ((loading && !session) || (settings.loading && !settings.settings)) return <LoadingScreen />;
  if (!session) {
    return (
      <StartErrorScreen
        error={error ?? toApiError(new Error('session unavailable'))}
        onRetry={() => {
          reload();
          settings.reload();
        }}
      />
    );
  }
  if (session.needsSetup) return <FirstRunScreen />;
  if (!session.consultant) return <LockScreen />;
  return (
    <>
      <AppRouter />
      {session.locked ? <LockOverlay /> : null}
      <FreshPinDialog />
    </>
  );
}

/** What a screen asked for while the desk was locked was refused: asked again once it opens. */
function useReloadFailedAfterUnlock(locked: boolean): void {
  const was = useRef(locked);
  useEffect(() => {
    if (was.current && !locked) void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    was.current = locked;
  }, [locked]);
}

function AppRoot() {
  return (
    <FollowUpLiveProvider>
      <UnsavedGuardProvider>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
      </UnsavedGuardProvider>
    </FollowUpLiveProvider>
  );
}

/** A data router (hash URLs, as before), since only a data router lets a form with unsaved changes hold navigation. */
function AppRouter() {
  const [router] = useState(() => createHashRouter([{ path: '*', element: <AppRoot /> }]));
  return <RouterProvider router={router} />;
}
