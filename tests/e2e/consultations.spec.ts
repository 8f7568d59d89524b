import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedBusiness } from './pages/businesses.page';
import { ConsultationsPage, NUMBER, officeDay, typed } from './pages/consultations.page';
import { seedDesk, signIn } from './pages/seed';

test.describe('Formulir konsultasi', () => {
  // Whole intakes typed field by field; on a busy two-core machine they need more than the default minute.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ harness }) => {
    await seedDesk(harness);
  });

  test('a walk-in made inline, two action items, finalised: on the business timeline with its two follow-ups', async ({ page, harness }) => {
    await page.goto(harness.url);
    const k = new ConsultationsPage(page);
    await k.openNew();

    await k.form().getByRole('button', { name: 'UMKM baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'UMKM baru (datang langsung)' });
    await dialog.getByRole('textbox', { name: /^Nama usaha/ }).fill('Amplang Mahakam Jaya');
    await dialog.getByRole('textbox', { name: /^Nama pemilik/ }).fill('Budi Santoso');
    await dialog.getByRole('button', { name: 'Simpan dan pilih' }).click();
    await expect(dialog).toBeHidden();
    await expect(k.business()).toHaveValue('Amplang Mahakam Jaya');

    await k.text(/^Waktu kontak/).fill('45');
    await k.text(/^Waktu persiapan/).fill('15');
    await k.area('Pemasaran').check();
    await k.area('Legalitas/perizinan').check();
    await k.text(/^Keluhan/).fill('Penjualan amplang turun sejak ada pesaing baru.');
    await k.text(/^Saran/).fill('Urus P-IRT dan perbaiki kemasan.');
    await k.addActionItem(1, 'Daftar P-IRT', 'Usaha', officeDay(7));
    await k.addActionItem(2, 'Kirim contoh label', 'Konsultan', officeDay(3));
    await k.finalizeAndConfirm();

    await expect(k.number()).toHaveText(NUMBER);
    const number = (await k.number().textContent()) ?? '';
    await expect(page.getByText('Daftar P-IRT', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Amplang Mahakam Jaya' }).click();
    await expect(page.getByRole('heading', { name: 'Amplang Mahakam Jaya', level: 1 })).toBeVisible();
    const consultation = page.getByTestId('timeline-consultation');
    await expect(consultation.getByRole('link', { name: number })).toBeVisible();
    await expect(consultation.getByText('Pemasaran')).toBeVisible();
    const followUps = page.getByTestId('timeline-follow_up');
    await expect(followUps).toHaveCount(2);
    await expect(followUps.filter({ hasText: 'Daftar P-IRT' })).toContainText(`Tenggat ${typed(officeDay(7))}`);
    await expect(followUps.filter({ hasText: 'Kirim contoh label' })).toContainText('Terbuka');
  });

  test('draft recovery: every field typed survives a SIGKILL of the harness and is offered with "Lanjutkan draf"', async ({ page, harness }) => {
    await seedBusiness(harness);
    await harness.invoke('consultants:create', { name: 'Budi Santoso', nip: null, phone: null });
    await page.goto(harness.url);
    const k = new ConsultationsPage(page);
    await k.openNew();

    await k.pickBusiness('Kue Bu', 'Kue Bu Sri');
    await k.consultants().fill('Budi');
    await page.getByRole('option', { name: 'Budi Santoso' }).click();
    await k.setDate(/^Tanggal/, officeDay(-1));
    await k.text(/^Jam mulai/).fill('08:15');
    await k.text(/^Waktu kontak/).fill('30');
    await k.text(/^Waktu persiapan/).fill('10');
    await k.channel('Telepon').check();
    await k.area('Produksi').check();
    await k.area('Pembiayaan').check();
    await k.text(/^Keluhan/).fill('Butuh modal untuk oven baru');
    await k.text(/^Diagnosis/).fill('Omzet cukup untuk KUR mikro');
    await k.text(/^Saran/).fill('Ajukan KUR ke bank terdekat');
    await k.form().getByRole('button', { name: 'Tambah rujukan' }).click();
    await k.select('Tujuan rujukan 1').selectOption({ label: 'Bank/KUR' });
    await k.text('Catatan rujukan 1').fill('BRI unit Palaran');
    await k.addActionItem(1, 'Siapkan berkas KUR', 'Konsultan', officeDay(5));
    await k.waitSaved();

    await harness.stop('SIGKILL');
    const url = await harness.restart();
    await page.goto(url);
    // A restarted app asks who is on duty when the desk has more than one consultant.
    await signIn(page, 'Siti Rahmawati');

    const notice = page.getByRole('region', { name: /draf konsultasi yang belum selesai/ });
    await expect(notice.getByText('Kue Bu Sri')).toBeVisible();
    await notice.getByRole('link', { name: 'Lanjutkan draf Kue Bu Sri' }).click();

    await expect(k.text(/^Keluhan/)).toHaveValue('Butuh modal untuk oven baru');
    await expect(k.business()).toHaveValue('Kue Bu Sri');
    await expect(k.consultantPill('Siti Rahmawati')).toBeVisible();
    await expect(k.consultantPill('Budi Santoso')).toBeVisible();
    await expect(k.text(/^Tanggal/)).toHaveValue(typed(officeDay(-1)));
    await expect(k.text(/^Jam mulai/)).toHaveValue('08:15');
    await expect(k.text(/^Waktu kontak/)).toHaveValue('30');
    await expect(k.text(/^Waktu persiapan/)).toHaveValue('10');
    await expect(k.channel('Telepon')).toBeChecked();
    await expect(k.area('Produksi')).toBeChecked();
    await expect(k.area('Pembiayaan')).toBeChecked();
    await expect(k.area('Pemasaran')).not.toBeChecked();
    await expect(k.text(/^Diagnosis/)).toHaveValue('Omzet cukup untuk KUR mikro');
    await expect(k.text(/^Saran/)).toHaveValue('Ajukan KUR ke bank terdekat');
    await expect(k.select('Tujuan rujukan 1')).toHaveValue('bank_kur');
    await expect(k.text('Catatan rujukan 1')).toHaveValue('BRI unit Palaran');
    await expect(k.text('Tindakan 1')).toHaveValue('Siapkan berkas KUR');
    await expect(k.select('Pelaksana 1')).toHaveValue('consultant');
    await expect(k.text('Tenggat 1')).toHaveValue(typed(officeDay(5)));
  });

  test('keyboard only: filled with Tab, typing, Space and Enter; Ctrl+S saves the draft, the confirmation finalises', async ({ page, harness }) => {
    await seedBusiness(harness);
    await page.goto(`${harness.url}#/konsultasi/baru`);
    const k = new ConsultationsPage(page);
    const kb = page.keyboard;
    /** Presses Tab until `target` has the focus (the way a keyboard user moves on). */
    const tabTo = async (target: Locator) => {
      for (let i = 0; i < 40; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await kb.press('Tab');
      }
      throw new Error('never reached by Tab');
    };

    await expect(k.business()).toBeFocused();
    await kb.type('Kue Bu');
    await expect(page.getByRole('option', { name: /^Kue Bu Sri/ })).toBeVisible();
    // The search answers 250 ms after the last key; let the list settle before choosing from it.
    await page.waitForTimeout(700);
    await kb.press('ArrowDown');
    await kb.press('Enter');
    await expect(k.business()).toHaveValue('Kue Bu Sri');

    await tabTo(k.text(/^Waktu kontak/));
    await kb.type('60');
    await kb.press('Tab');
    await kb.type('15');
    await kb.press('Tab');
    await expect(k.channel('Datang langsung')).toBeFocused();
    await kb.press('ArrowRight');
    await expect(k.channel('Telepon')).toBeChecked();
    await tabTo(k.area('Pemasaran'));
    await kb.press('Space');
    await expect(k.area('Pemasaran')).toBeChecked();
    await tabTo(k.text(/^Keluhan/));
    await kb.type('Ingin jualan di marketplace');
    await tabTo(k.text(/^Saran/));
    await kb.type('Foto produk dan buka toko daring');
    await tabTo(k.form().getByRole('button', { name: 'Tambah tindakan' }));
    await kb.press('Enter');
    await expect(k.text('Tindakan 1')).toBeFocused();
    await kb.type('Buka toko di marketplace');
    await tabTo(k.text('Tenggat 1'));
    await kb.type(typed(officeDay(10)));
    await kb.press('Control+s');
    await k.waitSaved();
    await expect(page.getByText('Draf tersimpan.', { exact: true })).toBeVisible();
    await expect(k.finalizeDialog()).toBeHidden();
    expect((await harness.invoke('consultations:list', { status: 'final' })).total).toBe(0);

    // Finalising is its own button, and its confirmation starts on "Kembali ke formulir".
    await tabTo(k.finalize());
    await kb.press('Enter');
    await expect(k.finalizeDialog().getByRole('button', { name: 'Kembali ke formulir' })).toBeFocused();
    await kb.press('Tab');
    await expect(k.finalizeDialog().getByRole('button', { name: 'Ya, finalisasi' })).toBeFocused();
    await kb.press('Enter');

    await expect(k.number()).toHaveText(NUMBER);
    await expect(page.getByText('Telepon', { exact: true })).toBeVisible();
    await expect(page.getByText(`tenggat ${typed(officeDay(10))}`).first()).toBeVisible();
  });

  test('bad input: Indonesian errors on the due date and the minutes; nothing is finalised', async ({ page, harness }) => {
    await seedBusiness(harness);
    await page.goto(harness.url);
    const k = new ConsultationsPage(page);
    await k.openNew();
    await k.pickBusiness('Kue Bu', 'Kue Bu Sri');
    await k.text(/^Waktu kontak/).fill('-5');
    await k.text(/^Waktu persiapan/).fill('10');
    await k.area('Pemasaran').check();
    await k.text(/^Keluhan/).fill('Omzet turun');
    await k.text(/^Saran/).fill('Promosi di media sosial');
    await k.addActionItem(1, 'Buat akun Instagram', 'Usaha', officeDay(-3));
    await k.finalize().click();

    await k.expectError(k.text(/^Waktu kontak/), 'Tidak boleh negatif');
    await k.expectError(k.text('Tenggat 1'), 'Tenggat tidak boleh sebelum tanggal konsultasi');
    await expect(k.form()).toBeVisible();
    const finals = await harness.invoke('consultations:list', { status: 'final' });
    expect(finals.total).toBe(0);

    // Fixed, it goes through.
    await k.text(/^Waktu kontak/).fill('30');
    await k.setDate('Tenggat 1', officeDay(3));
    await k.finalizeAndConfirm();
    await expect(k.number()).toHaveText(NUMBER);
  });
});
