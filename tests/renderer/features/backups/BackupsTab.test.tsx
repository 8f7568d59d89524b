import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryClient } from '../../../../src/renderer/src/lib/query';
import { settings } from '../businesses/fixtures';
import { OLDER, calls, fail, ok, setupTab } from './fixtures';

const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

async function rows() {
  await screen.findByTestId('backup-list');
  return screen.findAllByTestId('backup-row');
}

// Notifications live in one store for the whole file; each test starts without the last one's.
beforeEach(() => notifications.clean());
afterEach(() => vi.restoreAllMocks());

describe('Cadangan data: the list', () => {
  it('shows each backup newest first with its date, reason in words, size, record counts and tiers', async () => {
    setupTab();
    const [newest, older] = await rows();
    expect(cellsOf(newest!)).toEqual([
      '06/12/2026 14.05',
      'Harian otomatis',
      '340 KB',
      '1.250 UMKM, 30 konsultasi, 5 tindak lanjut, 1 pelatihan, 40 peserta',
      'HarianMingguanAda salinan di folder kedua',
      'Pulihkan',
    ]);
    expect(cellsOf(older!)).toEqual([
      '30/11/2026 09.00',
      'Dibuat manual',
      '5,2 MB',
      '12 UMKM, 1 konsultasi, 0 tindak lanjut, 2 pelatihan, 0 peserta',
      'Sampai rotasi berikutnya',
      'Pulihkan',
    ]);
    expect(screen.getByRole('table', { name: 'Cadangan tersimpan' })).toBeTruthy();
    expect(screen.getByTestId('backup-status').textContent).toContain('Terakhir dicadangkan: 06/12/2026 14.05');
  });

  it('speaks English with English dates and words when the office works in English', async () => {
    setupTab({ 'settings:get': () => ok({ ...settings, language: 'en' }) });
    await screen.findByRole('button', { name: 'Back up now' });
    const [newest, older] = await rows();
    expect(cellsOf(newest!).slice(0, 4)).toEqual([
      '06/12/2026 14:05',
      'Daily, automatic',
      '340 KB',
      '1,250 businesses, 30 consultations, 5 follow-ups, 1 training, 40 participants',
    ]);
    expect(cellsOf(older!)[1]).toBe('Made by hand');
    expect(screen.getByRole('button', { name: 'Restore the backup of 30/11/2026 09:00 (Made by hand)' })).toBeTruthy();
  });

  it('has its headings one level under the page title, and names the table after its heading', async () => {
    setupTab();
    await rows();
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual(['H2 Cadangan tersimpan', 'H2 Folder kedua']);
    expect(screen.getByRole('region', { name: 'Folder kedua' })).toBeTruthy();
  });

  it('says so when there is no backup yet', async () => {
    setupTab({ 'backups:list': () => ok({ items: [] }), 'backups:status': () => ok({ lastGoodAt: null, secondFolder: null, passwordSet: false, lastSecondCopyAt: null, warnings: ['stale'] }) });
    expect(await screen.findByText(/Belum ada cadangan\. Tekan/)).toBeTruthy();
    expect(screen.getByTestId('backup-status').textContent).toBe('Belum pernah dicadangkan');
  });

  it('"Cadangkan sekarang" makes a backup; the list loads again when the core announces it', async () => {
    const { invoke, emit } = setupTab();
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'Cadangkan sekarang' }));
    expect(await screen.findByText('Cadangan dibuat: 06/12/2026 16.00')).toBeTruthy();
    expect(calls(invoke, 'backups:create')).toHaveLength(1);
    await emit('backups:changed', { lastGoodAt: '2026-12-06T08:00:00.000Z' });
    await waitFor(() => expect(calls(invoke, 'backups:list').length).toBe(2));
    expect(calls(invoke, 'backups:status').length).toBe(2);
  });

  it('shows the core’s message in Indonesian when a backup cannot be made', async () => {
    setupTab({ 'backups:create': () => fail('STORAGE', 'Folder cadangan tidak dapat ditulisi.') });
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'Cadangkan sekarang' }));
    const alert = await screen.findByTestId('backup-error');
    expect(alert.textContent).toContain('Cadangan tidak dibuat');
    expect(alert.textContent).toContain('Folder cadangan tidak dapat ditulisi.');
  });
});

describe('Cadangan data: restoring a kept backup', () => {
  async function openConfirm() {
    await rows();
    const button = screen.getByRole('button', { name: 'Pulihkan cadangan 30/11/2026 09.00 (Dibuat manual)' });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Pulihkan cadangan 30/11/2026 09.00?' });
    return { button, dialog };
  }

  it('names the backup by date and counts, says the current data is saved first, and focuses Batal', async () => {
    setupTab();
    const { dialog } = await openConfirm();
    expect(dialog.textContent).toContain('Data di aplikasi akan diganti dengan isi cadangan tanggal 30/11/2026 09.00');
    expect(within(dialog).getByTestId('restore-counts').textContent).toBe('12 UMKM1 konsultasi0 tindak lanjut2 pelatihan0 peserta');
    expect(dialog.textContent).toContain('data saat ini disimpan dulu sebagai cadangan baru');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Batal' })));
    expect(document.activeElement).not.toBe(within(dialog).getByRole('button', { name: 'Ya, pulihkan' }));
  });

  it('Batal closes without restoring and gives the focus back to the row’s button', async () => {
    const { invoke } = setupTab();
    const { button, dialog } = await openConfirm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls(invoke, 'backups:restore')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('Escape cancels as well', async () => {
    const { invoke } = setupTab();
    const { button } = await openConfirm();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls(invoke, 'backups:restore')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('restores only after the confirmation, then says so and reloads the settings and the session', async () => {
    const { invoke } = setupTab();
    const { dialog } = await openConfirm();
    expect(calls(invoke, 'backups:restore')).toHaveLength(0);
    const settingsLoads = calls(invoke, 'settings:get').length;
    const sessionLoads = calls(invoke, 'session:get').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ya, pulihkan' }));

    const outcome = await screen.findByTestId('restore-outcome');
    expect(calls(invoke, 'backups:restore')).toEqual([{ id: OLDER.id }]);
    expect(outcome.textContent).toContain('Data berhasil dipulihkan');
    expect(outcome.textContent).toContain('Data sekarang sama dengan cadangan 30/11/2026 09.00');
    expect(outcome.textContent).toContain('disimpan sebagai cadangan 06/12/2026 15.30');
    await waitFor(() => expect(calls(invoke, 'settings:get').length).toBe(settingsLoads + 1));
    expect(calls(invoke, 'session:get').length).toBe(sessionLoads + 1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a refusal from the core as a plain Indonesian message and reloads nothing', async () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    setupTab({ 'backups:restore': () => fail('CONFLICT', 'Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi dulu.') });
    const { dialog } = await openConfirm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ya, pulihkan' }));
    const alert = await screen.findByTestId('backup-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Pemulihan tidak dilakukan');
    expect(alert.textContent).toContain('Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi dulu.');
    expect(screen.queryByTestId('restore-outcome')).toBeNull();
    expect(invalidate).not.toHaveBeenCalled();
  });
});

describe('Cadangan data: restoring from a file', () => {
  async function confirmFile() {
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'Pulihkan dari berkas…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pulihkan dari berkas cadangan?' });
    expect(dialog.textContent).toContain('data saat ini disimpan dulu sebagai cadangan baru');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pilih berkas dan pulihkan' }));
  }

  it('asks first, then lets the core open the file picker and restore', async () => {
    const { invoke } = setupTab();
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'Pulihkan dari berkas…' }));
    expect(calls(invoke, 'backups:restoreFile')).toHaveLength(0);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Pilih berkas dan pulihkan' }));
    expect((await screen.findByTestId('restore-outcome')).textContent).toContain('Data sekarang sama dengan cadangan 30/11/2026 09.00');
    expect(calls(invoke, 'backups:restoreFile')).toHaveLength(1);
  });

  it('does nothing when the picker is cancelled', async () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const { invoke } = setupTab({ 'backups:restoreFile': () => ok(null) });
    await confirmFile();
    await waitFor(() => expect(calls(invoke, 'backups:restoreFile')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByTestId('restore-outcome')).toBeNull();
    expect(screen.queryByTestId('backup-error')).toBeNull();
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('shows why a file that is not a backup was refused', async () => {
    setupTab({ 'backups:restoreFile': () => fail('VALIDATION', 'Berkas ini bukan cadangan Klinik Bisnis yang dapat dibaca.') });
    await confirmFile();
    const alert = await screen.findByTestId('backup-error');
    expect(alert.textContent).toContain('Pemulihan tidak dilakukan');
    expect(alert.textContent).toContain('Berkas ini bukan cadangan Klinik Bisnis yang dapat dibaca.');
  });
});
