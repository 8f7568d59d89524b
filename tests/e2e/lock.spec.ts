import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BusinessesPage } from './pages/businesses.page';
import { DESK_PIN, seedDesk, signIn } from './pages/seed';

/** Where the pictures of the lock's screens are kept, to be looked at. */
const SHOTS = resolve('test-results/screens/lock');
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

/** Axe finds nothing serious or critical on the screen as it is; a 1366x768 picture is kept. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), style: NO_TOASTS });
}

const pinField = (page: Page) => page.getByRole('textbox', { name: 'PIN', exact: true });

test.describe('the lock on a shared desk', () => {
  test('at start the desk is locked: wrong, empty and short PINs are refused on the field, the right one opens', async ({ page, harness }) => {
    await seedDesk(harness);
    // A new start of the app: nobody on duty, the desk locked.
    await harness.stop();
    await page.goto(await harness.restart());
    await expect(page.getByRole('heading', { name: 'Siapa yang bertugas hari ini?' })).toBeVisible();
    await checkScreen(page, 'id-start-choose');
    expect(await harness.invoke('session:get')).toMatchObject({ consultant: null, locked: true });

    await page.getByRole('button', { name: 'Masuk sebagai Siti Rahmawati' }).click();
    await expect(pinField(page)).toBeFocused();
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByText('Masukkan PIN', { exact: true })).toBeVisible();
    await pinField(page).fill('12');
    await pinField(page).press('Enter');
    await expect(page.getByText('PIN harus 4–8 angka')).toBeVisible();
    await pinField(page).fill('1111');
    await pinField(page).press('Enter');
    await expect(page.getByText('PIN salah', { exact: true })).toBeVisible();
    await checkScreen(page, 'id-start-wrong-pin');
    // Nothing changed: still locked, nobody on duty.
    expect(await harness.invoke('session:get')).toMatchObject({ consultant: null, locked: true });

    await pinField(page).fill(DESK_PIN);
    await pinField(page).press('Enter');
    await expect(page.getByRole('link', { name: 'Beranda' })).toBeVisible();
    expect(await harness.invoke('session:get')).toMatchObject({ consultant: { name: 'Siti Rahmawati' }, locked: false });
  });

  test('locks after the idle minutes (clock injected), over a form that keeps what was typed; the PIN opens it again', async ({ page, harness }) => {
    await seedDesk(harness);
    await harness.invoke('settings:updateLock', { lockAfterMinutes: 5 });
    await page.clock.install();
    await page.goto(harness.url);
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.fill({ 'Nama usaha': 'Amplang Mahakam Jaya' });

    // Four minutes, a key press, four more: never five idle minutes in a row.
    await page.clock.fastForward('04:00');
    await umkm.field('Nama pemilik').click();
    await page.keyboard.type('Budi Santoso');
    await page.clock.fastForward('04:00');
    await expect(page.getByTestId('lock-overlay')).toHaveCount(0);

    await page.clock.fastForward('05:10');
    await expect(page.getByRole('heading', { name: 'Meja terkunci' })).toBeVisible();
    await expect(page.getByText(/Siti Rahmawati sedang bertugas/)).toBeVisible();
    expect(await harness.invoke('session:get')).toMatchObject({ locked: true, consultant: { name: 'Siti Rahmawati' } });
    await checkScreen(page, 'id-idle-locked');
    // The screens under the lock are out of reach: inert, while the form is still there.
    expect(await page.evaluate(() => document.getElementById('root')?.inert)).toBe(true);
    await expect(page.getByRole('button', { name: 'Simpan profil' })).toBeAttached();

    await pinField(page).fill(DESK_PIN);
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByTestId('lock-overlay')).toHaveCount(0);
    await expect(umkm.field('Nama usaha')).toHaveValue('Amplang Mahakam Jaya');
    await expect(umkm.field('Nama pemilik')).toHaveValue('Budi Santoso');
  });

  test('a konsultan makes their first PIN at sign-in and is refused the admin screens, with the reason', async ({ page, harness }) => {
    await seedDesk(harness);
    await harness.invoke('consultants:create', { name: 'Budi Santoso', nip: null, phone: null, role: 'konsultan' });
    await harness.invoke('session:end');
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Masuk sebagai Budi Santoso' }).click();
    await expect(page.getByText(/Budi Santoso belum punya PIN/)).toBeVisible();
    await page.getByRole('textbox', { name: 'PIN baru' }).fill('97531');
    await page.getByRole('textbox', { name: 'Ulangi PIN' }).fill('97513');
    await page.getByRole('button', { name: 'Simpan PIN dan masuk' }).click();
    await expect(page.getByText('PIN tidak sama')).toBeVisible();
    await page.getByRole('textbox', { name: 'Ulangi PIN' }).fill('97531');
    await page.getByRole('button', { name: 'Simpan PIN dan masuk' }).click();
    await expect(page.getByRole('link', { name: 'Beranda' })).toBeVisible();

    await page.goto(`${harness.url}#/pengaturan/konsultan`);
    await expect(page.getByRole('alert').filter({ hasText: 'Hanya untuk admin' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tambah konsultan' })).toHaveCount(0);
    await checkScreen(page, 'id-konsultan-refused');
    await page.getByRole('tab', { name: 'Kantor' }).click();
    await expect(page.getByText(/hanya dapat dibuka oleh admin/)).toBeVisible();
    // And the core refuses it whatever the screen shows.
    await expect(harness.invoke('consultants:create', { name: 'Penyusup', nip: null, phone: null })).rejects.toThrow(/FORBIDDEN/);

    // Locked, then signed in again with the PIN he made.
    await page.getByTestId('session-menu').click();
    await page.getByRole('menuitem', { name: 'Kunci sekarang' }).click();
    await expect(page.getByRole('heading', { name: 'Meja terkunci' })).toBeVisible();
    await signIn(page, 'Budi Santoso', '97531');
    await expect(page.getByRole('alert').filter({ hasText: 'Hanya untuk admin' })).toBeVisible();
  });

  test('an admin sets the idle minutes in Pengaturan › Keamanan; zero is refused on the field', async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(`${harness.url}#/pengaturan/keamanan`);
    const minutes = page.getByLabel('Kunci otomatis setelah tidak dipakai');
    await expect(minutes).toHaveValue('10 menit');
    await minutes.fill('0');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Isi antara 1 dan 240 menit')).toBeVisible();
    expect((await harness.invoke('settings:get')).lockAfterMinutes).toBe(10);
    await minutes.fill('15');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Pengaturan kunci tersimpan')).toBeVisible();
    expect((await harness.invoke('settings:get')).lockAfterMinutes).toBe(15);
    await checkScreen(page, 'id-settings-security');
  });

  test('an admin sees roles in Pengaturan › Konsultan and gives a consultant a new PIN, which then opens the desk', async ({ page, harness }) => {
    await seedDesk(harness);
    await harness.invoke('consultants:create', { name: 'Budi Santoso', nip: null, phone: null, role: 'konsultan' });
    await page.goto(`${harness.url}#/pengaturan/konsultan`);
    const budi = page.getByRole('row').filter({ hasText: 'Budi Santoso' });
    await expect(budi.getByText('Konsultan', { exact: true })).toBeVisible();
    await expect(budi.getByText('Belum ada PIN')).toBeVisible();
    await checkScreen(page, 'id-settings-consultants');
    await page.getByRole('button', { name: 'Atur ulang PIN: Budi Santoso' }).click();
    const dialog = page.getByRole('dialog', { name: 'PIN baru untuk Budi Santoso' });
    await dialog.getByRole('textbox', { name: 'PIN baru' }).fill('8642');
    await dialog.getByRole('textbox', { name: 'Ulangi PIN' }).fill('8642');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('PIN Budi Santoso diatur ulang')).toBeVisible();
    await expect(budi.getByText('Belum ada PIN')).toHaveCount(0);

    await page.getByTestId('session-menu').click();
    await page.getByRole('menuitem', { name: 'Ganti konsultan' }).click();
    await signIn(page, 'Budi Santoso', '8642');
    await expect(page.getByRole('link', { name: 'Beranda' })).toBeVisible();
  });

  test('the lock screen speaks English when the office chose it', async ({ page, harness }) => {
    await seedDesk(harness);
    await harness.invoke('settings:setLanguage', { language: 'en' });
    await harness.invoke('session:lock');
    await page.goto(harness.url);
    await expect(page.getByRole('heading', { name: 'Desk locked' })).toBeVisible();
    await expect(page.getByText(/Siti Rahmawati is on duty/)).toBeVisible();
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByText('Enter the PIN', { exact: true })).toBeVisible();
    await checkScreen(page, 'en-locked-empty-pin');
    await pinField(page).fill(DESK_PIN);
    await pinField(page).press('Enter');
    await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
  });
});
