import { type Query, QueryClient, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { EventName, EventPayload } from '../../../shared/events';
import { type ApiError, callReading, subscribe, toApiError, type InputArgs } from './api';

/**
 * Screens load what they show with `useApiQuery(channel, input)`. They stay fresh by one
 * mechanism: after every committed write the core says which tables changed (`data:changed`) and
 * every cached answer that read one of them loads again; a screen keeps no list of what to refresh.
 * TanStack Query keeps the cache, drops overtaken answers and de-duplicates identical calls.
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

/** The cache key of one channel's answer to one input. */
const keyOf = (channel: Channel, input: unknown): [Channel, unknown] => [channel, input ?? null];

/**
 * After a committed write: every cached answer that read one of the changed tables loads again
 * (on screen at once, elsewhere when next shown). An answer whose tables are not known yet is
 * refreshed too. Answers that seed a form (not `live`) are not loaded again while shown, so
 * nothing changes under the consultant's fingers; they are only marked old, so the form loads the
 * stored values when it is next opened.
 */
export async function refreshAfterChange(tables: readonly string[]): Promise<void> {
  const changed = new Set(tables);
  const affected = (q: Query): boolean => {
    const read = channelReads.get(String(q.queryKey[0]));
    return read === undefined || [...read].some((t) => changed.has(t));
  };
  const live = (q: Query): boolean => {
    const rule = q.meta?.['live'];
    return typeof rule === 'function' ? Boolean(rule(q.state.data)) : rule !== false;
  };
  await Promise.all([
    queryClient.invalidateQueries({ predicate: (q) => live(q) && affected(q) }),
    queryClient.invalidateQueries({ predicate: (q) => !live(q) && affected(q), refetchType: 'none' }),
  ]);
}

/** Follows the core's `data:changed` for the whole app: the one way screens stay fresh. */
export function useDataFreshness(): void {
  useEffect(() => subscribe('data:changed', ({ tables }) => void refreshAfterChange(tables)), []);
}

/**
 * A write's reply that is also the answer of a read (the record just created or finalised): kept
 * as that answer, so the screen that shows it next needs no round trip and no wait for `data:changed`.
 */
export function keepAnswer<C extends Channel>(channel: C, input: Input<C>, value: Output<C>): void {
  queryClient.setQueryData(keyOf(channel, input), value);
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
  /** `live`: false for an answer that seeds a form; or decided by the answer shown (a draft seeds a form, a final record does not). */
  options: { enabled?: boolean; live?: boolean | ((shown: Output<C> | undefined) => boolean) } = {},
): QueryState<Output<C>> {
  const query = useQuery({
    queryKey: keyOf(channel, input),
    queryFn: async () => {
      const { value, reads } = await callReading(channel, ...((input === undefined ? [] : [input]) as InputArgs<C>));
      noteReads(channel, reads);
      return value;
    },
    enabled: options.enabled ?? true,
    meta: { live: options.live ?? true },
  });
  const { refetch } = query;
  return {
    data: query.data,
    error: query.error ? toApiError(query.error) : undefined,
    loading: query.isFetching,
    // Stable, so a screen may load again on an event of its own.
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}

/** The events whose payload is, whole, an answer of `channel`. */
type EventAnswering<C extends Channel> = { [E in EventName]: EventPayload<E> extends Output<C> ? E : never }[EventName];

/**
 * A read the core also pushes whole as an event when it changes (`session:changed`,
 * `settings:changed`): one cached answer like every other read, so data:changed keeps it fresh
 * too, which the event (or a write's reply given to `keep`) replaces at once.
 */
export function useFollowedQuery<C extends Channel>(channel: C, event: EventAnswering<C>): QueryState<Output<C>> & { keep: (value: Output<C>) => void } {
  const query = useApiQuery(channel);
  const keep = useCallback((value: Output<C>) => void queryClient.setQueryData(keyOf(channel, undefined), value), [channel]);
  useEffect(() => subscribe(event, (payload) => keep(payload as Output<C>)), [event, keep]);
  return { ...query, keep };
}
