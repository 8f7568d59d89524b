import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { seedConsultation } from './pages/consultations.page';
import { pdfInfo, pdfText } from './pages/trainings.page';

/**
 * The office's UU PDP duties in the real renderer against the real core: the retention periods in
 * Pengaturan (zero refused), the breach register drafted from a past export with its letters as
 * PDFs, the monthly list of records past retention anonymised, and the record of processing printed.
 */

const SHOTS = resolve('test-results/screens/privacy-duties');
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const PIN = '2468';

async function seed(harness: Harness): Promise<{ exportDir: string; trainingId: string }> {
  const session = await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode: 'SMD1',
    timeZone: 'Asia/Makassar',
    consultant: { name: 'Siti Rahmawati', nip: null, phone: '0812-3456-7890', pin: PIN },
  } as never);
  const consultantId = session.consultant!.id;
  const sri = await seedBusiness(harness);
  await seedBusiness(harness, { ...KUE_BU_SRI, name: 'Bengkel Las Pak Budi', ownerName: 'Budi Santoso', ownerNik: '6472010105700002', ownerGender: 'L', ownerBirthDate: '1970-05-01', ownerPhone: '0813-5500-7702', nib: '9876543210002' }, [sri.id]);
  // A consultation of 2015: its narrative is past a five-year period.
  await seedConsultation(harness, sri.id, consultantId, { date: '2015-03-10', actionItems: [] });
  // A training of 2021 with two participants: past the three years participants are kept.
  const training = await harness.invoke('trainings:create', {
    title: 'Pelatihan Sablon Kaos Samarinda 2021',
    topic: 'sablon',
    startDate: '2021-02-01',
    endDate: '2021-02-02',
    regencyCode: '64.72',
    districtCode: '64.72.01',
    trainers: ['Agus Setiawan'],
  });
  for (const [name, gender] of [['Rina Marlina', 'P'], ['Yusuf Maulana', 'L']] as const) {
    await harness.invoke('participants:add', { trainingId: training.id, participant: { name, gender, age: 24, phone: null, regencyCode: '64.72', hasBusiness: false } });
  }
  // The export that will be lost: everything, with the data package, not encrypted.
  const exportDir = mkdtempSync(join(tmpdir(), 'klinik-e2e-stick-'));
  await harness.invoke('transfer:export', { jobId: crypto.randomUUID(), targetDir: exportDir, scope: { kind: 'all' }, contents: ['csv', 'package'] });
  return { exportDir, trainingId: training.id };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Axe on the screen as it stands (no serious or critical violation), and its picture. */
async function check(page: Page, name: string): Promise<void> {
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  console.log(`axe ${name}: ${bad.length} serious or critical`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), style: NO_TOASTS });
  expect(bad, name).toEqual([]);
}

/** A PDF saved by the app: A4, its text, and a picture of its first page to look at. */
function renderPdf(path: string, name: string): string {
  expect(existsSync(path)).toBe(true);
  const info = pdfInfo(path);
  expect([info.width, info.height]).toEqual([595, 842]);
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '2', path, join(SHOTS, name)]);
  return pdfText(path).replace(/[ \t]+/g, ' ');
}

test.describe('Kewajiban PDP', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('retention periods, a breach drafted from a past export with its letters, and the list past retention anonymised', async ({ page, harness }) => {
    test.setTimeout(180_000);
    const seeded = await seed(harness);
    const { exportDir } = seeded;
    const out = mkdtempSync(join(tmpdir(), 'klinik-e2e-pdf-'));
    try {
      // Pengaturan › Data pribadi: a period of zero is refused with the field's message; five years is kept.
      await page.goto(`${harness.url}#/pengaturan/data-pribadi`);
      const consultation = page.getByRole('textbox', { name: /^Uraian konsultasi/ });
      await expect(consultation).toHaveValue('120');
      await consultation.fill('0');
      await page.getByRole('button', { name: 'Simpan' }).first().click();
      await expect(page.getByText('Isi masa simpan dalam bulan: bilangan bulat 1 sampai 1.200')).toBeVisible();
      await check(page, '01-pengaturan-retensi-ditolak');
      expect((await harness.invoke('privacy:retention')).periods.find((p) => p.kind === 'consultation')!.months).toBe(120);
      await consultation.fill('60');
      await page.getByRole('button', { name: 'Simpan' }).first().click();
      await expect(page.getByText('Masa retensi disimpan.')).toBeVisible();
      expect((await harness.invoke('privacy:retention')).periods.find((p) => p.kind === 'consultation')!.months).toBe(60);

      // The record of processing from its default texts, printed.
      await harness.answerDialog(join(out, 'catatan-pemrosesan.pdf'));
      await page.getByRole('button', { name: 'Cetak catatan pemrosesan (PDF)' }).click();
      await expect(page.getByText(`PDF disimpan di ${join(out, 'catatan-pemrosesan.pdf')}`)).toBeVisible({ timeout: 30_000 });
      const record = renderPdf(join(out, 'catatan-pemrosesan.pdf'), '02-catatan-pemrosesan');
      expect(record).toContain('CATATAN KEGIATAN PEMROSESAN DATA PRIBADI');
      expect(record).toContain('Dasar pemrosesan');
      expect(record).toMatch(/Uraian konsultasi.*5 tahun/);

      // Kewajiban PDP › Insiden: the lost stick, picked from the export history.
      await page.getByRole('link', { name: 'Kewajiban PDP' }).click();
      await page.getByRole('tab', { name: 'Insiden' }).click();
      await expect(page.getByText('Belum ada insiden tercatat.')).toBeVisible();
      await page.getByRole('button', { name: 'Catat insiden' }).click();
      const form = page.getByRole('dialog', { name: 'Catat insiden dari ekspor' });
      await form.getByRole('textbox', { name: /^Ekspor yang terdampak/ }).or(form.getByRole('combobox', { name: /^Ekspor yang terdampak/ })).first().click();
      await page.getByRole('option', { name: /semua data · CSV, PACKAGE/ }).click();
      await form.getByRole('textbox', { name: /^Judul singkat/ }).fill('Flashdisk ekspor hilang di angkutan umum');
      await form.getByRole('textbox', { name: /^Uraian kejadian/ }).fill('Flashdisk berisi ekspor data tertinggal di angkot jurusan Segiri dan tidak ditemukan kembali.');
      await form.getByRole('textbox', { name: /^Upaya penanganan/ }).fill('Sopir dan terminal sudah dihubungi; ekspor berikutnya wajib dienkripsi.');
      await check(page, '03-insiden-formulir');
      await form.getByRole('button', { name: 'Catat dan mulai hitung 3 × 24 jam' }).click();
      const detail = page.getByRole('dialog', { name: /^Insiden: Flashdisk ekspor hilang/ });
      await expect(detail.getByTestId('breach-detail')).toBeVisible();
      await expect(detail.getByText('Tidak terenkripsi')).toBeVisible();
      await expect(detail.getByText(/Sisa 7[01] jam/)).toBeVisible();
      for (const name of ['Sri Wahyuni', 'Budi Santoso', 'Rina Marlina', 'Yusuf Maulana']) await expect(detail.getByRole('cell', { name })).toBeVisible();
      await check(page, '04-insiden-rincian');

      await harness.answerDialog(join(out, 'surat-subjek.pdf'));
      await detail.getByRole('button', { name: 'Draf surat ke subjek data (PDF)' }).click();
      await expect(page.getByText(`PDF disimpan di ${join(out, 'surat-subjek.pdf')}`)).toBeVisible({ timeout: 30_000 });
      const letters = renderPdf(join(out, 'surat-subjek.pdf'), '05-surat-subjek');
      expect(pdfInfo(join(out, 'surat-subjek.pdf')).pages).toBe(4);
      expect(letters).toContain('Yth. Bapak/Ibu Sri Wahyuni');
      expect(letters).toContain('Berkas ekspor TIDAK dienkripsi.');
      expect(letters).not.toContain('6472015203900003');
      await harness.answerDialog(join(out, 'surat-lembaga.pdf'));
      await detail.getByRole('button', { name: 'Draf surat ke lembaga PDP (PDF)' }).click();
      await expect(page.getByText(`PDF disimpan di ${join(out, 'surat-lembaga.pdf')}`)).toBeVisible({ timeout: 30_000 });
      const authority = renderPdf(join(out, 'surat-lembaga.pdf'), '06-surat-lembaga');
      expect(authority).toContain('Kepala Lembaga Pelindungan Data Pribadi');
      expect(authority).toContain('2 pemilik usaha dan 2 peserta pelatihan');
      await detail.getByRole('button', { name: 'Tandai lembaga sudah diberi tahu' }).click();
      await expect(detail.getByRole('button', { name: /^Sudah diberi tahu:/ })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('breach-list').getByText('Flashdisk ekspor hilang di angkutan umum')).toBeVisible();
      await check(page, '07-insiden-daftar');

      // Kewajiban PDP › Retensi: the 2021 participants and the 2015 consultation are past their periods.
      await page.getByRole('tab', { name: 'Retensi' }).click();
      const participants = page.getByTestId('retention-kind-participant');
      await expect(participants.getByRole('cell', { name: 'Rina Marlina' })).toBeVisible();
      await expect(page.getByTestId('retention-kind-consultation').getByRole('cell', { name: 'Kue Bu Sri' })).toBeVisible();
      await expect(page.getByTestId('retention-kind-businessOwner').getByText('Tidak ada catatan yang melewati masa simpan.')).toBeVisible();
      await check(page, '08-retensi-daftar');
      await participants.getByRole('button', { name: 'Anonimkan 2 catatan' }).click();
      const confirm = page.getByRole('dialog', { name: 'Anonimkan 2 catatan?' });
      await check(page, '09-retensi-konfirmasi');
      await confirm.getByRole('button', { name: 'Anonimkan' }).click();
      // The core wants a fresh PIN before personal data ends: the app asks for it unless it was
      // entered in the last minutes (as at first run, just now).
      const pinDialog = page.getByRole('dialog', { name: 'Masukkan PIN lagi' });
      if (await pinDialog.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
        await pinDialog.getByLabel(/^PIN/).fill(PIN);
        await pinDialog.getByRole('button', { name: 'Lanjutkan' }).click();
      }
      await expect(page.getByText('2 catatan dianonimkan.')).toBeVisible();
      await expect(participants.getByText('Tidak ada catatan yang melewati masa simpan.')).toBeVisible();
      await check(page, '10-retensi-sesudah');
      // The participants are still counted; their names and phones are gone.
      const stored = await harness.invoke('participants:list', { trainingId: seeded.trainingId });
      expect(JSON.stringify(stored)).not.toMatch(/Rina Marlina|Yusuf Maulana/);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(exportDir, { recursive: true, force: true });
    }
  });
});
