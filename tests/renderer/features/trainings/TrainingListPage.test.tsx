import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TrainingListPage } from '../../../../src/renderer/src/features/trainings';
import { formatDateRange } from '../../../../src/renderer/src/features/trainings/dates';
import { calls, installApi, ok, renderAt, training } from './fixtures';

const page = (rows = [training()], total = rows.length) => ok({ rows, total, page: 1, pageSize: 25 });

describe('training list', { timeout: 40_000 }, () => {
  it('shows title, topic, dates, place, attended/total with capacity and the calon wirausaha count', async () => {
    installApi({ 'trainings:list': () => page([training({ topic: 'lainnya', topicText: 'Batik tulis' })]) });
    renderAt(<TrainingListPage />, { path: '/pelatihan' });
    const table = await screen.findByRole('table', { name: 'Daftar pelatihan' });
    expect(within(table).getByRole('link', { name: 'Pelatihan Sablon Kaos Angkatan 3' }).getAttribute('href')).toContain(
      '/pelatihan/5a1c2e3d-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    );
    expect(within(table).getByText('Batik tulis')).toBeTruthy();
    expect(within(table).getByText('12–14 Nov 2026')).toBeTruthy();
    expect(within(table).getByText('Aula Dinas Koperasi, Palaran, Kota Samarinda')).toBeTruthy();
    expect(within(table).getByText('2/3 hadir')).toBeTruthy();
    expect(within(table).getByText('kapasitas 30')).toBeTruthy();
    expect(within(table).getByText('2')).toBeTruthy();
    expect(screen.getByTestId('training-total').textContent).toBe('1 pelatihan');
  });

  it('sends search, topic, kabupaten/kota and dates in the list query', async () => {
    const user = userEvent.setup();
    const { invoke } = installApi({ 'trainings:list': () => page() });
    renderAt(<TrainingListPage />, { path: '/pelatihan' });
    await screen.findByRole('table', { name: 'Daftar pelatihan' });
    expect(calls(invoke, 'trainings:list')[0]).toEqual({ page: 1, pageSize: 25 });

    await user.type(screen.getByRole('searchbox', { name: 'Cari pelatihan' }), 'sablon{Enter}');
    await waitFor(() => expect(calls(invoke, 'trainings:list').at(-1)).toMatchObject({ search: 'sablon' }));

    await user.click(screen.getByRole('combobox', { name: 'Topik' }));
    await user.click(await screen.findByRole('option', { name: 'Kemasan' }));
    await waitFor(() => expect(calls(invoke, 'trainings:list').at(-1)).toMatchObject({ search: 'sablon', topic: 'kemasan' }));

    await user.click(screen.getByRole('combobox', { name: 'Kabupaten/kota' }));
    await user.click(await screen.findByRole('option', { name: 'Kota Samarinda' }));
    await waitFor(() => expect(calls(invoke, 'trainings:list').at(-1)).toMatchObject({ topic: 'kemasan', regencyCode: '64.72' }));

    await user.click(screen.getByRole('textbox', { name: 'Dari tanggal' }));
    await user.paste('01/11/2026');
    await user.click(screen.getByRole('textbox', { name: 'Sampai tanggal' }));
    await user.paste('30/11/2026');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(calls(invoke, 'trainings:list').at(-1)).toEqual({
        search: 'sablon',
        topic: 'kemasan',
        regencyCode: '64.72',
        from: '2026-11-01',
        to: '2026-11-30',
        page: 1,
        pageSize: 25,
      }),
    );
  });

  it('invites the first training when there is none, and offers to clear filters when none match', async () => {
    const user = userEvent.setup();
    installApi({ 'trainings:list': () => page([], 0) });
    renderAt(<TrainingListPage />, { path: '/pelatihan' });
    expect(await screen.findByText('Belum ada pelatihan')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Pelatihan baru' }).length).toBeGreaterThan(1);

    await user.type(screen.getByRole('searchbox', { name: 'Cari pelatihan' }), 'batik{Enter}');
    expect(await screen.findByText('Tidak ada pelatihan yang cocok')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Hapus saringan' })[0]!);
    expect(await screen.findByText('Belum ada pelatihan')).toBeTruthy();
  });
});

describe('training date ranges', () => {
  it('read 12–14 Nov 2026 within a month, and name both months or years when they differ', () => {
    expect(formatDateRange('2026-11-12', '2026-11-14')).toBe('12–14 Nov 2026');
    expect(formatDateRange('2026-11-28', '2026-12-02')).toBe('28 Nov – 2 Des 2026');
    expect(formatDateRange('2026-12-30', '2027-01-02')).toBe('30 Des 2026 – 2 Jan 2027');
    expect(formatDateRange('2026-11-12', '2026-11-12')).toBe('12 Nov 2026');
  });
});
