import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { INCOMING_SRI, LOCAL_SRI, calls, preview, setup } from './fixtures';

async function choosePackageAndPreview(password?: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'Pilih paket…' }));
  expect((await screen.findByTestId('import-path')).textContent).toBe('/media/siti/KINGSTON/Paket-Data-BPN1.klb');
  if (password) await userEvent.type(screen.getByLabelText(/Kata sandi paket/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Periksa paket' }));
  return screen.findByTestId('import-preview');
}

describe('Impor', () => {
  it('previews the package with its source, counts per table, conflicts side by side and likely duplicates', async () => {
    const { invoke } = setup({}, 'import');
    const view = await choosePackageAndPreview('rahasia-kantor');
    expect(calls(invoke, 'transfer:previewImport')[0]).toMatchObject({ path: '/media/siti/KINGSTON/Paket-Data-BPN1.klb', password: 'rahasia-kantor' });

    expect(view.textContent).toContain('Meja BPN1 — Klinik Bisnis Balikpapan');
    const business = within(screen.getByTestId('import-counts')).getByText('Profil UMKM').closest('tr')!;
    expect([...business.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Profil UMKM', '12', '3', '1.200', '1', '1']);

    const conflict = screen.getByTestId('import-conflict');
    expect(conflict.textContent).toContain('Amplang Pak Darto');
    expect(conflict.textContent).toContain('Di meja ini');
    expect(conflict.textContent).toContain('Dari paket');
    expect(conflict.textContent).toContain('Diubah 26/11/2026 09.00.00');
    expect(conflict.textContent).toContain('Diubah 27/11/2026 09.30.00');
    expect(within(conflict).getByText('Dihapus')).toBeTruthy();
    expect(within(conflict).getByText('Nama')).toBeTruthy();
    // Not chosen here any more: the apply parks it in Konflik.
    expect(within(conflict).getByText('Akan menunggu di Konflik')).toBeTruthy();
    expect(within(conflict).queryByRole('radio')).toBeNull();
    expect(view.textContent).toContain('versi dari paket menunggu di Konflik');
    expect(screen.getByTestId('preview-incremental').textContent).toBe('Paket lengkap');
    expect(screen.queryByTestId('preview-office-key')).toBeNull();
    // Derived search keys are not listed as differences of their own.
    expect(within(conflict).queryByText('name_key')).toBeNull();

    const duplicate = screen.getByTestId('import-duplicate');
    expect(duplicate.textContent).toContain('Kue Bu Sri');
    expect(within(duplicate).getByRole('radio', { name: /Tautkan ke Kue Ibu Sri/ })).toBeTruthy();
    expect(within(duplicate).getByText('NIK sama')).toBeTruthy();
    expect((within(duplicate).getByRole('radio', { name: /Putuskan nanti/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('parks the conflicts instead of choosing them, sends the links chosen, and leads from the result to Konflik', async () => {
    const { invoke } = setup({}, 'import');
    await choosePackageAndPreview();
    await userEvent.click(screen.getByRole('radio', { name: /Tautkan ke Kue Ibu Sri/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Terapkan impor' }));

    const [input] = calls(invoke, 'transfer:applyImport');
    expect(input).toMatchObject({
      previewId: 'preview-1',
      resolutions: [],
      otherConflicts: 'park',
      links: [{ incomingId: INCOMING_SRI, localId: LOCAL_SRI, action: 'merge' }],
    });
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('Impor selesai');
    expect(result.textContent).toContain('1 profil ditautkan atau ditandai bukan duplikat');
    const parked = within(result).getByTestId('import-parked');
    expect(parked.textContent).toContain('1 catatan yang diubah di kedua meja menunggu keputusan Anda di Konflik.');
    const business = within(result).getByText('Profil UMKM').closest('tr')!;
    expect([...business.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Profil UMKM', '12', '3', '0', '1', '0']);
    await userEvent.click(within(parked).getByRole('link', { name: /Buka Konflik/ }));
    expect(screen.getByTestId('where').textContent).toBe('/ekspor/konflik');
  });

  it('sends "bukan duplikat" for every candidate, and no conflict choice', async () => {
    const { invoke } = setup({}, 'import');
    await choosePackageAndPreview();
    await userEvent.click(screen.getByRole('radio', { name: 'Bukan duplikat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Terapkan impor' }));
    await screen.findByTestId('import-result');
    expect(calls(invoke, 'transfer:applyImport')[0]).toMatchObject({
      resolutions: [],
      links: [{ incomingId: INCOMING_SRI, localId: LOCAL_SRI, action: 'notDuplicate' }],
    });
  });

  it('says that the conflicts beyond the listed ones wait in Konflik too, and shows an office-key package of changes only', async () => {
    const source = { ...preview().source, officeKey: true, incremental: true, personalData: 'full' as const, encrypted: true };
    setup({ 'transfer:previewImport': () => ({ ok: true, value: preview({ conflictsTotal: 250, duplicates: [], source }) }) }, 'import');
    await choosePackageAndPreview();
    expect(screen.getByText('1 dari 250 bentrok ditampilkan; semuanya akan menunggu di Konflik.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByTestId('preview-office-key').textContent).toBe('Dikunci kunci kantor (data lengkap untuk meja kantor ini)');
    expect(screen.getByTestId('preview-incremental').textContent).toBe('Hanya perubahan sejak paket sebelumnya');
  });

  it("shows the core's message when a package is refused, and writes nothing", async () => {
    const message = 'Kata sandi paket salah. Tidak ada yang diimpor; data di meja ini tidak berubah.';
    const { invoke } = setup({ 'transfer:previewImport': () => ({ ok: false, error: { code: 'VALIDATION', message } }) }, 'import');
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih paket…' }));
    await screen.findByText('/media/siti/KINGSTON/Paket-Data-BPN1.klb');
    await userEvent.click(screen.getByRole('button', { name: 'Periksa paket' }));
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('Paket tidak dapat diimpor');
    expect(alert.textContent).toContain(message);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(calls(invoke, 'transfer:applyImport')).toHaveLength(0);
  });

  it('leads to the office key panel when a package is locked with an office key this desk does not have', async () => {
    const message =
      'Paket ini dikunci dengan kunci kantor, tetapi meja ini belum memiliki kunci kantor. Masukkan kunci kantor (atau impor berkas kuncinya) di Ekspor & Impor ▸ Kunci kantor, lalu ulangi. Tidak ada yang diimpor; data di meja ini tidak berubah.';
    setup({ 'transfer:previewImport': () => ({ ok: false, error: { code: 'VALIDATION', message, key: 'transfer.package.noOfficeKey' } }) }, 'import');
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih paket…' }));
    await screen.findByText('/media/siti/KINGSTON/Paket-Data-BPN1.klb');
    await userEvent.click(screen.getByRole('button', { name: 'Periksa paket' }));
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('belum memiliki kunci kantor');
    await userEvent.click(within(alert).getByRole('link', { name: 'Buka Kunci kantor' }));
    expect(screen.getByTestId('where').textContent).toBe('/ekspor/kunci-kantor');
  });

  it('does not apply a package whose problems stop the import', async () => {
    setup({ 'transfer:previewImport': () => ({ ok: true, value: preview({ problems: ['Nomor konsultasi SMD1-2611-0007 sudah dipakai catatan lain di meja ini.'] }) }) }, 'import');
    await choosePackageAndPreview();
    expect(screen.getByText('Nomor konsultasi SMD1-2611-0007 sudah dipakai catatan lain di meja ini.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terapkan impor' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the progress of a preview and cancels it', async () => {
    const { invoke, emit } = setup({ 'transfer:previewImport': () => new Promise(() => {}) }, 'import');
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih paket…' }));
    await screen.findByText('/media/siti/KINGSTON/Paket-Data-BPN1.klb');
    await userEvent.click(screen.getByRole('button', { name: 'Periksa paket' }));
    const jobId = calls(invoke, 'transfer:previewImport')[0]!['jobId'] as string;
    emit('transfer:progress', { jobId, phase: 'compare', done: 300, total: 1200 });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25'));
    await userEvent.click(screen.getByRole('button', { name: 'Batalkan' }));
    expect(calls(invoke, 'transfer:cancel')).toEqual([{ jobId }]);
  });
});
