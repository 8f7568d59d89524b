import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { seedConsultation } from './pages/consultations.page';
import { seedDesk } from './pages/seed';
import { TransferPage } from './pages/transfer.page';

/** Screens at an office laptop's size, to be looked at: test-results/screens/readable/. */
const DIR = join(__dirname, '../../test-results/screens/readable');

async function screen(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  // A viewport as tall as the page, so the fixed header and navbar are drawn once, in place.
  const size = page.viewportSize() ?? { width: 1366, height: 768 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(DIR, `${name}.png`) });
  await page.setViewportSize(size);
}

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('human words and each language formatted for itself', () => {
  test('the change history speaks in words: actions, linked records, Ya/Tidak, no ids', async ({ page, harness }) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    await seedConsultation(harness, business.id, consultantId);
    await harness.invoke('businesses:revealNik', { id: business.id });
    const training = await harness.invoke('trainings:create', {
      title: 'Pelatihan Sablon Kaos', topic: 'sablon', topicText: null, startDate: '2026-06-08', endDate: '2026-06-09',
      regencyCode: '64.72', districtCode: null, venue: 'Aula Dinas Koperasi dan UKM', trainers: ['Agus Setiawan'],
      organiser: 'Dinas Koperasi dan UKM Kota Samarinda', fundingSource: 'apbd', fundingNote: null, capacity: 30, notes: null,
    });
    const participant = await harness.invoke('participants:add', {
      trainingId: training.id,
      participant: { name: 'Rina Marlina', gender: 'P', birthDate: '2001-04-20', age: null, phone: '0812-9876-5432', regencyCode: '64.72', hasBusiness: true, businessId: business.id, businessName: null, notes: null },
    });
    await harness.invoke('participants:revealPhone', { id: participant.id });

    await page.goto(`${harness.url}#/pengaturan/riwayat`);
    const table = page.getByRole('table');
    await expect(table.getByText('Lihat nomor telepon lengkap')).toBeVisible();
    await expect(table.getByText('Lihat NIK lengkap')).toBeVisible();
    await expect(table.getByText('Pelatihan: Pelatihan Sablon Kaos').first()).toBeVisible();
    await expect(table.getByText('UMKM: Kue Bu Sri').first()).toBeVisible();
    await expect(table.getByText('Sektor (KBLI): 10710 — ', { exact: false }).first()).toBeVisible();
    expect(await table.textContent()).not.toMatch(/\(tautan ke (pelatihan|profil UMKM)\)|Kecamatan: 64\.72\.01/);
    await expect(table.getByText('Sudah punya usaha: Ya')).toBeVisible();
    await expect(table.getByText('Kabupaten/kota: Kota Samarinda').first()).toBeVisible();
    await expect(table.getByText('Pelatih: Agus Setiawan')).toBeVisible();
    expect(await table.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await table.textContent()).not.toMatch(/reveal_|export_personal|trainingId/);
    await screen(page, '01-history');

    await page.goto(`${harness.url}#/pelatihan/${training.id}`);
    await expect(page.getByRole('link', { name: 'Kue Bu Sri' }).first()).toBeVisible();
    await screen(page, '02-participant-business');
  });

  test('the business form gives KBLI a row of its own: the longest title shows whole with its code', async ({ page, harness }) => {
    await seedDesk(harness);
    const business = await seedBusiness(harness, { ...KUE_BU_SRI, kbliCode: '47111' });
    await page.goto(`${harness.url}#/umkm/${business.id}/ubah`);
    const kbli = page.getByRole('combobox', { name: 'Sektor (KBLI)' });
    await expect(kbli).toHaveValue(/^47111 — Perdagangan Eceran .* di Minimarket\/Supermarket\/Hypermarket$/);
    // A row of its own (the width of the form, not half of it); the longest titles still outrun it, so the chosen one reads whole below.
    const [field, form] = await Promise.all([kbli.boundingBox(), page.getByRole('textbox', { name: 'Nama usaha' }).boundingBox()]);
    expect(field!.width).toBeGreaterThan(form!.width * 1.5);
    await expect(kbli).toHaveAccessibleDescription(/^47111 — Perdagangan Eceran .* di Minimarket\/Supermarket\/Hypermarket$/);
    // An unchecked checkbox's outline reads at 3:1 on white: the control border (gray 6), not Mantine's gray 4.
    const whatsapp = page.getByRole('checkbox', { name: /WhatsApp/ });
    await whatsapp.uncheck();
    await expect.poll(() => whatsapp.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(134, 142, 150)'); // after the 100ms transition
    await kbli.scrollIntoViewIfNeeded();
    await screen(page, '05-business-form-kbli');
  });

  test('Tindak Lanjut: a tab’s count follows every filter of the list, so it counts the rows the tab shows', async ({ page, harness }) => {
    await seedDesk(harness);
    const sri = await seedBusiness(harness);
    const budi = await seedBusiness(
      harness,
      { ...KUE_BU_SRI, name: 'Amplang Pak Budi', ownerName: 'Budi Santoso', ownerNik: '6472011507850001', ownerGender: 'L', ownerBirthDate: '1985-07-15', ownerPhone: '0813-1111-2222' },
      [sri.id],
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    for (const [b, title] of [[sri, 'Kirim contoh label'], [budi, 'Cek izin P-IRT'], [budi, 'Tanya harga kemasan']] as const) {
      await harness.invoke('followUps:create', { businessId: b.id, title, dueDate: today, assignee: 'consultant' });
    }
    await page.goto(`${harness.url}#/tindak-lanjut?tab=today&umkm=${sri.id}`);
    const table = page.getByRole('table', { name: 'Daftar tindak lanjut' });
    await expect(table.getByRole('link', { name: 'Kirim contoh label' })).toBeVisible();
    await expect(page.getByTestId('count-today')).toHaveText('1');
    await screen(page, '06-follow-ups-filtered');
  });

  test('an export ends with "Buka folder", which opens the folder it wrote', async ({ page, harness }) => {
    const target = mkdtempSync(join(tmpdir(), 'klinik-usb-'));
    try {
      const consultantId = await seedDesk(harness);
      const business = await seedBusiness(harness);
      await seedConsultation(harness, business.id, consultantId);
      const transfer = new TransferPage(page);
      await transfer.openExport(harness.url);
      await harness.answerDialog(target);
      await page.getByRole('button', { name: 'Pilih folder…' }).click();
      for (let i = 0; i < 3; i++) await transfer.next();
      await expect(page.getByText('file yang belum selesai ditulis')).toBeVisible();
      await page.getByRole('button', { name: 'Mulai ekspor' }).click();
      const success = page.getByTestId('export-success');
      await expect(success).toBeVisible({ timeout: 30_000 });
      await success.getByRole('button', { name: 'Buka folder' }).click();
      const folder = (await success.getByTestId('export-folder').textContent())!;
      await expect.poll(async () => (await harness.state())['opened']).toEqual([folder]);
      await screen(page, '03-export-result');
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  test('Beranda in English: English months, decimal points, plurals', async ({ page, harness }) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    await seedConsultation(harness, business.id, consultantId);
    await harness.invoke('settings:setLanguage', { language: 'en' });
    await page.goto(`${harness.url}#/`);
    await expect(page.getByRole('heading', { name: 'Consultations per month' })).toBeVisible();
    await page.getByText('Last 12 months').click();
    await expect(page.getByTestId('areas-breakdown')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Consultations per month' }).getByRole('row', { name: /Dec 2026/ })).toBeAttached();
    await screen(page, '04-home-en');
  });
});
