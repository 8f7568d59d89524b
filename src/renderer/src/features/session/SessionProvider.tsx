import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Session } from '../../../../shared/contract';
import type { ApiError } from '../../lib/api';
import { useFollowedQuery } from '../../lib/query';

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
  const { data, error, loading, keep, refetch } = useFollowedQuery('session:get', 'session:changed');
  const value = useMemo(
    () => ({ session: data ?? null, error: error ?? null, loading, setSession: keep, reload: refetch }),
    [data, error, loading, keep, refetch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside SessionProvider');
  return state;
}
