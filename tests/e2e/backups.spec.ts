import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupsPage, listBackups, seriousViolations } from './pages/backups.page';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { seedDesk } from './pages/seed';

const DARTO = { ...KUE_BU_SRI, name: 'Amplang Pak Darto', ownerName: 'Darto', ownerNik: '6472010101800001', ownerGender: 'L' as const, ownerBirthDate: '1980-01-01', ownerPhone: '0813-5555-1212', nib: '9876543210123' };

const RINA = { ...KUE_BU_SRI, name: 'Sablon Rina', ownerName: 'Rina Marlina', ownerNik: '6472014101900002', ownerGender: 'P' as const, ownerBirthDate: '1990-01-01', ownerPhone: '0813-5555-3434', nib: '1122334455667' };

/** Copies a backup and its sidecar out of the desk's backup folder, as onto a USB stick. */
function copyBackupOut(dataDir: string, id: string, to: string): string {
  for (const ext of ['.sqlite', '.json']) copyFileSync(join(dataDir, 'backups', `${id}${ext}`), join(to, `${id}${ext}`));
  return join(to, `${id}.sqlite`);
}

const businessNames = async (harness: Parameters<typeof seedDesk>[0]) =>
  (await harness.invoke('businesses:list', {})).rows.map((r) => r.name).sort();

test.describe('Cadangan data', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  let scratch: string;
  test.beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'klinik-cadangan-'));
  });
  test.afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  test('two backups made on the screen with records between them; restoring brings each one’s data back and drops what came later', async ({ page, harness }) => {
    await seedDesk(harness);
    await seedBusiness(harness);
    await page.goto(harness.url);
    const backups = new BackupsPage(page);
    await backups.open();

    const first = await backups.backUpNow(harness);
    expect(first.counts.businesses).toBe(1);
    // Kept aside as a consultant would on a stick: rotation keeps one backup a day, so the next
    // backup made today takes this one's place in the list.
    const stick = copyBackupOut(harness.dataDir, first.id, scratch);
    await seedBusiness(harness, DARTO);
    const second = await backups.backUpNow(harness);
    expect(second.counts.businesses).toBe(2);
    await seedBusiness(harness, RINA);
    expect(await businessNames(harness)).toEqual(['Amplang Pak Darto', 'Kue Bu Sri', 'Sablon Rina']);

    await expect(backups.row(second.id)).toContainText('Dibuat manual');
    await expect(backups.row(second.id)).toContainText('2 UMKM, 0 konsultasi, 0 tindak lanjut, 0 pelatihan, 0 peserta');
    await page.evaluate(() => window.scrollTo(0, 0));
    await backups.shot('01-pengaturan-cadangan');
    expect(await seriousViolations(page, '[role="tabpanel"]')).toEqual([]);

    // The dialog names the backup and what it holds; Batal has the focus; Escape cancels.
    const restoreSecond = backups.restoreButton(second.id);
    await restoreSecond.click();
    const dialog = backups.dialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toContainText('Pulihkan cadangan');
    await expect(dialog).toContainText('2 UMKM');
    await expect(dialog).toContainText('data saat ini disimpan dulu sebagai cadangan baru');
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    await backups.shot('02-konfirmasi-pulihkan');
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(restoreSecond).toBeFocused();
    expect(await businessNames(harness)).toEqual(['Amplang Pak Darto', 'Kue Bu Sri', 'Sablon Rina']);

    // Confirmed with the keyboard this time: Tab from Batal to the red button.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Ya, pulihkan' })).toBeFocused();
    await page.keyboard.press('Enter');

    const outcome = page.getByTestId('restore-outcome');
    await expect(outcome).toContainText('Data berhasil dipulihkan');
    await expect(dialog).toBeHidden();
    expect(await businessNames(harness)).toEqual(['Amplang Pak Darto', 'Kue Bu Sri']);
    // The data from just before is kept as a backup of its own.
    const safety = (await listBackups(harness)).at(-1)!;
    expect(safety).toMatchObject({ reason: 'restore', counts: { businesses: 3 } });
    await expect(backups.row(safety.id)).toContainText('Sebelum pemulihan');
    await page.evaluate(() => window.scrollTo(0, 0));
    await backups.shot('03-setelah-pulihkan');
    expect(await seriousViolations(page, '[role="tabpanel"]')).toEqual([]);

    // The first backup, from the stick: the record made after it is gone, the one before it stays.
    await harness.answerDialog(stick);
    await page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click();
    await dialog.getByRole('button', { name: 'Pilih berkas dan pulihkan' }).click();
    await expect(outcome).toContainText('Data berhasil dipulihkan');
    expect(await businessNames(harness)).toEqual(['Kue Bu Sri']);

    // Screens that had loaded the lists show the restored data.
    await page.getByRole('link', { name: 'UMKM', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Kue Bu Sri' }).first()).toBeVisible();
    await expect(page.getByText('Amplang Pak Darto')).toHaveCount(0);
  });

  test('a file that is not a backup is refused with a plain Indonesian message and nothing changes', async ({ page, harness }) => {
    await seedDesk(harness);
    await seedBusiness(harness);
    const notBackup = join(scratch, 'catatan.sqlite');
    writeFileSync(notBackup, 'Ini bukan basis data, hanya catatan belanja.\n'.repeat(200));
    const before = await listBackups(harness);

    await page.goto(harness.url);
    const backups = new BackupsPage(page);
    await backups.open();
    await harness.answerDialog(notBackup);
    await page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click();
    const dialog = backups.dialog();
    await expect(dialog).toContainText('Pilih berkas cadangan Klinik Bisnis');
    await dialog.getByRole('button', { name: 'Pilih berkas dan pulihkan' }).click();

    const error = page.getByTestId('backup-error');
    await expect(error).toContainText('Pemulihan tidak dilakukan');
    await expect(error).toContainText('Berkas ini bukan cadangan Klinik Bisnis');
    await expect(error).toContainText('Data di meja ini tidak berubah');
    await expect(page.getByTestId('restore-outcome')).toHaveCount(0);
    await backups.shot('04-berkas-ditolak');
    expect(await seriousViolations(page, '[role="tabpanel"]')).toEqual([]);

    expect(await businessNames(harness)).toEqual(['Kue Bu Sri']);
    expect((await listBackups(harness)).map((b) => b.id)).toEqual(before.map((b) => b.id));
  });

  test('Beranda warns that no copy sits in a second folder and leads to the setting; a folder and password saved there clear the warning', async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(harness.url);
    const notice = page.getByTestId('home-backup');
    await expect(notice).toContainText('Terakhir dicadangkan:');
    const warning = page.getByTestId('home-backup-warning');
    await expect(warning).toContainText('Belum ada salinan di folder kedua');
    await notice.scrollIntoViewIfNeeded();
    const backups = new BackupsPage(page);
    await backups.shot('05-beranda-peringatan');
    expect(await seriousViolations(page, '[data-testid="home-backup"]')).toEqual([]);

    await warning.getByRole('link', { name: 'Atur cadangan data' }).click();
    await expect(page.getByRole('tab', { name: 'Cadangan data' })).toHaveAttribute('aria-selected', 'true');

    // A short password is refused at its field before anything is sent.
    const folder = join(scratch, 'Cadangan');
    mkdirSync(folder);
    await harness.answerDialog(folder);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await expect(page.getByRole('textbox', { name: 'Folder kedua' })).toHaveValue(folder);
    const password = page.getByLabel('Kata sandi cadangan kantor');
    await password.fill('pendek');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kata sandi paling sedikit 8 karakter')).toBeVisible();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await backups.shot('06-folder-kedua-salah');
    expect(await seriousViolations(page, '[data-testid="second-folder-form"]')).toEqual([]);

    await password.fill('rahasia-kantor-2026');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Pengaturan folder kedua tersimpan')).toBeVisible();
    await expect(page.getByTestId('backup-status')).toContainText('Salinan terakhir di folder kedua:');
    const status = await harness.invoke('backups:status');
    expect(status).toMatchObject({ secondFolder: folder, passwordSet: true, warnings: [] });

    await page.getByRole('link', { name: 'Beranda' }).click();
    await expect(notice).toBeVisible();
    await expect(warning).toHaveCount(0);
  });
});
