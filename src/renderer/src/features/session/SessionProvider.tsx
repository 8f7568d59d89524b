import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../../../shared/contract';
import { type ApiError, call, subscribe, toApiError } from '../../lib/api';

interface SessionState {
  session: Session | null;
  error: ApiError | null;
  loading: boolean;
  setSession: (session: Session) => void;
  reload: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is on duty at this desk: loaded at start and kept in step with `session:changed`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  // Sets state only when the call settles; `reload` marks the loading itself.
  const load = useCallback(() => {
    call('session:get')
      .then((value) => {
        setSession(value);
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
    return subscribe('session:changed', setSession);
  }, [load]);

  const value = useMemo(() => ({ session, error, loading, setSession, reload }), [session, error, loading, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside SessionProvider');
  return state;
}
