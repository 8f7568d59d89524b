import { HashRouter } from 'react-router';
import { LoadingScreen, StartErrorScreen } from '../components/CenteredStatus';
import { toApiError } from '../lib/api';
import { FollowUpLiveProvider } from '../features/follow-ups';
import { ChooseConsultantScreen, FirstRunScreen, useSession } from '../features/session';
import { useSettings } from '../features/settings/SettingsProvider';
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
  return (
    <HashRouter>
      <FollowUpLiveProvider>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
      </FollowUpLiveProvider>
    </HashRouter>
  );
}
