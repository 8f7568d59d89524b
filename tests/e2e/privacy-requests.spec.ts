import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Harness } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { pdfInfo, pdfText } from './pages/trainings.page';

/**
 * The register of data subjects' requests in the real renderer against the real core: a request
 * recorded (bad input refused first), its 3×24-hour countdown on the screen's clock, the access
 * copy saved as a PDF, and the request answered before its deadline.
 */

const SHOTS = resolve('test-results/screens/privacy-requests');
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const PIN = '2468';
const HOUR = 3_600_000;

async function seed(harness: Harness): Promise<void> {
  await harness.invoke('session:firstRun', {
    officeName: 'Klinik Bisnis PLUT-KUMKM Kaltim',
    deskCode: 'SMD1',
    timeZone: 'Asia/Makassar',
    consultant: { name: 'Siti Rahmawati', nip: null, phone: '0812-3456-7890', pin: PIN },
  } as never);
  const sri = await seedBusiness(harness);
  // Some processing history for the copy: the NIK was shown once.
  await harness.invoke('businesses:revealNik', { id: sri.id });
}

async function settle(page: Page): Promise<void> {
  // The pointer off the navbar: a hovered active link is not what the screen looks like at rest.
  await page.mouse.move(1360, 760);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Axe on the screen as it stands (no serious or critical violation), and its picture. */
async function check(page: Page, name: string): Promise<void> {
  await settle(page);
  // Notifications are the app's, not this screen's (an error's grey description is reported to their owner).
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).exclude('.mantine-Notifications-root').analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  console.log(`axe ${name}: ${bad.length} serious or critical`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), style: NO_TOASTS });
  expect(bad, name).toEqual([]);
}

/** A Select's input, whichever role this Mantine version gives it. */
function field(scope: Locator, name: RegExp): Locator {
  return scope.getByRole('textbox', { name }).or(scope.getByRole('combobox', { name })).first();
}

/** Clicks, and gives the PIN again when the core asks for it first (personal data in full). */
async function withPin(page: Page, click: () => Promise<void>, done: RegExp | string): Promise<void> {
  await click();
  const pinDialog = page.getByRole('dialog', { name: 'Masukkan PIN lagi' });
  const finished = page.getByText(done);
  await expect(pinDialog.or(finished).first()).toBeVisible({ timeout: 30_000 });
  if (await pinDialog.isVisible()) {
    await pinDialog.getByLabel(/^PIN/).fill(PIN);
    await pinDialog.getByRole('button', { name: 'Lanjutkan' }).click();
  }
  await expect(finished).toBeVisible({ timeout: 30_000 });
}

test.describe('Permintaan Data Pribadi', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a request registered and answered before its deadline, with the access copy', async ({ page, harness }) => {
    test.setTimeout(120_000);
    await seed(harness);
    // The screen's clock: two hours ago, on the minute. The core keeps real time, so the request
    // received "now" on the screen lies in the core's past and is answered well before its deadline.
    const received = Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000;
    await page.clock.setFixedTime(received);
    const out = mkdtempSync(join(tmpdir(), 'klinik-e2e-copy-'));
    try {
      await page.goto(harness.url);
      await page.getByRole('link', { name: 'Permintaan Data Pribadi' }).click();
      await expect(page.getByRole('heading', { name: 'Permintaan Data Pribadi' })).toBeVisible();
      await expect(page.getByText('Belum ada permintaan di sini.')).toBeVisible();
      await check(page, '01-daftar-kosong');

      // Bad input: nothing chosen is refused field by field, and nothing is written.
      await page.getByRole('button', { name: 'Catat permintaan' }).click();
      const form = page.getByRole('dialog', { name: 'Catat permintaan data pribadi' });
      await form.getByRole('button', { name: 'Simpan permintaan' }).click();
      await expect(form.getByText('Wajib diisi')).toHaveCount(2);
      await check(page, '02-formulir-ditolak');
      expect((await harness.invoke('privacy:list', { status: 'all' })).total).toBe(0);

      await field(form, /^Pemilik data/).fill('Sri');
      await page.getByRole('option', { name: /Sri Wahyuni — Pemilik usaha · Kue Bu Sri/ }).click();
      await field(form, /^Jenis permintaan/).click();
      await page.getByRole('option', { name: /^Akses/ }).click();
      await form.getByRole('textbox', { name: /^Catatan/ }).fill('Datang langsung, minta salinan data dan riwayatnya.');
      await check(page, '03-formulir-terisi');
      await form.getByRole('button', { name: 'Simpan permintaan' }).click();

      // The request's page: 3×24 hours from receipt, counted down on the screen's clock.
      await expect(page.getByRole('heading', { name: 'Akses — Sri Wahyuni' })).toBeVisible();
      await expect(page.getByText('Sisa 72 jam 0 menit')).toBeVisible();
      const [stored] = (await harness.invoke('privacy:list', {})).rows;
      expect(Date.parse(stored!.receivedAt)).toBe(received);
      expect(Date.parse(stored!.deadlineAt)).toBe(received + 72 * HOUR);
      await check(page, '04-rincian-baru');

      // A day and a half later on the screen's clock, the register shows what is left.
      await page.clock.setFixedTime(received + 30 * HOUR + 15 * 60_000);
      await page.goto(`${harness.url}#/permintaan-data`);
      const row = page.getByRole('row', { name: /Sri Wahyuni/ });
      await expect(row.getByText('Sisa 41 jam 45 menit')).toBeVisible();
      await check(page, '05-daftar-hitung-mundur');

      // The access copy, saved as a PDF: the person's data in full, the history by names.
      await row.getByRole('link', { name: 'Sri Wahyuni' }).click();
      await harness.answerDialog(join(out, 'salinan.pdf'));
      await withPin(page, () => page.getByRole('button', { name: 'Simpan salinan sebagai PDF' }).click(), /^Salinan data disimpan/);
      expect(existsSync(join(out, 'salinan.pdf'))).toBe(true);
      expect(pdfInfo(join(out, 'salinan.pdf'))).toMatchObject({ width: 595, height: 842 });
      execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', join(out, 'salinan.pdf'), join(SHOTS, '07-salinan-data')]);
      const copy = pdfText(join(out, 'salinan.pdf')).replace(/[ \t]+/g, ' ');
      const [data, history] = copy.split('Riwayat pemrosesan');
      expect(data).toContain('SALINAN DATA PRIBADI');
      expect(data).toContain(KUE_BU_SRI.ownerNik!);
      expect(history).toContain('NIK ditampilkan lengkap');
      expect(history).toContain('Siti Rahmawati');
      expect(history).not.toContain(KUE_BU_SRI.ownerNik!);

      // Answered, before the deadline.
      await page.getByRole('button', { name: 'Tandai dijawab' }).click();
      const answer = page.getByRole('dialog', { name: 'Tandai permintaan dijawab' });
      await answer.getByRole('button', { name: 'Tandai dijawab' }).click();
      await expect(answer.getByText('Wajib diisi')).toBeVisible();
      await answer.getByRole('textbox', { name: /^Bagaimana permintaan dijawab/ }).fill('Salinan data pribadi dan riwayat pemrosesannya diserahkan langsung.');
      await answer.getByRole('button', { name: 'Tandai dijawab' }).click();
      await expect(page.getByText('Dijawab tepat waktu')).toBeVisible();
      await expect(page.getByText('Salinan data pribadi dan riwayat pemrosesannya diserahkan langsung.')).toBeVisible();
      await check(page, '06-rincian-dijawab');
      const closed = await harness.invoke('privacy:get', { id: stored!.id });
      expect(closed.status).toBe('answered');
      expect(Date.parse(closed.answeredAt!)).toBeLessThan(Date.parse(closed.deadlineAt));

      // A restriction request: restricted from its page; the profile says so and refuses to show the NIK.
      const restriction = await harness.invoke('privacy:create', {
        subjectKind: 'business',
        subjectId: stored!.subject.id,
        kind: 'restriction',
        receivedAt: new Date().toISOString(),
      });
      await page.goto(`${harness.url}#/permintaan-data/${restriction.id}`);
      await page.getByRole('button', { name: 'Batasi pemrosesan' }).click();
      await expect(page.getByText('Pemrosesan dibatasi.')).toBeVisible();
      await expect(page.getByText(/^Pemrosesan data orang ini dibatasi/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Cabut pembatasan' })).toBeVisible();
      await page.goto(`${harness.url}#/umkm/${stored!.subject.id}`);
      await expect(page.getByRole('status').filter({ hasText: 'Pemrosesan data dibatasi' })).toBeVisible();
      await withPin(page, () => page.getByRole('button', { name: 'Tampilkan NIK' }).first().click(), /data tidak dapat ditampilkan lengkap/);
      await expect(page.getByTestId('owner-nik')).not.toContainText(KUE_BU_SRI.ownerNik!);
      await page.getByRole('status').filter({ hasText: 'Pemrosesan data dibatasi' }).scrollIntoViewIfNeeded();
      await check(page, '07-profil-dibatasi');

      // The register in English, every request.
      await harness.invoke('settings:setLanguage', { language: 'en' });
      await page.goto(`${harness.url}#/permintaan-data`);
      await expect(page.getByRole('heading', { name: 'Personal Data Requests', level: 1 })).toBeVisible();
      await page.getByRole('radiogroup', { name: 'Show' }).getByText('All', { exact: true }).click();
      await expect(page.getByRole('row', { name: /Access/ }).getByText('Answered on time')).toBeVisible();
      await expect(page.getByText('2 requests', { exact: true })).toBeVisible();
      await check(page, '08-register-english');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
