import { QueryClient, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import { type ApiError, callReading, subscribe, toApiError, type InputArgs } from './api';

/**
 * Screens load what they show with `useApiQuery(channel, input)`; a save calls
 * `invalidate(channel)` so every query of that channel loads again. TanStack Query keeps the
 * cache, drops overtaken answers and de-duplicates identical calls.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Data lives one IPC hop away and only this desk changes it: no polling, no focus refetch.
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: false,
    },
  },
});

/** The tables each channel's answers were read from, as the core reported them. */
const channelReads = new Map<string, Set<string>>();

function noteReads(channel: string, tables: string[] | undefined): void {
  if (!tables) return;
  const known = channelReads.get(channel) ?? new Set<string>();
  for (const t of tables) known.add(t);
  channelReads.set(channel, known);
}

/**
 * After a committed write: every cached answer that read one of the changed tables loads again
 * (on screen at once, elsewhere when next shown). An answer whose tables are not known yet is
 * refreshed too. Queries that seed a form (`live: false`) are left alone, so nothing changes under
 * the consultant's fingers.
 */
export function refreshAfterChange(tables: readonly string[]): Promise<void> {
  const changed = new Set(tables);
  return queryClient.invalidateQueries({
    predicate: (q) => {
      if (q.meta?.['live'] === false) return false;
      const read = channelReads.get(String(q.queryKey[0]));
      return read === undefined || [...read].some((t) => changed.has(t));
    },
  });
}

/** Follows the core's `data:changed` for the whole app: the one way screens stay fresh. */
export function useDataFreshness(): void {
  useEffect(() => subscribe('data:changed', ({ tables }) => void refreshAfterChange(tables)), []);
}

export function invalidate(...channels: Channel[]): void {
  for (const channel of channels) void queryClient.invalidateQueries({ queryKey: [channel] });
}

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => void;
}

export function useApiQuery<C extends Channel>(
  channel: C,
  input?: Input<C>,
  options: { enabled?: boolean; live?: boolean } = {},
): QueryState<Output<C>> {
  const query = useQuery({
    queryKey: [channel, input ?? null],
    queryFn: async () => {
      const { value, reads } = await callReading(channel, ...((input === undefined ? [] : [input]) as InputArgs<C>));
      noteReads(channel, reads);
      return value;
    },
    enabled: options.enabled ?? true,
    meta: { live: options.live ?? true },
  });
  return {
    data: query.data,
    error: query.error ? toApiError(query.error) : undefined,
    loading: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
