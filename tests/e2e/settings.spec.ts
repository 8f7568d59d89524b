import { expect, test } from './fixtures';
import { seedDesk, signIn } from './pages/seed';
import { SettingsPage } from './pages/settings.page';

test.describe('Pengaturan', () => {
  test('first run: office, desk code and first consultant, then the app opens on Beranda', async ({ app }) => {
    await expect(app.getByRole('heading', { name: 'Selamat datang di Klinik Bisnis' })).toBeVisible();
    await app.getByLabel('Nama kantor').fill('Klinik Bisnis Samarinda');
    await app.getByLabel('Kode meja').fill('smd1');
    await app.getByLabel('Nama konsultan').fill('Dewi Lestari');
    // The first consultant is the desk's admin and sets their PIN here, typed twice.
    await app.getByRole('textbox', { name: 'PIN', exact: true }).fill('2468');
    await app.getByRole('textbox', { name: 'Ulangi PIN' }).fill('2468');
    await app.getByRole('button', { name: 'Mulai' }).click();
    await expect(app.getByText('Dewi Lestari').first()).toBeVisible();
    await expect(app.getByRole('link', { name: 'Beranda' })).toBeVisible();
    await expect(app.getByText('Admin', { exact: true })).toBeVisible();
  });

  test('choose a consultant, edit the office, add a consultant; after a reload everything is still there', async ({ page, harness }) => {
    await seedDesk(harness, 'Siti Rahmawati');
    await harness.invoke('session:end');
    await page.goto(harness.url);

    await expect(page.getByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeVisible();
    await signIn(page, 'Siti Rahmawati');

    const settings = new SettingsPage(page);
    await settings.open();
    await settings.officeName().fill('Klinik Bisnis PLUT-KUMKM Kalimantan Timur');
    await page.getByLabel('Unit / bidang').fill('UPTD PLUT-KUMKM');
    await page.getByLabel('Telepon').first().fill('0541 123456');
    await settings.save();
    await expect(page.getByText('Profil kantor tersimpan')).toBeVisible();

    await settings.tab(/Konsultan/);
    await page.getByRole('button', { name: 'Tambah konsultan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Nama/ }).fill('Rudi Hartono');
    await dialog.getByLabel('NIP').fill('198503152010011003');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Konsultan ditambahkan')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Rudi Hartono', exact: true })).toBeVisible();

    await page.reload();
    await settings.open();
    await expect(settings.officeName()).toHaveValue('Klinik Bisnis PLUT-KUMKM Kalimantan Timur');
    await expect(page.getByLabel('Unit / bidang')).toHaveValue('UPTD PLUT-KUMKM');
    await settings.tab(/Konsultan/);
    await expect(page.getByRole('cell', { name: 'Rudi Hartono', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: '198503152010011003' })).toBeVisible();
  });

  test('an empty required field shows the field error and saves nothing', async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(harness.url);
    const settings = new SettingsPage(page);
    await settings.open();
    const before = await harness.invoke('settings:get');
    await settings.officeName().fill('');
    await settings.save();
    await expect(page.getByText('Wajib diisi').first()).toBeVisible();
    await expect(settings.officeName()).toHaveAttribute('aria-invalid', 'true');
    const after = await harness.invoke('settings:get');
    expect(after.office).toEqual(before.office);
  });

  test('switching to English changes the interface, and it stays English after a reload', async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(harness.url);
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.tab(/Bahasa/);
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: /Good (morning|afternoon|evening)/ })).toBeVisible();
  });
});
