import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, launchHarness, test, type Harness } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { exportPackage } from './pages/transfer.page';

/** Pictures of the screens, beside the a11y spec's. */
const SHOTS = resolve('test-results/screens/transfer-sync');
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const PIN = '246810';

/** A desk of the same office, set up on first run with its own code; its admin is on duty. */
async function setUpDesk(harness: Harness, deskCode: string, name: string): Promise<void> {
  await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode,
    timeZone: 'Asia/Makassar',
    consultant: { name, nip: null, phone: null, pin: PIN },
  });
}

/** Waits for `expected`; when the desk asks for the PIN again first (a guarded step), gives it. */
async function throughPin(page: Page, expected: Locator): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Masukkan PIN lagi' });
  await expect(dialog.or(expected).first()).toBeVisible({ timeout: 20_000 });
  if (await dialog.isVisible()) {
    await dialog.getByLabel('PIN').fill(PIN);
    await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
  }
  await expect(expected).toBeVisible({ timeout: 30_000 });
}

/** Axe on the screen as it stands (0 serious or critical), and its picture at 1366x768. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  console.log(`axe ${name}: ${bad.length} serious/critical`);
  mkdirSync(SHOTS, { recursive: true });
  // The screen as it opens at 1366x768, and the whole of it to look over.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), style: NO_TOASTS });
  await page.screenshot({ path: join(SHOTS, `${name}-whole.png`), style: NO_TOASTS, fullPage: true });
  expect(bad, name).toEqual([]);
}

const fingerprintOf = async (page: Page) => (await page.getByTestId('office-key-fingerprint').textContent())?.trim() ?? '';

/** The one file of `ext` somewhere under `folder` (an export folder, the key file's folder). */
function findFile(folder: string, ext: string): string {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) return join(entry.parentPath, entry.name);
  }
  throw new Error(`no ${ext} under ${folder}`);
}

async function editBusiness(harness: Harness, id: string, change: Partial<typeof KUE_BU_SRI> & { address?: string }): Promise<void> {
  const current = await harness.invoke('businesses:get', { id });
  await harness.invoke('businesses:update', { id, expectedUpdatedAt: current.updatedAt, keepNik: true, profile: { ...KUE_BU_SRI, address: current.address, ...change } });
}

/** Impor on `desk`, driven through the screen: choose, preview, apply. */
async function importThroughScreen(page: Page, desk: Harness, packagePath: string): Promise<void> {
  await page.goto(`${desk.url}#/ekspor/impor`);
  await desk.answerDialog(packagePath);
  await page.getByRole('button', { name: 'Pilih paket…' }).click();
  await expect(page.getByTestId('import-path')).toHaveText(packagePath);
  await page.getByRole('button', { name: 'Periksa paket' }).click();
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

test.describe('Antar meja kantor: kunci kantor dan Konflik', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  let usb: string;
  let deskTwo: (Harness & { close(): Promise<void> }) | null = null;
  test.beforeEach(() => {
    usb = mkdtempSync(join(tmpdir(), 'klinik-usb-'));
  });
  test.afterEach(async () => {
    await deskTwo?.close();
    deskTwo = null;
    rmSync(usb, { recursive: true, force: true });
  });

  test('two desks share the office key by its file, carry full data in the office package, and settle a conflict field by field', async ({ page, harness }) => {
    test.setTimeout(300_000);
    const deskOne = harness;
    deskTwo = await launchHarness();
    const two = deskTwo;
    await setUpDesk(deskOne, 'SMD1', 'Siti Rahmawati');
    await setUpDesk(two, 'SMD2', 'Budi Santoso');
    const sri = await seedBusiness(deskOne, { ...KUE_BU_SRI, address: 'Jl. Pahlawan No. 3' });

    // Desk 1 makes the office key and saves its file to the stick.
    await page.goto(`${deskOne.url}#/ekspor/kunci-kantor`);
    await expect(page.getByTestId('office-key-status')).toContainText('Belum diatur');
    await checkScreen(page, 'kunci-kantor-belum');
    await page.getByRole('button', { name: 'Buat kunci kantor' }).click();
    await throughPin(page, page.getByTestId('office-key-fingerprint'));
    const fingerprint = await fingerprintOf(page);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    await deskOne.answerDialog(usb);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await expect(page.getByTestId('office-key-target')).toHaveText(`Tujuan: ${usb}`);
    await page.getByRole('button', { name: 'Simpan berkas kunci' }).click();
    await throughPin(page, page.getByTestId('office-key-saved'));
    const keyFile = findFile(usb, '.klbkey');
    await page.getByRole('button', { name: 'Tampilkan kunci' }).click();
    await throughPin(page, page.getByTestId('office-key-value'));
    await checkScreen(page, 'kunci-kantor');

    // Desk 2 imports the key file: the same fingerprint.
    await page.goto(`${two.url}#/ekspor/kunci-kantor`);
    await expect(page.getByTestId('office-key-status')).toContainText('Belum diatur');
    await two.answerDialog(keyFile);
    await page.getByRole('button', { name: 'Impor berkas kunci…' }).click();
    await throughPin(page, page.getByTestId('office-key-fingerprint'));
    expect(await fingerprintOf(page)).toBe(fingerprint);
    await checkScreen(page, 'kunci-kantor-meja-2');

    // Desk 1 exports the office's package through the wizard: no password, locked with the office key.
    await page.goto(`${deskOne.url}#/ekspor`);
    await deskOne.answerDialog(usb);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByRole('radio', { name: 'Untuk meja-meja kantor ini (paket .klb, dikunci kunci kantor, data lengkap)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Untuk pihak luar (XLSX/CSV/PDF, data pribadi disamarkan)' })).toBeVisible();
    await expect(page.getByTestId('office-key-set')).toContainText(fingerprint);
    await checkScreen(page, 'ekspor-untuk-siapa');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByTestId('export-summary')).toContainText(`Dikunci kunci kantor (sidik ${fingerprint})`);
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    await expect(page.getByTestId('export-success')).toBeVisible({ timeout: 45_000 });
    const firstFolder = (await page.getByTestId('export-folder').textContent()) ?? '';
    const firstPackage = findFile(firstFolder, '.klb');

    // Desk 2 imports it and holds the owner's NIK in full.
    await importThroughScreen(page, two, firstPackage);
    await expect(page.getByTestId('preview-office-key')).toHaveText('Dikunci kunci kantor (data lengkap untuk meja kantor ini)');
    await page.getByRole('button', { name: 'Terapkan impor' }).click();
    await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
    await page.goto(`${two.url}#/umkm/${sri.id}`);
    await expect(page.getByTestId('owner-nik')).toHaveText(/•/);
    await page.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await throughPin(page, page.getByTestId('owner-nik').filter({ hasText: KUE_BU_SRI.ownerNik! }));

    // Desk 2's package back tells desk 1 what desk 2 has acknowledged.
    const back = await exportPackage(two, usb);
    const backPackage = join(back.folder!, back.files.find((f) => f.name.endsWith('.klb'))!.name);
    const backPreview = await deskOne.invoke('transfer:previewImport', { jobId: randomUUID(), path: backPackage });
    await deskOne.invoke('transfer:applyImport', { jobId: randomUUID(), previewId: backPreview.previewId });

    // Both desks change the same business differently; desk 1's next package, of changes only, meets desk 2's change.
    await editBusiness(deskOne, sri.id, { name: 'Kue Bu Sri Samarinda', address: 'Jl. Juanda No. 7' });
    await editBusiness(two, sri.id, { name: 'Kue Bu Sri (Jl. Pahlawan)', ownerPhone: '0813-5000-1234' });
    await page.goto(`${deskOne.url}#/ekspor`);
    await deskOne.answerDialog(usb);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    const changesOnly = page.getByRole('radio', { name: 'Hanya perubahan sejak paket terakhir yang diakui oleh: SMD2 — Klinik Bisnis PLUT-KUMKM Kaltim' });
    await changesOnly.check();
    await expect(page.getByText(/^\d+ perubahan belum diakui meja itu\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByTestId('export-summary')).toContainText('Hanya perubahan yang belum diakui SMD2');
    await page.getByRole('button', { name: 'Mulai ekspor' }).click();
    await expect(page.getByTestId('export-success')).toBeVisible({ timeout: 45_000 });
    const nextFolder = (await page.getByTestId('export-folder').textContent()) ?? '';
    const nextPackage = findFile(nextFolder, '.klb');
    expect(nextPackage).toContain('Paket-Perubahan');
    await importThroughScreen(page, two, nextPackage);
    await expect(page.getByTestId('preview-incremental')).toHaveText('Hanya perubahan sejak paket sebelumnya');
    await expect(page.getByTestId('import-conflict')).toContainText('Akan menunggu di Konflik');
    await checkScreen(page, 'impor-pratinjau');
    await page.getByRole('button', { name: 'Terapkan impor' }).click();
    const parked = page.getByTestId('import-parked');
    await expect(parked).toContainText('1 catatan yang diubah di kedua meja menunggu keputusan Anda di Konflik.');
    await checkScreen(page, 'impor-hasil');
    await parked.getByRole('link', { name: 'Buka Konflik' }).click();

    // The inbox: the record, its kind, the desk it came from, the fields in words; the tab's count.
    const row = page.getByTestId('conflict-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Kue Bu Sri (Jl. Pahlawan)');
    await expect(row).toContainText('Profil UMKM');
    await expect(row).toContainText('SMD1');
    await expect(row).toContainText('Nama');
    await expect(row).toContainText('Alamat');
    await expect(row).toContainText('Telepon pemilik');
    await expect(page.getByTestId('conflicts-badge')).toHaveText('1');
    await checkScreen(page, 'konflik-daftar');

    // The detail, by keyboard: Tab reaches each field's group, arrows choose.
    await row.getByRole('link', { name: 'Putuskan konflik Kue Bu Sri (Jl. Pahlawan)' }).click();
    const detail = page.getByTestId('conflict-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByRole('heading', { name: 'Kue Bu Sri (Jl. Pahlawan)' })).toBeFocused();
    const name = detail.getByRole('radiogroup', { name: 'Nama' });
    await expect(name.getByRole('radio', { name: /Meja ini/ })).toBeChecked();
    await expect(name.getByRole('radio', { name: /Dari paket.*Kue Bu Sri Samarinda/ })).not.toBeChecked();
    await name.getByRole('radio', { name: /Meja ini/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(name.getByRole('radio', { name: /Dari paket/ })).toBeChecked();
    await detail.getByRole('radiogroup', { name: 'Alamat' }).getByRole('radio', { name: /Dari paket.*Jl\. Juanda No\. 7/ }).check();
    await expect(detail.getByRole('radiogroup', { name: 'Telepon pemilik' }).getByRole('radio', { name: /Meja ini/ })).toBeChecked();
    await checkScreen(page, 'konflik-rincian');
    await page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect(page.getByTestId('conflict-decided')).toHaveText('Keputusan untuk Kue Bu Sri (Jl. Pahlawan) disimpan.');
    await expect(page.getByTestId('conflict-decided')).toBeFocused();
    await expect(page.getByTestId('conflicts-empty')).toBeVisible();
    await expect(page.getByTestId('conflicts-badge')).toHaveCount(0);

    // The business holds the chosen mix: desk 1's name and address, desk 2's phone.
    await page.goto(`${two.url}#/umkm/${sri.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kue Bu Sri Samarinda' })).toBeVisible();
    await expect(page.getByText('Jl. Juanda No. 7')).toBeVisible();
    const decided = await two.invoke('businesses:get', { id: sri.id });
    expect({ name: decided.name, address: decided.address, phone: decided.ownerPhone?.replace(/\D/g, '').slice(-8) }).toEqual({
      name: 'Kue Bu Sri Samarinda',
      address: 'Jl. Juanda No. 7',
      phone: '50001234',
    });

    // The same screens in English.
    await two.invoke('settings:setLanguage', { language: 'en' });
    await page.goto(`${two.url}#/ekspor/kunci-kantor`);
    await expect(page.getByTestId('office-key-status')).toContainText('Set');
    await checkScreen(page, 'en-kunci-kantor');
    await page.goto(`${two.url}#/ekspor/konflik`);
    await expect(page.getByTestId('conflicts-empty')).toHaveText('No conflicts are waiting for a decision.');
    await checkScreen(page, 'en-konflik');
  });
});
