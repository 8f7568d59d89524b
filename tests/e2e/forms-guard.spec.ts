import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BusinessesPage, seedBusiness } from './pages/businesses.page';
import { ConsultationsPage, officeDay, typed } from './pages/consultations.page';
import { seedDesk } from './pages/seed';

/** Pictures of the form dialogs at the size of the offices' laptops. */
const SHOTS = resolve('test-results/screens/forms');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const question = (page: Page) => page.getByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });

/** The focused element's box ends above the sticky save bar (or is inside the bar itself). */
async function clearOfSaveBar(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-save-bar]');
    const focused = document.activeElement;
    if (!bar || !focused || focused === document.body || bar.contains(focused)) return true;
    return focused.getBoundingClientRect().bottom <= bar.getBoundingClientRect().top + 0.5;
  });
}

test.describe('Formulir: tidak ada yang hilang karena satu klik', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test.beforeEach(async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(harness.url);
  });

  test('a half-typed business profile asks before a navbar link leaves it; "Tetap di sini" keeps it, "Buang" leaves', async ({ page }) => {
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.fill({ 'Nama usaha': 'Amplang Mahakam', 'Nama pemilik': 'Budi Sant' });
    const trainings = page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelatihan' });

    await trainings.click();
    await expect(question(page)).toBeVisible();
    await expect(question(page).getByRole('button', { name: 'Tetap di sini' })).toBeFocused();
    await shot(page, 'guard-profil-umkm');
    await question(page).getByRole('button', { name: 'Tetap di sini' }).click();
    await expect(question(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Tambah profil UMKM' })).toBeVisible();
    await expect(umkm.field('Nama usaha')).toHaveValue('Amplang Mahakam');
    await expect(umkm.field('Nama pemilik')).toHaveValue('Budi Sant');

    await trainings.click();
    await question(page).getByRole('button', { name: 'Buang' }).click();
    await expect(page).toHaveURL(/#\/pelatihan$/);
    await expect(page.getByRole('heading', { name: 'Tambah profil UMKM' })).toBeHidden();
  });

  test('Tab through the profile form: the focused field always stops above the save bar', async ({ page }) => {
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.field('Nama usaha').focus();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      expect(await clearOfSaveBar(page), `Tab ${i + 1}`).toBe(true);
    }
  });

  test('finalising asks first and shows what will be locked; nothing is finalised until confirmed', async ({ page, harness }) => {
    await seedBusiness(harness);
    const k = new ConsultationsPage(page);
    await k.openNew();
    await k.pickBusiness('Kue Bu', 'Kue Bu Sri');
    await k.text(/^Waktu kontak/).fill('45');
    await k.text(/^Waktu persiapan/).fill('15');
    await k.area('Pemasaran').check();
    await k.area('Legalitas/perizinan').check();
    await k.text(/^Keluhan/).fill('Penjualan amplang turun sejak ada pesaing baru.');
    await k.text(/^Saran/).fill('Urus P-IRT dan perbaiki kemasan.');
    await k.addActionItem(1, 'Daftar P-IRT', 'Usaha', officeDay(7));
    await k.addActionItem(2, 'Kirim contoh label', 'Konsultan', officeDay(3));
    // Enter in a field is not a way to finalise.
    await k.text(/^Waktu kontak/).press('Enter');
    await expect(k.finalizeDialog()).toBeHidden();
    await k.text('Tindakan 1').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await shot(page, 'konsultasi-baris-berlabel');

    await k.finalize().click();
    const dialog = k.finalizeDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Kue Bu Sri');
    await expect(dialog).toContainText('Pemasaran, Legalitas/perizinan');
    await expect(dialog).toContainText(`Daftar P-IRT (Usaha), tenggat ${typed(officeDay(7))}`);
    await expect(dialog).toContainText(`Kirim contoh label (Konsultan), tenggat ${typed(officeDay(3))}`);
    await expect(dialog).toContainText('hanya lewat amandemen dengan alasan');
    await expect(dialog.getByRole('button', { name: 'Kembali ke formulir' })).toBeFocused();
    await shot(page, 'konfirmasi-finalisasi');

    await dialog.getByRole('button', { name: 'Kembali ke formulir' }).click();
    await expect(dialog).toBeHidden();
    expect((await harness.invoke('consultations:list', { status: 'final' })).total).toBe(0);
  });

  test('the walk-in dialog keeps its buttons in sight at 1366x850 and asks before its typing is thrown away', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1366, height: 850 });
    await seedBusiness(harness);
    const k = new ConsultationsPage(page);
    await k.openNew();
    await k.form().getByRole('button', { name: 'UMKM baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'UMKM baru (datang langsung)' });
    const save: Locator = dialog.getByRole('button', { name: 'Simpan dan pilih' });
    await expect(save).toBeInViewport({ ratio: 1 });
    await dialog.getByRole('textbox', { name: /^Nama usaha/ }).fill('Amplang Mahakam');
    await expect(save).toBeInViewport({ ratio: 1 });
    await shot(page, 'dialog-umkm-baru');

    await page.keyboard.press('Escape');
    await expect(question(page)).toBeVisible();
    await question(page).getByRole('button', { name: 'Tetap di sini' }).click();
    // The question closes with a transition: the next one must not be mistaken for it.
    await expect(question(page)).toBeHidden();
    await expect(dialog.getByRole('textbox', { name: /^Nama usaha/ })).toHaveValue('Amplang Mahakam');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await question(page).getByRole('button', { name: 'Buang' }).click();
    await expect(dialog).toBeHidden();
  });
});
