import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { queryClient, refreshAfterChange, useApiQuery, useDataFreshness } from '../../../src/renderer/src/lib/query';
import type { KlinikApi } from '../../../src/shared/api';
import { installFakeApi } from '../helpers';

/** Shows how often each channel answered, so a refresh can be seen. */
function Screen({ live = true }: { live?: boolean }) {
  useDataFreshness();
  const list = useApiQuery('businesses:list', {});
  const consultants = useApiQuery('consultants:list', { includeInactive: false });
  const form = useApiQuery('businesses:get', { id: '0b9a4c1e-3f55-4c7e-9a57-2f1f5e0c8d11' }, { live });
  return (
    <p>
      <span data-testid="list">{String(list.data ?? '')}</span>
      <span data-testid="consultants">{String(consultants.data ?? '')}</span>
      <span data-testid="form">{String(form.data ?? '')}</span>
    </p>
  );
}

function setup(live = true) {
  const count: Record<string, number> = {};
  const answer = (channel: string, reads: string[]) => () => {
    count[channel] = (count[channel] ?? 0) + 1;
    return { ok: true as const, value: count[channel], reads };
  };
  installFakeApi({
    'businesses:list': answer('businesses:list', ['business', 'business_fts', 'region']),
    'consultants:list': answer('consultants:list', ['consultant']),
    'businesses:get': answer('businesses:get', ['business']),
  });
  // The core's events, pushed by the test as main would.
  const listeners = new Set<(payload: { tables: string[] }) => void>();
  window.api = {
    ...window.api,
    on: (event: string, listener: (payload: { tables: string[] }) => void) => {
      if (event !== 'data:changed') return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as KlinikApi;
  const changed = (tables: string[]) => act(() => listeners.forEach((l) => l({ tables })));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <Screen live={live} />
    </QueryClientProvider>,
  );
  const reopen = () => {
    view.unmount();
    render(
      <QueryClientProvider client={queryClient}>
        <Screen live={live} />
      </QueryClientProvider>,
    );
  };
  return { count, changed, reopen };
}

describe('one way to stay fresh', () => {
  afterEach(() => queryClient.clear());

  it('loads again exactly the answers that read a changed table', async () => {
    setup();
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('1'));
    await waitFor(() => expect(screen.getByTestId('consultants').textContent).toBe('1'));
    await refreshAfterChange(['business', 'audit_log']);
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('2'));
    expect(screen.getByTestId('consultants').textContent).toBe('1');
    await refreshAfterChange(['consultant']);
    await waitFor(() => expect(screen.getByTestId('consultants').textContent).toBe('2'));
    expect(screen.getByTestId('list').textContent).toBe('2');
  });

  it('leaves an answer that seeds a form alone while it is shown, and loads it again when the form is next opened', async () => {
    const { reopen } = setup(false);
    await waitFor(() => expect(screen.getByTestId('form').textContent).toBe('1'));
    await refreshAfterChange(['business']);
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('2'));
    expect(screen.getByTestId('form').textContent).toBe('1');
    reopen();
    await waitFor(() => expect(screen.getByTestId('form').textContent).toBe('2'));
  });

  it('refreshes what is on screen from the core’s data:changed alone, with no refresh list of its own', async () => {
    const { changed } = setup();
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('1'));
    await waitFor(() => expect(screen.getByTestId('consultants').textContent).toBe('1'));
    await changed(['consultant', 'audit_log']);
    await waitFor(() => expect(screen.getByTestId('consultants').textContent).toBe('2'));
    expect(screen.getByTestId('list').textContent).toBe('1');
  });
});
