import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './fixtures';
import { KUE_BU_SRI, seedBusiness } from './pages/businesses.page';
import { seedConsultation } from './pages/consultations.page';
import { createFollowUp, officeDay } from './pages/follow-ups.page';
import { seedDesk } from './pages/seed';

/** Where the pictures of every screen are kept, outside the run's output folder. */
const SHOTS = resolve('test-results/screens/a11y');
const ZONE = 'Asia/Makassar';
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

/** A long name from a long regency with a long KBLI title: what squeezes columns and cuts texts. */
const LONG_BUSINESS = {
  ...KUE_BU_SRI,
  name: 'Usaha Dagang Anyaman Purun dan Kerajinan Rotan Ibu Hajjah Siti Nurhaliza Tenggarong',
  ownerName: 'Siti Nurhaliza binti Abdul Rahman',
  ownerNik: '6402015203850004',
  ownerBirthDate: '1985-03-12',
  ownerPhone: '0813-4455-6677',
  regencyCode: '64.02',
  districtCode: '64.02.01',
  kbliCode: '16292',
  nib: '2233445566778',
  products: 'Tas anyaman purun, tikar, topi dan keranjang rotan untuk oleh-oleh',
};

interface Seeded {
  businessId: string;
  draftId: string;
  finalId: string;
  trainingId: string;
}

/** A desk with businesses, a draft and a finalised consultation, follow-ups and a training with participants. */
async function seedEverything(harness: Harness): Promise<Seeded> {
  const consultantId = await seedDesk(harness);
  const sri = await seedBusiness(harness);
  const long = await seedBusiness(harness, LONG_BUSINESS);
  const final = await seedConsultation(harness, long.id, consultantId);
  const draftId = randomUUID();
  await harness.invoke('consultations:saveDraft', {
    id: draftId,
    values: {
      businessId: sri.id,
      consultantIds: [consultantId],
      date: officeDay(ZONE),
      startTime: '10:00',
      contactMinutes: 30,
      prepMinutes: 0,
      channel: 'datang_langsung',
      serviceAreas: ['pemasaran'],
      complaint: 'Ingin memperluas pemasaran ke toko oleh-oleh.',
      diagnosis: '',
      advice: '',
      referrals: [],
      actionItems: [],
    },
  });
  await createFollowUp(harness, long.id, 'Telepon pemilik soal pengajuan KUR', officeDay(ZONE));
  await createFollowUp(harness, sri.id, 'Kunjungi tempat produksi untuk cek P-IRT', officeDay(ZONE, 3));
  await createFollowUp(harness, sri.id, 'Tanyakan hasil pameran', officeDay(ZONE, 30));
  const training = await harness.invoke('trainings:create', {
    title: 'Pelatihan Kemasan dan Label Produk Pangan Olahan Kabupaten Kutai Kartanegara',
    topic: 'kemasan',
    startDate: officeDay(ZONE, -2),
    endDate: officeDay(ZONE, -1),
    regencyCode: '64.02',
    districtCode: '64.02.01',
    venue: 'Aula Dinas Koperasi dan UKM Kabupaten Kutai Kartanegara',
    trainers: ['Dra. Hj. Rahmawati Kusumaningrum, M.Si.'],
    capacity: 30,
  });
  await harness.invoke('participants:add', {
    trainingId: training.id,
    participant: { name: 'Siti Nurhaliza binti Abdul Rahman', gender: 'P', age: 39, phone: '0813-4455-6677', regencyCode: '64.02', hasBusiness: true, businessId: long.id },
  });
  await harness.invoke('participants:add', {
    trainingId: training.id,
    participant: { name: 'Muhammad Rizky Ramadhan', gender: 'L', age: 22, regencyCode: '64.72', hasBusiness: false },
  });
  return { businessId: long.id, draftId, finalId: final.id, trainingId: training.id };
}

/** Waits until the screen has its data: no loader, no request in flight, two frames drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

interface Summary {
  critical: string[];
  serious: string[];
  moderate: number;
}

/** Runs axe on the page as it stands, prints one line, keeps a picture, and gives the problems back. */
async function check(page: Page, screen: string, lang: string): Promise<Summary> {
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const lines = (impact: string) =>
    result.violations
      .filter((v) => v.impact === impact)
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  const summary: Summary = {
    critical: lines('critical'),
    serious: lines('serious'),
    moderate: result.violations.filter((v) => v.impact === 'moderate').reduce((sum, v) => sum + v.nodes.length, 0),
  };
  console.log(`axe ${screen} ${lang}: ${summary.critical.length} critical, ${summary.serious.length} serious, ${summary.moderate} moderate`);
  mkdirSync(SHOTS, { recursive: true });
  const dialog = await page.getByRole('dialog').count();
  if (!dialog) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${lang}-${screen}.png`), style: NO_TOASTS });
  return summary;
}

/** Headings that skip a level after the one before them (h2 then h4), as `h2 → h4 "text"`. */
function skippedHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skips: string[] = [];
    let previous = 0;
    for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
      if (!h.checkVisibility()) continue;
      const level = Number(h.tagName[1]);
      if (level > previous + 1) skips.push(`h${previous} → h${level} "${h.textContent?.trim() ?? ''}"`);
      previous = level;
    }
    return skips;
  });
}

async function go(page: Page, harness: Harness, path: string): Promise<void> {
  await page.goto(`${harness.url}#${path}`);
}

for (const lang of ['id', 'en'] as const) {
  test.describe(`Aksesibilitas (${lang})`, () => {
    test.use({ viewport: { width: 1366, height: 768 } });

    test(`every main screen in ${lang === 'id' ? 'Indonesian' : 'English'} has no critical or serious axe violation and one h1`, async ({ page, harness }) => {
      test.setTimeout(240_000);
      const seeded = await seedEverything(harness);
      if (lang === 'en') await harness.invoke('settings:setLanguage', { language: 'en' });
      const problems: string[] = [];
      const visit = async (screen: string) => {
        const summary = await check(page, screen, lang);
        problems.push(...[...summary.critical, ...summary.serious].map((line) => `${screen}: ${line}`));
        expect.soft(await page.locator('h1').count(), `${screen} has one h1`).toBe(1);
        expect.soft(await skippedHeadings(page), `${screen} has its headings in order`).toEqual([]);
      };

      const screens: Array<[string, string]> = [
        ['beranda', '/'],
        ['umkm', '/umkm'],
        ['umkm-detail', `/umkm/${seeded.businessId}`],
        ['umkm-form', '/umkm/baru'],
        ['umkm-ubah', `/umkm/${seeded.businessId}/ubah`],
        ['konsultasi', '/konsultasi'],
        ['konsultasi-isian', `/konsultasi/${seeded.draftId}`],
        ['konsultasi-final', `/konsultasi/${seeded.finalId}`],
        ['pelatihan', '/pelatihan'],
        ['pelatihan-form', '/pelatihan/baru'],
        ['laporan', '/laporan'],
        ['ekspor', '/ekspor'],
        ['impor', '/ekspor/impor'],
      ];
      for (const [screen, path] of screens) {
        await go(page, harness, path);
        await expect(page.locator('main')).not.toBeEmpty();
        await visit(screen);
      }

      // Tindak Lanjut, each tab.
      await go(page, harness, '/tindak-lanjut');
      await settle(page);
      const followUpTabs = page.locator('main').getByRole('tab');
      for (let i = 0; i < (await followUpTabs.count()); i += 1) {
        await followUpTabs.nth(i).click();
        await visit(`tindak-lanjut-${i + 1}`);
      }
      // A dialog mounted only while open gives the focus back to its button as well.
      const addFollowUp = page.getByRole('button', { name: lang === 'id' ? 'Tambah tindak lanjut' : 'Add follow-up' });
      await addFollowUp.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await visit('tindak-lanjut-dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(addFollowUp).toBeFocused();

      // Pelatihan detail: participants, attendance, and the participant dialog (focus comes back to its opener).
      await go(page, harness, `/pelatihan/${seeded.trainingId}`);
      await visit('pelatihan-peserta');
      const add = page.getByRole('button', { name: lang === 'id' ? 'Tambah peserta' : 'Add participant' });
      await add.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await visit('pelatihan-peserta-dialog');
      await page.getByRole('dialog').getByRole('button', { name: lang === 'id' ? 'Tutup' : 'Close', exact: true }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(add).toBeFocused();
      await page.locator('main').getByRole('tab').nth(1).click();
      await visit('pelatihan-kehadiran');

      // Pengaturan, each tab (Tentang last).
      await go(page, harness, '/pengaturan/kantor');
      await settle(page);
      const settingsTabs = page.locator('main').getByRole('tab');
      const slugs = ['kantor', 'konsultan', 'bahasa', 'pengingat', 'cadangan', 'riwayat', 'tentang'];
      for (let i = 0; i < slugs.length; i += 1) {
        await settingsTabs.nth(i).click();
        await visit(`pengaturan-${slugs[i]}`);
      }

      expect(problems).toEqual([]);
    });
  });
}
