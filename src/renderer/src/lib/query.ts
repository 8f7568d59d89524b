import { QueryClient, useQuery } from '@tanstack/react-query';
import type { Channel, Input, Output } from '../../../shared/contract';
import { type ApiError, call, toApiError, type InputArgs } from './api';

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
  options: { enabled?: boolean } = {},
): QueryState<Output<C>> {
  const query = useQuery({
    queryKey: [channel, input ?? null],
    queryFn: () => call(channel, ...((input === undefined ? [] : [input]) as InputArgs<C>)),
    enabled: options.enabled ?? true,
  });
  return {
    data: query.data,
    error: query.error ? toApiError(query.error) : undefined,
    loading: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
