import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, launchHarness, test, type Harness } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { seedConsultation } from './pages/consultations.page';
import { seedDesk } from './pages/seed';
import { TransferPage, exportPackage, shot } from './pages/transfer.page';

test.describe('Ekspor & Impor', () => {
  let target: string;
  test.beforeEach(() => {
    target = mkdtempSync(join(tmpdir(), 'klinik-usb-'));
  });
  test.afterEach(() => {
    rmSync(target, { recursive: true, force: true });
  });

  test('the wizard exports to a chosen folder with a progress bar, a success summary and a manifest on disk', async ({ page, harness }) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    await seedConsultation(harness, business.id, consultantId);
    await harness.setDrives([
      { mountPath: '/media/siti/KINGSTON', label: 'KINGSTON', freeBytes: 7_516_192_768, totalBytes: 15_518_924_800, writable: true },
      { mountPath: '/media/siti/TERKUNCI', label: 'TERKUNCI', freeBytes: 1_073_741_824, totalBytes: 4_026_531_840, writable: false },
    ]);
    const transfer = new TransferPage(page);
    await transfer.openExport(harness.url);

    // 1. Target: the drives the app sees, or a folder through the dialog.
    await expect(page.getByText('Sisa 7 GB dari 14,5 GB')).toBeVisible();
    await expect(page.getByText('Tidak dapat ditulisi (terkunci atau hanya-baca)')).toBeVisible();
    await transfer.next();
    await expect(page.getByText('Pilih flashdisk atau folder tujuan')).toBeVisible();
    await shot(page, '01-target');
    await harness.answerDialog(target);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await expect(page.getByTestId('export-target')).toHaveText(`Tujuan: ${target}`);
    await transfer.next();

    // 2. Scope.
    await expect(transfer.step('scope')).toBeVisible();
    await page.getByRole('radio', { name: 'Kabupaten/kota tertentu' }).check();
    await transfer.next();
    await expect(page.getByText('Pilih paling sedikit satu kabupaten/kota')).toBeVisible();
    await shot(page, '02-scope');
    await page.getByRole('radio', { name: 'Semua data' }).check();
    await transfer.next();

    // 3. Contents, for outsiders: full personal data needs a reason and forces a password.
    await expect(transfer.step('contents')).toBeVisible();
    await transfer.forOutsiders();
    await page.getByRole('checkbox', { name: 'CSV per tabel' }).check();
    await page.getByRole('checkbox', { name: 'Ringkasan konsultasi (PDF)' }).check();
    await page.getByRole('switch', { name: 'Sertakan NIK dan nomor telepon lengkap' }).check();
    await transfer.next();
    await expect(page.getByText('Tulis alasannya (paling sedikit 5 karakter)')).toBeVisible();
    await expect(page.getByText('Isi kata sandi')).toBeVisible();
    await shot(page, '03-contents-errors');
    await page.getByRole('switch', { name: 'Sertakan NIK dan nomor telepon lengkap' }).uncheck();
    await shot(page, '03-contents');
    await transfer.next();

    // 4. Summary, then the run.
    await expect(transfer.step('summary')).toContainText(target);
    await shot(page, '04-summary');
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    await expect(transfer.progress).toBeVisible();
    await expect(transfer.progress.getByRole('progressbar')).toBeVisible();
    // Past the preparation if it is still running then, for a bar with a count.
    await page.getByTestId('transfer-phase').filter({ hasNotText: 'Menyiapkan' }).waitFor({ timeout: 5_000 }).catch(() => undefined);
    if (await transfer.progress.isVisible()) await shot(page, '05-progress');
    await expect(transfer.success).toBeVisible({ timeout: 45_000 });
    await shot(page, '06-success');
    await expect(page.getByTestId('export-count-business')).toHaveText('1');
    await expect(page.getByTestId('export-count-consultation')).toHaveText('1');

    const folder = (await page.getByTestId('export-folder').textContent()) ?? '';
    expect(folder.startsWith(target)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { files: Array<{ name: string }>; counts: Record<string, number> };
    expect(manifest.counts['business']).toBe(1);
    const names = manifest.files.map((f) => f.name);
    expect(names.some((n) => n.endsWith('.xlsx'))).toBe(true);
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    expect(names.some((n) => n.endsWith('.pdf'))).toBe(true);
    // The office's data package is not among the files for outsiders.
    expect(names.some((n) => n.endsWith('.klb'))).toBe(false);
    for (const name of names) expect(existsSync(join(folder, ...name.split('/'))), name).toBe(true);
    // Nothing half-written stays behind.
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  test('a target that went away gives a plain message that nothing changed', async ({ page, harness }) => {
    await seedDesk(harness);
    await seedBusiness(harness);
    const transfer = new TransferPage(page);
    await transfer.openExport(harness.url);
    const gone = join(target, 'flashdisk-dicabut');
    await harness.answerDialog(gone);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await expect(page.getByTestId('export-target')).toHaveText(`Tujuan: ${gone}`);
    await transfer.next();
    await transfer.next();
    await transfer.next();
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    const error = page.getByTestId('export-error');
    await expect(error).toContainText('Ekspor tidak selesai');
    await expect(error).toContainText('Folder tujuan tidak ditemukan');
    await expect(error).toContainText('Tidak ada data di basis data yang berubah.');
    await shot(page, '10-export-error');
    await page.getByRole('button', { name: 'Kembali ke ringkasan' }).click();
    await expect(transfer.step('summary')).toBeVisible();
  });

  test('cancel stops the export and leaves nothing in the target folder', async ({ page, harness }) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    for (let i = 0; i < 4; i++) await seedConsultation(harness, business.id, consultantId);
    const transfer = new TransferPage(page);
    await transfer.openExport(harness.url);
    await harness.answerDialog(target);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await transfer.next();
    await transfer.next();
    await transfer.forOutsiders();
    await page.getByRole('checkbox', { name: 'Ringkasan konsultasi (PDF)' }).check();
    await transfer.next();
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    await transfer.progress.getByRole('button', { name: 'Batalkan' }).click();
    await expect(page.getByTestId('export-cancelled')).toBeVisible({ timeout: 30_000 });
    await shot(page, '11-export-cancelled');
    expect(readdirSync(target)).toEqual([]);
  });

  test('a package from another desk is previewed with new, unchanged and conflicting records and likely duplicates', async ({ page, harness }) => {
    // Desk A (another data folder) makes the package; this harness is desk B.
    const deskA = await launchHarness();
    try {
      await seedDesk(deskA, 'Budi Santoso');
      const sri = await seedBusiness(deskA);
      await seedBusiness(deskA, { ...KUE_BU_SRI, name: 'Amplang Pak Darto', ownerName: 'Darto', ownerNik: '6472010101800001', ownerGender: 'L', ownerBirthDate: '1980-01-01', ownerPhone: '0813-5555-1212', nib: '9876543210123' });
      const first = await exportPackage(deskA, target);
      const firstPackage = join(first.folder!, first.files.find((f) => f.name.endsWith('.klb'))!.name);

      await seedDesk(harness);
      // Desk B knows Bu Sri under its own record: a likely duplicate across desks.
      await seedBusiness(harness, { ...KUE_BU_SRI, name: 'Kue Ibu Sri', nib: '1234567890999' });
      await harness.invoke('transfer:applyImport', await previewInput(harness, firstPackage));

      // Both desks change Bu Sri's profile since: a conflict.
      await touch(deskA, sri.id, 'Kue Bu Sri Samarinda');
      await touch(harness, sri.id, 'Kue Bu Sri (Jl. Pahlawan)');
      const second = await exportPackage(deskA, mkdtempSync(join(tmpdir(), 'klinik-usb2-')));
      const secondPackage = join(second.folder!, second.files.find((f) => f.name.endsWith('.klb'))!.name);

      const transfer = new TransferPage(page);
      await transfer.openImport(harness.url);
      await harness.answerDialog(secondPackage);
      await page.getByRole('button', { name: 'Pilih paket…' }).click();
      await expect(page.getByTestId('import-path')).toHaveText(secondPackage);
      await page.getByRole('button', { name: 'Periksa paket' }).click();
      await expect(transfer.preview).toBeVisible();
      await expect(transfer.count('business', 'Bentrok')).toHaveText('1');
      await expect(transfer.count('business', 'Tidak berubah')).toHaveText('1');
      await expect(page.getByTestId('import-conflict')).toContainText('Kue Bu Sri Samarinda');
      await shot(page, '07-import-preview');

      // Not chosen here: the apply parks it in Konflik, and this desk's version stands until decided.
      await expect(page.getByTestId('import-conflict')).toContainText('Akan menunggu di Konflik');
      await page.getByRole('button', { name: 'Terapkan impor' }).click();
      await expect(page.getByTestId('import-result')).toBeVisible();
      await expect(page.getByTestId('import-parked')).toContainText('1 catatan');
      await shot(page, '08-import-result');
      const after = await harness.invoke('businesses:get', { id: sri.id });
      expect(after.name).toBe('Kue Bu Sri (Jl. Pahlawan)');
    } finally {
      await deskA.close();
    }
  });

  test('a first package shows its likely duplicates with link choices', async ({ page, harness }) => {
    const deskA = await launchHarness();
    try {
      await seedDesk(deskA, 'Budi Santoso');
      await seedBusiness(deskA);
      const made = await exportPackage(deskA, target);
      const file = join(made.folder!, made.files.find((f) => f.name.endsWith('.klb'))!.name);
      await seedDesk(harness);
      await seedBusiness(harness, { ...KUE_BU_SRI, name: 'Kue Ibu Sri', nib: '1234567890999' });

      const transfer = new TransferPage(page);
      await transfer.openImport(harness.url);
      await harness.answerDialog(file);
      await page.getByRole('button', { name: 'Pilih paket…' }).click();
      await page.getByRole('button', { name: 'Periksa paket' }).click();
      await expect(transfer.preview).toBeVisible();
      await expect(transfer.count('business', 'Baru')).toHaveText('1');
      await expect(page.getByTestId('import-duplicate')).toContainText('Kue Bu Sri');
      await expect(page.getByRole('radio', { name: /Tautkan ke Kue Ibu Sri/ })).toBeVisible();
      await shot(page, '09-import-duplicates');
    } finally {
      await deskA.close();
    }
  });
});

async function previewInput(harness: Harness, path: string) {
  const preview = await harness.invoke('transfer:previewImport', { jobId: randomUUID(), path });
  return { jobId: randomUUID(), previewId: preview.previewId, links: [] };
}

async function touch(harness: Harness, id: string, name: string) {
  const current = await harness.invoke('businesses:get', { id });
  await harness.invoke('businesses:update', { id, expectedUpdatedAt: current.updatedAt, keepNik: true, profile: { ...KUE_BU_SRI, name } });
}
