import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FakeReply } from '../../helpers';
import { initialExportValues, toExportInput, validateStep } from '../../../../src/renderer/src/features/transfer/export/export-values';
import { KEY, KINGSTON, calls, exportResult, ok, setup } from './fixtures';

const next = () => userEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
const OFFICE = 'Untuk meja-meja kantor ini (paket .klb, dikunci kunci kantor, data lengkap)';
const OUTSIDE = 'Untuk pihak luar (XLSX/CSV/PDF, data pribadi disamarkan)';
const forOutsiders = () => userEvent.click(screen.getByRole('radio', { name: OUTSIDE }));

async function pickDriveAndGoTo(step: 'scope' | 'contents' | 'summary') {
  await userEvent.click(await screen.findByRole('radio', { name: 'KINGSTON' }));
  await next();
  if (step === 'scope') return;
  await next();
  if (step === 'contents') return;
  await next();
}

describe('Ekspor wizard', () => {
  it('lists the removable drives with id-ID free space, keeps a read-only one unselectable, and needs a target', async () => {
    setup();
    expect(await screen.findByText('Sisa 7 GB dari 14,5 GB')).toBeTruthy();
    expect(screen.getByText('Tidak dapat ditulisi (terkunci atau hanya-baca)')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'TERKUNCI' }).hasAttribute('disabled')).toBe(true);
    await next();
    expect(screen.getByText('Pilih flashdisk atau folder tujuan')).toBeTruthy();
    expect(screen.getByTestId('export-step-target')).toBeTruthy();
  });

  it('takes a folder from the dialog as the target', async () => {
    const { invoke } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih folder…' }));
    expect(await screen.findByText('Tujuan: /home/siti/Ekspor')).toBeTruthy();
    expect(calls(invoke, 'transfer:chooseFolder')).toHaveLength(1);
    await next();
    expect(screen.getByTestId('export-step-scope')).toBeTruthy();
  });

  it('refreshes the drive list on request', async () => {
    const { invoke } = setup();
    await screen.findByRole('radio', { name: 'KINGSTON' });
    await userEvent.click(screen.getByRole('button', { name: 'Muat ulang daftar' }));
    await waitFor(() => expect(calls(invoke, 'transfer:drives').length).toBe(2));
  });

  it('asks for both dates of a range and at least one kabupaten/kota', async () => {
    setup();
    await pickDriveAndGoTo('scope');
    await userEvent.click(screen.getByRole('radio', { name: /Rentang tanggal/ }));
    await next();
    expect(screen.getByText('Isi tanggal awal')).toBeTruthy();
    expect(screen.getByText('Isi tanggal akhir')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: /Kabupaten\/kota tertentu/ }));
    await next();
    expect(screen.getByText('Pilih paling sedikit satu kabupaten/kota')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: /UMKM tertentu/ }));
    await next();
    expect(screen.getByText('Pilih paling sedikit satu UMKM')).toBeTruthy();
  });

  it('needs a reason for full personal data, forces encryption, and checks the password confirmation', async () => {
    setup();
    await pickDriveAndGoTo('contents');
    await forOutsiders();
    await userEvent.click(screen.getByRole('switch', { name: /Sertakan NIK dan nomor telepon lengkap/ }));
    // Encryption is no longer a choice: the switch gives way to a notice.
    expect(screen.queryByRole('switch', { name: /Enkripsi ekspor/ })).toBeNull();
    expect(screen.getByTestId('encryption-forced').textContent).toContain('wajib dienkripsi');
    await next();
    expect(screen.getByText('Tulis alasannya (paling sedikit 5 karakter)')).toBeTruthy();
    expect(screen.getByText('Isi kata sandi')).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: /Alasan menyertakan/ }), 'Verifikasi KUR oleh Dinas');
    await userEvent.type(screen.getByLabelText(/^Kata sandi/), 'pendek');
    await next();
    expect(screen.queryByText('Tulis alasannya (paling sedikit 5 karakter)')).toBeNull();
    expect(screen.getByText('Kata sandi paling sedikit 8 karakter')).toBeTruthy();

    await userEvent.type(screen.getByLabelText(/^Kata sandi/), '-panjang');
    await userEvent.type(screen.getByLabelText(/^Ulangi kata sandi/), 'lain-lagi');
    await next();
    expect(screen.getByText('Kata sandi tidak sama')).toBeTruthy();
    expect(screen.getByTestId('export-step-contents')).toBeTruthy();
  });

  it('asks for a password when encryption is chosen without full personal data, and sends it', async () => {
    const { invoke } = setup();
    await pickDriveAndGoTo('contents');
    await forOutsiders();
    await userEvent.click(screen.getByRole('switch', { name: /Enkripsi ekspor/ }));
    await next();
    expect(screen.getByText('Isi kata sandi')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Kata sandi/), 'rahasia-kantor');
    await userEvent.type(screen.getByLabelText(/^Ulangi kata sandi/), 'rahasia-kantor');
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    await screen.findByTestId('export-success');
    expect(calls(invoke, 'transfer:export')[0]).toMatchObject({ personalData: 'masked', personalDataReason: null, password: 'rahasia-kantor' });
  });

  it('sends a package for another office only with a password, never for the office key to lock', async () => {
    const { invoke } = setup({ 'transfer:officeKey': () => ok(KEY) });
    await pickDriveAndGoTo('contents');
    await forOutsiders();
    await userEvent.click(screen.getByRole('checkbox', { name: /Paket data \(\.klb\) untuk kantor lain/ }));
    expect(screen.queryByRole('switch', { name: /Enkripsi ekspor/ })).toBeNull();
    expect(screen.getByTestId('encryption-forced').textContent).toContain('berisi paket data untuk kantor lain');
    await next();
    expect(screen.getByText('Isi kata sandi')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Kata sandi/), 'sandi-kantor-lain');
    await userEvent.type(screen.getByLabelText(/^Ulangi kata sandi/), 'sandi-kantor-lain');
    await next();
    expect(screen.getByTestId('export-summary').textContent).toContain('Paket data (.klb) untuk kantor lain');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    await screen.findByTestId('export-success');
    expect(calls(invoke, 'transfer:export')[0]).toMatchObject({ contents: ['xlsx', 'package'], personalData: 'masked', password: 'sandi-kantor-lain', since: null });
    // Locked with the password, not the office key.
    expect(screen.queryByTestId('export-office-key')).toBeNull();
  });

  it('needs at least one kind of file', async () => {
    setup();
    await pickDriveAndGoTo('contents');
    await forOutsiders();
    await userEvent.click(screen.getByRole('checkbox', { name: /Buku kerja Excel/ }));
    await next();
    expect(screen.getByText('Pilih paling sedikit satu jenis berkas')).toBeTruthy();
  });

  it('sends the export input chosen in the wizard and shows the success summary', async () => {
    const { invoke } = setup();
    await pickDriveAndGoTo('contents');
    await forOutsiders();
    // The office's own package is not among the files for outsiders.
    expect(screen.queryByRole('checkbox', { name: /untuk meja lain/ })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: /CSV per tabel/ }));
    await userEvent.click(screen.getByRole('radio', { name: /Koma/ }));
    await userEvent.click(screen.getByRole('switch', { name: /Sertakan NIK dan nomor telepon lengkap/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Alasan menyertakan/ }), 'Verifikasi KUR oleh Dinas');
    await userEvent.type(screen.getByLabelText(/^Kata sandi/), 'rahasia-kantor');
    await userEvent.type(screen.getByLabelText(/^Ulangi kata sandi/), 'rahasia-kantor');
    await next();

    const summary = screen.getByTestId('export-summary');
    expect(summary.textContent).toContain('KINGSTON — /media/siti/KINGSTON');
    expect(summary.textContent).toContain('Lengkap — alasan: Verifikasi KUR oleh Dinas');
    expect(summary.textContent).toContain('ZIP AES-256 dengan kata sandi');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));

    const [input] = calls(invoke, 'transfer:export');
    expect(input).toMatchObject({
      targetDir: KINGSTON.mountPath,
      scope: { kind: 'all' },
      contents: ['xlsx', 'csv'],
      csvSeparator: ',',
      personalData: 'full',
      personalDataReason: 'Verifikasi KUR oleh Dinas',
      password: 'rahasia-kantor',
    });
    expect(input!['jobId']).toMatch(/^[0-9a-f-]{36}$/);

    const success = await screen.findByTestId('export-success');
    expect(within(success).getByTestId('export-folder').textContent).toContain(exportResult.folder!);
    expect(within(success).getByTestId('export-count-business').textContent).toContain('1.250');
    expect(within(success).getByTestId('export-count-consultation').textContent).toContain('3.400');
    expect(within(success).getByText('Klinik-Bisnis-SMD1-2026-11-28-0930.xlsx')).toBeTruthy();
    expect(within(success).getByText('1,2 MB')).toBeTruthy();
    expect(within(success).getByText('manifest.json')).toBeTruthy();
  });

  it("sends the office's whole package without a password by default, for the office key to lock", async () => {
    const { invoke } = setup();
    await pickDriveAndGoTo('summary');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    await screen.findByTestId('export-success');
    expect(calls(invoke, 'transfer:export')[0]).toMatchObject({ contents: ['package'], personalData: 'masked', personalDataReason: null, password: null, since: null });
  });

  it('says plainly which export is for whom, and that without an office key the package is neither locked nor in full', async () => {
    setup();
    await pickDriveAndGoTo('contents');
    const office = screen.getByRole('radio', { name: OFFICE });
    expect(office.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: OUTSIDE }).getAttribute('aria-checked')).toBe('false');
    const missing = await screen.findByTestId('office-key-missing');
    expect(missing.textContent).toContain('Kunci kantor belum diatur di meja ini');
    expect(missing.textContent).toContain('NIK serta telepon di dalamnya disamarkan');
    expect(within(missing).getByRole('link', { name: 'Atur kunci kantor' }).getAttribute('href')).toBe('/ekspor/kunci-kantor');
    await userEvent.click(within(missing).getByRole('link', { name: 'Atur kunci kantor' }));
    expect(screen.getByTestId('where').textContent).toBe('/ekspor/kunci-kantor');
  });

  it("names the office key's fingerprint when it locks the package, and the summary says so", async () => {
    setup({ 'transfer:officeKey': () => ok(KEY) });
    await pickDriveAndGoTo('contents');
    expect((await screen.findByTestId('office-key-set')).textContent).toContain('sidik 3F2A-9C41-7B0E-D5A8');
    expect(screen.queryByTestId('office-key-missing')).toBeNull();
    await next();
    const summary = screen.getByTestId('export-summary');
    await waitFor(() => expect(summary.textContent).toContain('Dikunci kunci kantor (sidik 3F2A-9C41-7B0E-D5A8)'));
    expect(summary.textContent).toContain(OFFICE);
    expect(summary.textContent).toContain('Lengkap di paket (dikunci kunci kantor)');
    expect(summary.textContent).toContain('Semua catatan (paket lengkap)');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    // The answer names the masked mode of the files for people; the package itself went in full.
    const success = await screen.findByTestId('export-success');
    expect(within(success).getByTestId('export-office-key').textContent).toBe('Paket dikunci kunci kantor (sidik 3F2A-9C41-7B0E-D5A8), data lengkap');
    expect(within(success).queryByText('Data pribadi disamarkan')).toBeNull();
  });

  it('offers a package of changes only for the desks that acknowledged one, with their pending changes, and sends it', async () => {
    const { invoke } = setup({ 'transfer:officeKey': () => ok(KEY) });
    await pickDriveAndGoTo('contents');
    const since = await screen.findByRole('radio', { name: /Hanya perubahan sejak paket terakhir yang diakui oleh: BPN1 — Klinik Bisnis Balikpapan/ });
    expect(screen.getByText('12 perubahan belum diakui meja itu.')).toBeTruthy();
    // A desk that never acknowledged a package of this desk cannot get changes only.
    expect(screen.queryByRole('radio', { name: /KKR1/ })).toBeNull();
    await userEvent.click(since);
    await next();
    expect(screen.getByTestId('export-summary').textContent).toContain('Hanya perubahan yang belum diakui BPN1 — Klinik Bisnis Balikpapan');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    await screen.findByTestId('export-success');
    expect(calls(invoke, 'transfer:export')[0]).toMatchObject({ scope: { kind: 'all' }, contents: ['package'], password: null, since: { deskId: 'desk-bpn1' } });
  });

  it('refuses a package of changes only for a scope other than all data, and sends no since for outsiders', () => {
    const regencies = { ...initialExportValues, scopeKind: 'regencies' as const, regencies: ['64.72'], sinceDeskId: 'desk-bpn1' };
    expect(validateStep('contents', regencies)['sinceDeskId']).toEqual({ key: 'transfer.audience.sinceNeedsAll' });
    expect(validateStep('contents', { ...regencies, scopeKind: 'all' })).toEqual({});
    const outside = toExportInput({ ...initialExportValues, audience: 'outside', sinceDeskId: 'desk-bpn1', contents: ['xlsx'] }, 'job');
    expect(outside).toMatchObject({ contents: ['xlsx'], since: null, password: null });
  });

  it('shows the progress of its own job, and cancels it', async () => {
    let finish: (value: FakeReply<'transfer:export'>) => void = () => {};
    const { invoke, emit } = setup({ 'transfer:export': () => new Promise((resolve) => (finish = resolve)) });
    await pickDriveAndGoTo('summary');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    const jobId = calls(invoke, 'transfer:export')[0]!['jobId'] as string;
    expect(await screen.findByTestId('transfer-progress')).toBeTruthy();

    emit('transfer:progress', { jobId: 'another-job', phase: 'pdf', done: 1, total: 2 });
    emit('transfer:progress', { jobId, phase: 'xlsx', done: 500, total: 2000 });
    expect(screen.getByTestId('transfer-phase').textContent).toContain('Menulis buku kerja XLSX');
    expect(screen.getByText('500 dari 2.000')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    // After each file the core reports how many are finished, with no total to divide by.
    emit('transfer:progress', { jobId, phase: 'verify', done: 2, total: 2 });
    expect(screen.getByTestId('transfer-phase').textContent).toContain('Memeriksa berkas yang ditulis');
    expect(screen.getByText('2 berkas selesai dan diperiksa')).toBeTruthy();
    expect(screen.queryByText('2 dari 2')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Batalkan' }));
    expect(calls(invoke, 'transfer:cancel')).toEqual([{ jobId }]);
    finish(ok({ ...exportResult, status: 'cancelled', folder: null, files: [] }));
    expect((await screen.findByTestId('export-cancelled')).textContent).toContain('Tidak ada berkas setengah jadi yang tertinggal');
  });

  it('says what went wrong and that the database did not change', async () => {
    const message =
      'Flashdisk/folder tujuan terlepas atau tidak dapat dijangkau lagi saat ekspor berjalan. Ekspor dihentikan dan berkas yang belum selesai dihapus bila masih bisa. Tidak ada data di basis data yang berubah.';
    setup({ 'transfer:export': () => ({ ok: false, error: { code: 'STORAGE', message } }) });
    await pickDriveAndGoTo('summary');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    const alert = await screen.findByTestId('export-error');
    expect(alert.textContent).toContain('Ekspor tidak selesai');
    expect(alert.textContent).toContain(message);
    await userEvent.click(screen.getByRole('button', { name: 'Kembali ke ringkasan' }));
    expect(screen.getByTestId('export-step-summary')).toBeTruthy();
  });

  it('names the field issues of a refused export input', async () => {
    setup({
      'transfer:export': () => ({
        ok: false,
        error: { code: 'VALIDATION', message: 'Periksa isian.', fields: { targetDir: { key: 'v.invalidPath' } } },
      }),
    });
    await pickDriveAndGoTo('summary');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    expect((await screen.findByTestId('export-error')).textContent).toContain('Folder atau berkas harus ditulis lengkap dari akarnya');
  });

  it("says once, in the core's words, why a package of changes only cannot be made for a desk", async () => {
    const message = 'Meja tujuan belum pernah mengakui paket dari meja ini, jadi belum bisa dibuat paket perubahan saja. Buat paket lengkap terlebih dahulu.';
    setup({
      'transfer:officeKey': () => ok(KEY),
      'transfer:export': () => ({
        ok: false,
        error: { code: 'VALIDATION', message, key: 'transfer.since.unknownDesk', fields: { since: { key: 'transfer.since.unknownDesk' } } },
      }),
    });
    await pickDriveAndGoTo('contents');
    await userEvent.click(await screen.findByRole('radio', { name: /Hanya perubahan sejak paket terakhir yang diakui oleh: BPN1/ }));
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    const alert = await screen.findByTestId('export-error');
    expect(alert.textContent!.split(message)).toHaveLength(2);
    expect(alert.textContent).not.toContain('Isian tidak sah');
  });

  it('adds that nothing changed when the core message does not say it', async () => {
    setup({ 'transfer:export': () => ({ ok: false, error: { code: 'INTERNAL', message: 'boom' } }) });
    await pickDriveAndGoTo('summary');
    await userEvent.click(screen.getByRole('button', { name: 'Mulai ekspor' }));
    expect((await screen.findByTestId('export-error')).textContent).toContain('Tidak ada data di basis data yang berubah.');
  });
});
