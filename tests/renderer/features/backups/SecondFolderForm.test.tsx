import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { settings } from '../businesses/fixtures';
import { calls, fail, ok, setupTab, status } from './fixtures';

async function form() {
  return within(await screen.findByTestId('second-folder-form'));
}

// Notifications live in one store for the whole file; each test starts without the last one's.
beforeEach(() => notifications.clean());

describe('Cadangan data: the second folder', () => {
  it('shows the chosen folder and says an empty password keeps the one set', async () => {
    setupTab();
    const f = await form();
    expect((f.getByLabelText('Folder kedua') as HTMLInputElement).value).toBe('/media/siti/CADANGAN');
    expect(f.getByText('Kata sandi sudah diatur. Kosongkan untuk tetap memakai kata sandi sekarang.')).toBeTruthy();
    expect(f.getByRole('button', { name: 'Tampilkan kata sandi' })).toBeTruthy();
    expect(screen.getByTestId('backup-status').textContent).toContain('Salinan terakhir di folder kedua: 06/12/2026 14.05');
  });

  it('"Pilih folder…" puts the folder picked into the field, and Simpan sends it with the password', async () => {
    const { invoke } = setupTab({ 'backups:status': () => ok(status({ secondFolder: null, passwordSet: false, lastSecondCopyAt: null, warnings: ['noSecondCopy'] })) });
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Pilih folder…' }));
    await waitFor(() => expect((f.getByLabelText('Folder kedua') as HTMLInputElement).value).toBe('/media/siti/FLASHDISK/Cadangan'));
    await userEvent.type(f.getByLabelText('Kata sandi cadangan kantor'), 'rahasia-kantor');
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Pengaturan folder kedua tersimpan')).toBeTruthy();
    expect(calls(invoke, 'backups:updateSettings')).toEqual([{ secondFolder: '/media/siti/FLASHDISK/Cadangan', password: 'rahasia-kantor' }]);
  });

  it('leaves the password out when it is left empty, so the current one is kept', async () => {
    const { invoke } = setupTab();
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Pengaturan folder kedua tersimpan');
    expect(calls(invoke, 'backups:updateSettings')).toEqual([{ secondFolder: '/media/siti/CADANGAN' }]);
  });

  it('a password that is too short is refused at the field, in Indonesian, and nothing is sent', async () => {
    const { invoke } = setupTab();
    const f = await form();
    const password = f.getByLabelText('Kata sandi cadangan kantor');
    await userEvent.type(password, 'pendek');
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    expect(await f.findByText('Kata sandi paling sedikit 8 karakter')).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(password)).toBe('Kata sandi paling sedikit 8 karakter');
    expect(calls(invoke, 'backups:updateSettings')).toHaveLength(0);
  });

  /** The text of the error Mantine ties to a field through aria-describedby. */
  function errorOf(field: HTMLElement): string {
    return (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => (id.endsWith('-error') ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join('');
  }

  it('a folder chosen without any password set asks for the password at its field', async () => {
    const { invoke } = setupTab({ 'backups:status': () => ok(status({ secondFolder: null, passwordSet: false, lastSecondCopyAt: null, warnings: ['noSecondCopy'] })) });
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Pilih folder…' }));
    await waitFor(() => expect((f.getByLabelText('Folder kedua') as HTMLInputElement).value).not.toBe(''));
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    const password = f.getByLabelText('Kata sandi cadangan kantor');
    await waitFor(() => expect(errorOf(password)).toBe('Isi kata sandi cadangan: salinan di folder kedua selalu dienkripsi dengan kata sandi ini.'));
    expect(calls(invoke, 'backups:updateSettings')).toHaveLength(0);
  });

  const INSIDE = 'Folder cadangan kedua harus berada di luar folder data aplikasi (sebaiknya di drive lain atau flashdisk). Pengaturan cadangan tidak berubah.';

  it('puts the core’s refusal of a folder on the folder field, in its own Indonesian sentence', async () => {
    setupTab({ 'backups:updateSettings': () => fail('VALIDATION', INSIDE, { secondFolder: { key: 'v.invalidPath' } }) });
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    const folder = f.getByLabelText('Folder kedua');
    await waitFor(() => expect(folder.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(folder)).toBe(INSIDE);
    await waitFor(() => expect(document.activeElement).toBe(folder));
  });

  it('in English, the folder field says what its issue key means', async () => {
    setupTab({
      'settings:get': () => ok({ ...settings, language: 'en' }),
      'backups:updateSettings': () => fail('VALIDATION', INSIDE, { secondFolder: { key: 'v.invalidPath' } }),
    });
    await screen.findByRole('button', { name: 'Back up now' });
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Save' }));
    const folder = f.getByLabelText('Second folder');
    await waitFor(() => expect(folder.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(folder)).toMatch(/^Write the folder or file as a full path/);
  });

  it('puts a folder the core cannot write to at the folder field, in its Indonesian words', async () => {
    const message = 'Folder cadangan kedua tidak dapat dipakai: folder itu tidak ada atau tidak dapat ditulisi (terkunci, hanya-baca, atau tanpa izin). Pilih folder lain.';
    setupTab({ 'backups:updateSettings': () => fail('STORAGE', message) });
    const f = await form();
    await userEvent.clear(f.getByLabelText('Folder kedua'));
    await userEvent.type(f.getByLabelText('Folder kedua'), '/mnt/terkunci');
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    const folder = f.getByLabelText('Folder kedua');
    await waitFor(() => expect(folder.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(folder)).toBe(message);
    await waitFor(() => expect(document.activeElement).toBe(folder));
  });

  it('a refusal that is not about a field is said in a notification, in the core’s Indonesian words', async () => {
    setupTab({ 'backups:updateSettings': () => fail('CONFLICT', 'Pengaturan cadangan baru saja diubah di meja ini. Muat ulang lalu ulangi.') });
    const f = await form();
    await userEvent.click(f.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Pengaturan cadangan baru saja diubah di meja ini. Muat ulang lalu ulangi.')).toBeTruthy();
    expect(f.getByLabelText('Folder kedua').getAttribute('aria-invalid')).toBeNull();
  });
});
