import { expect, test } from './fixtures';
import { seedBusiness } from './pages/businesses.page';
import { seedConsultation } from './pages/consultations.page';
import { seedDesk } from './pages/seed';

test.describe('Cetak', () => {
  test('a consultation summary, a profile sheet and a month of summaries go to the printer from their screens', async ({ page, harness }, testInfo) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    const consultation = await seedConsultation(harness, business.id, consultantId, { referrals: [{ kind: 'dinkes_pirt', note: 'Bawa KTP' }] });

    await page.goto(`${harness.url}#/konsultasi/${consultation.id}`);
    await expect(page.getByTestId('consultation-number')).toHaveText(consultation.number!);
    await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
    await page.screenshot({ path: testInfo.outputPath('print-menu.png') });
    await page.getByRole('menuitem', { name: 'Cetak ke printer…' }).click();
    await expect(page.getByText('Dokumen dikirim ke printer.')).toBeVisible();
    await expect.poll(async () => (await harness.state())['printed']).toBe(1);

    await page.goto(`${harness.url}#/umkm/${business.id}`);
    await page.getByRole('button', { name: 'Cetak profil' }).click();
    await page.getByRole('menuitem', { name: 'Cetak ke printer…' }).click();
    await expect.poll(async () => (await harness.state())['printed']).toBe(2);

    await page.goto(`${harness.url}#/konsultasi`);
    await page.getByRole('button', { name: 'Cetak semua ringkasan' }).click();
    await page.getByRole('menuitem', { name: 'Cetak ke printer…' }).click();
    await expect.poll(async () => (await harness.state())['printed']).toBe(3);
    await page.screenshot({ path: testInfo.outputPath('list-print.png') });
  });

  test('saving as PDF that the consultant cancels in the save dialog writes nothing and says nothing', async ({ page, harness }) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    const consultation = await seedConsultation(harness, business.id, consultantId, { referrals: [{ kind: 'dinkes_pirt', note: 'Bawa KTP' }] });
    await page.goto(`${harness.url}#/konsultasi/${consultation.id}`);
    await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
    await page.getByRole('menuitem', { name: 'Simpan sebagai PDF…' }).click();
    await expect(page.getByRole('button', { name: 'Cetak ringkasan' })).not.toHaveAttribute('data-loading');
    await expect(page.getByText(/PDF tersimpan/)).toHaveCount(0);
    expect((await harness.state())['printed']).toBe(0);
  });
});
