import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { seedBusiness } from './pages/businesses.page';
import { officeDay } from './pages/consultations.page';
import { seedDesk } from './pages/seed';

/** A finalised consultation made through the contract, as the form would send it. */
async function seedConsultation(harness: Parameters<typeof seedDesk>[0], businessId: string, consultantId: string) {
  const id = randomUUID();
  const values = {
    businessId,
    consultantIds: [consultantId],
    date: officeDay(0),
    startTime: '09:30',
    contactMinutes: 45,
    prepMinutes: 10,
    channel: 'datang_langsung',
    serviceAreas: ['legalitas'],
    complaint: 'Belum punya izin P-IRT.',
    diagnosis: '',
    advice: 'Daftar P-IRT ke Dinas Kesehatan.',
    referrals: [{ kind: 'dinkes_pirt', note: 'Bawa KTP' }],
    actionItems: [{ id: randomUUID(), what: 'Daftar P-IRT', who: 'business', dueDate: officeDay(7) }],
  };
  await harness.invoke('consultations:saveDraft', { id, values });
  return harness.invoke<{ id: string; number: string }>('consultations:finalize', { id, values });
}

test.describe('Cetak', () => {
  test('a consultation summary, a profile sheet and a month of summaries go to the printer from their screens', async ({ page, harness }, testInfo) => {
    const consultantId = await seedDesk(harness);
    const business = await seedBusiness(harness);
    const consultation = await seedConsultation(harness, business.id, consultantId);

    await page.goto(`${harness.url}#/konsultasi/${consultation.id}`);
    await expect(page.getByTestId('consultation-number')).toHaveText(consultation.number);
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
    const consultation = await seedConsultation(harness, business.id, consultantId);
    await page.goto(`${harness.url}#/konsultasi/${consultation.id}`);
    await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
    await page.getByRole('menuitem', { name: 'Simpan sebagai PDF…' }).click();
    await expect(page.getByRole('button', { name: 'Cetak ringkasan' })).not.toHaveAttribute('data-loading');
    await expect(page.getByText(/PDF tersimpan/)).toHaveCount(0);
    expect((await harness.state())['printed']).toBe(0);
  });
});
