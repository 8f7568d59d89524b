import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BusinessListPage } from '../../../../src/renderer/src/features/businesses';
import { SRI_ID, installApi, ok, renderAt, summary as row } from './fixtures';

const listCalls = (invoke: ReturnType<typeof installApi>['invoke']) =>
  invoke.mock.calls.filter((c) => c[0] === 'businesses:list').map((c) => c[1] as Record<string, unknown>);

describe('business list', () => {
  it('renders one page of rows, masked phones only, and the capped total as "lebih dari 10.000 usaha"', async () => {
    const rows = [row(1, { id: SRI_ID, name: 'Kue Bu Sri', brand: 'Sri Cake', ownerName: 'Sri Wahyuni' }), row(2, { scale: 'kecil', status: 'calon' })];
    installApi({ 'businesses:list': (input) => ok({ rows, total: 10_001, page: 1, pageSize: (input as { pageSize: number }).pageSize }) });
    renderAt(<BusinessListPage />, { path: '/umkm' });

    const table = await screen.findByRole('table', { name: 'Daftar profil UMKM' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Kue Bu Sri' }).getAttribute('href')).toBe(`/umkm/${SRI_ID}`);
    expect(within(table).getByText('Sri Cake')).toBeTruthy();
    expect(within(table).getAllByText('0812-••••-7890')).toHaveLength(2);
    expect(within(table).getByText('Kecil')).toBeTruthy();
    expect(within(table).getByText('Calon wirausaha')).toBeTruthy();
    expect(screen.getByTestId('business-total').textContent).toBe('lebih dari 10.000 usaha');
    expect(screen.getByText('Hanya 10.000 hasil pertama yang dapat dibuka. Persempit pencarian atau saringan.')).toBeTruthy();
  });

  it('shows an exact total with id-ID grouping', async () => {
    installApi({ 'businesses:list': () => ok({ rows: [row(1)], total: 1234, page: 1, pageSize: 25 }) });
    renderAt(<BusinessListPage />, { path: '/umkm' });
    await waitFor(() => expect(screen.getByTestId('business-total').textContent).toBe('1.234 usaha'));
  });

  it('searches 250 ms after typing and starts again at page 1', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'businesses:list': () => ok({ rows: [row(1)], total: 1, page: 1, pageSize: 25 }) });
    renderAt(<BusinessListPage />, { path: '/umkm' });
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Cari usaha' }), 'kue');
    await waitFor(() => expect(listCalls(invoke).at(-1)).toMatchObject({ query: 'kue', page: 1, sort: 'name', deleted: false }));
    // Typed quickly: one search for the whole word, not one per letter.
    expect(listCalls(invoke).filter((c) => c['query'] === 'k' || c['query'] === 'ku')).toEqual([]);
  });

  it('tells "no profiles yet" apart from "nothing matches"', async () => {
    installApi({ 'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 25 }) });
    renderAt(<BusinessListPage />, { path: '/umkm' });
    expect(await screen.findByText('Belum ada profil UMKM')).toBeTruthy();

    installApi({ 'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 25 }) });
    renderAt(<BusinessListPage />, { path: '/umkm', route: '/umkm?q=zzz&skala=kecil' });
    expect(await screen.findByText('Tidak ada usaha yang cocok')).toBeTruthy();
  });

  it('"Hapus saringan" empties the search box and the filters', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'businesses:list': () => ok({ rows: [], total: 0, page: 1, pageSize: 25 }) });
    renderAt(<BusinessListPage />, { path: '/umkm', route: '/umkm?q=zzz&skala=kecil' });
    const box = await screen.findByRole('searchbox', { name: 'Cari usaha' });
    expect(box).toHaveProperty('value', 'zzz');
    await screen.findByText('Tidak ada usaha yang cocok');

    await user.click(screen.getAllByRole('button', { name: 'Hapus saringan' })[0]!);
    await waitFor(() => expect(listCalls(invoke).at(-1)).toMatchObject({ query: '' }));
    expect(listCalls(invoke).at(-1)?.['scale']).toBeUndefined();
    expect(box).toHaveProperty('value', '');
  });
});
