import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Settings, TIME_ZONES } from '../../../shared/contract';
import type { ApiError } from '../lib/api';
import { useFollowedQuery } from '../lib/query';
import { applyLanguage } from './i18n';

/*
 * The office settings every screen reads (time zone, region, language). They live with the app's
 * providers, apart from the settings screens, so that any feature may read them without loading
 * those screens (and the backups and session features they show).
 */

export const DEFAULT_TIME_ZONE: (typeof TIME_ZONES)[number] = 'Asia/Makassar';

interface SettingsState {
  settings: Settings | null;
  error: ApiError | null;
  loading: boolean;
  /** Takes the settings a save returned, so the screen need not wait for the event. */
  setSettings: (settings: Settings) => void;
  reload: () => void;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** Loads the office settings at start, follows `settings:changed`, and applies the language. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { data, error, loading, keep, refetch } = useFollowedQuery('settings:get', 'settings:changed');

  const language = data?.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const value = useMemo(
    () => ({ settings: data ?? null, error: error ?? null, loading, setSettings: keep, reload: refetch }),
    [data, error, loading, keep, refetch],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings must be used inside SettingsProvider');
  return state;
}

/** The office's time zone (WITA unless set), for every date shown on screen. */
export function useOfficeTimeZone(): string {
  return useSettings().settings?.office.timeZone ?? DEFAULT_TIME_ZONE;
}
