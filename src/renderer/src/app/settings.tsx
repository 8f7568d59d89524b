import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings, TIME_ZONES } from '../../../../shared/contract';
import { applyLanguage } from '../../app/i18n';
import { type ApiError, call, subscribe, toApiError } from '../../lib/api';

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
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  // Sets state only when the call settles; `reload` marks the loading itself.
  const load = useCallback(() => {
    call('settings:get')
      .then((value) => {
        setSettings(value);
        setError(null);
      })
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setLoading(false));
  }, []);

  const reload = useCallback(() => {
    setLoading(true);
    load();
  }, [load]);

  useEffect(() => {
    load();
    return subscribe('settings:changed', setSettings);
  }, [load]);

  const language = settings?.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const value = useMemo(() => ({ settings, error, loading, setSettings, reload }), [settings, error, loading, reload]);
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
