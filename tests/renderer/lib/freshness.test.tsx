import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryClient, refreshAfterChange, useApiQuery, useDataFreshness } from '../../../src/renderer/src/lib/query';
import type { Consultant } from '../../../src/shared/contract';
import { SettingsProvider, useSettings } from '../../../src/renderer/src/app/settings';
import { SessionProvider, useSession } from '../../../src/renderer/src/features/session';
import { installFakeApi, ok } from '../helpers';
import { SRI_ID, detail, settings } from '../features/businesses/fixtures';

/** Shows how often each channel answered, so a refresh can be seen. */
function Screen({ live = true }: { live?: boolean }) {
  useDataFreshness();
  const list = useApiQuery('businesses:list', {});
  const consultants = useApiQuery('consultants:list', { includeInactive: false });
  const form = useApiQuery('businesses:get', { id: SRI_ID }, { live });
  return (
    <p>
      <span data-testid="list">{String(list.data?.total ?? '')}</span>
      <span data-testid="consultants">{String(consultants.data?.length ?? '')}</span>
      <span data-testid="form">{form.data?.name.replace('Usaha ', '') ?? ''}</span>
    </p>
  );
}

const consultant = (i: number): Consultant => ({
  id: `0b7e4c9a-3a51-4d47-9d0e-6f1f7c1f0a${String(i).padStart(2, '0')}`,
  name: `Konsultan ${i}`,
  nip: null,
  phone: null,
  active: true,
  role: 'admin',
  hasPin: true,
  createdAt: '2026-11-28T03:00:00.000Z',
  updatedAt: '2026-11-28T03:00:00.000Z',
});

function setup(live = true) {
  const count: Record<string, number> = {};
  // Each answer says how often its channel answered, and which tables it read.
  const next = (channel: string) => (count[channel] = (count[channel] ?? 0) + 1);
  const { emit } = installFakeApi({
    'businesses:list': () => ({ ...ok({ rows: [], total: next('businesses:list'), page: 1, pageSize: 25 }), reads: ['business', 'business_fts', 'region'] }),
    'consultants:list': () => ({ ...ok(Array.from({ length: next('consultants:list') }, (_, i) => consultant(i + 1))), reads: ['consultant'] }),
    'businesses:get': () => ({ ...ok(detail({ name: `Usaha ${next('businesses:get')}` })), reads: ['business'] }),
  });
  const changed = (tables: string[]) => emit('data:changed', { tables });
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

/** The office name and who is on duty, as the app's providers give them. */
function Desk() {
  useDataFreshness();
  const { settings: shown } = useSettings();
  const { session } = useSession();
  return (
    <p>
      <span data-testid="office">{shown?.office.officeName ?? ''}</span>
      <span data-testid="on-duty">{session?.consultant?.name ?? '-'}</span>
    </p>
  );
}

describe('settings and session stay fresh the same way', () => {
  afterEach(() => queryClient.clear());

  function setupDesk() {
    let answered = 0;
    const named = (officeName: string) => ({ ...settings, office: { ...settings.office, officeName } });
    const api = installFakeApi({
      'settings:get': () => ({ ...ok(named(`Kantor ${++answered}`)), reads: ['settings'] }),
      'session:get': () => ok({ consultant: null, needsSetup: false, locked: false, freshUntil: null }),
    });
    render(
      <QueryClientProvider client={queryClient}>
        <SettingsProvider>
          <SessionProvider>
            <Desk />
          </SessionProvider>
        </SettingsProvider>
      </QueryClientProvider>,
    );
    return { ...api, named };
  }

  it('loads the settings again when data:changed names their table, like every other answer', async () => {
    const { emit } = setupDesk();
    await waitFor(() => expect(screen.getByTestId('office').textContent).toBe('Kantor 1'));
    await emit('data:changed', { tables: ['consultant'] });
    await emit('data:changed', { tables: ['settings'] });
    await waitFor(() => expect(screen.getByTestId('office').textContent).toBe('Kantor 2'));
  });

  it('takes settings:changed and session:changed as the answer at once, without asking again', async () => {
    const { emit, named, calls } = setupDesk();
    await waitFor(() => expect(screen.getByTestId('office').textContent).toBe('Kantor 1'));
    await emit('settings:changed', named('Klinik Bisnis Balikpapan'));
    await waitFor(() => expect(screen.getByTestId('office').textContent).toBe('Klinik Bisnis Balikpapan'));
    await emit('session:changed', { consultant: consultant(1), needsSetup: false, locked: false, freshUntil: null });
    await waitFor(() => expect(screen.getByTestId('on-duty').textContent).toBe('Konsultan 1'));
    expect(calls('settings:get')).toHaveLength(1);
    expect(calls('session:get')).toHaveLength(1);
  });
});

