import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { LoadingScreen, StartErrorScreen } from '../components/CenteredStatus';
import { UnsavedGuardProvider } from '../components/unsaved';
import { toApiError } from '../lib/api';
import { FollowUpLiveProvider } from '../features/follow-ups';
import { ChooseConsultantScreen, FirstRunScreen, useSession } from '../features/session';
import { useSettings } from './settings';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';

/**
 * The session gate: a fresh install sets itself up first; otherwise someone must be on duty
 * before any screen with data opens.
 */
export function App() {
  const settings = useSettings();
  const { session, error, loading, reload } = useSession();

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
  if (!session.consultant) return <ChooseConsultantScreen />;
  return <AppRouter />;
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
