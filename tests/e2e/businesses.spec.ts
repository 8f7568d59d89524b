import { expect, test } from './fixtures';
import { BusinessesPage, KUE_BU_SRI, liveTotal, seedBusiness } from './pages/businesses.page';
import { seedDesk } from './pages/seed';

test.describe('Profil UMKM', () => {
  test.beforeEach(async ({ page, harness }) => {
    await seedDesk(harness);
    await page.goto(harness.url);
  });

  test('create a profile through the form; the detail shows it with the NIK masked', async ({ page, harness }) => {
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.fill({
      'Nama usaha': 'Amplang Mahakam Jaya',
      'Nama pemilik': 'Budi Santoso',
      'NIK pemilik': '6472011203850007',
      'Telepon/WhatsApp': '0813 5500 7701',
      NIB: '9876543210123',
      'Produk': 'Amplang ikan pipih',
      'Modal usaha': '150000000',
    });
    await expect(page.getByText('Mikro', { exact: true })).toBeVisible();
    await umkm.save();

    await expect(page.getByText('Profil UMKM tersimpan')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Amplang Mahakam Jaya', level: 1 })).toBeVisible();
    await expect(page.getByTestId('owner-nik')).toHaveText('6472••••••••0007');
    await expect(page.getByText('0813-5500-7701')).toBeVisible();
    // Gender came from the NIK.
    await expect(page.getByRole('definition').filter({ hasText: /^Laki-laki$/ })).toBeVisible();
    expect(await liveTotal(harness)).toBe(1);
  });

  test('a near-duplicate ("Toko Kue Ibu Sri" after "Kue Bu Sri") warns before saving', async ({ page, harness }) => {
    await seedBusiness(harness);
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.fill({ 'Nama usaha': 'Toko Kue Ibu Sri', 'Nama pemilik': 'Sri Rahayu' });

    const panel = umkm.duplicatePanel();
    await expect(panel.getByText('Mungkin sudah ada:')).toBeVisible();
    await expect(panel.getByText('Kue Bu Sri', { exact: true })).toBeVisible();
    await expect(panel.getByText('Nama mirip')).toBeVisible();

    await umkm.save();
    await expect(panel.getByText('Belum disimpan: ada profil yang mirip')).toBeVisible();
    expect(await liveTotal(harness)).toBe(1);

    await panel.getByRole('button', { name: 'Kue Bu Sri bukan duplikat' }).click();
    await umkm.save();
    await expect(page.getByRole('heading', { name: 'Toko Kue Ibu Sri', level: 1 })).toBeVisible();
    expect(await liveTotal(harness)).toBe(2);
  });

  test('search finds a profile by a word of its name, by phone in 08… form and by NIB', async ({ page, harness }) => {
    await seedBusiness(harness);
    await seedBusiness(harness, {
      ...KUE_BU_SRI,
      name: 'Sablon Kaos Borneo',
      ownerName: 'Rahmat Hidayat',
      ownerNik: null,
      ownerGender: 'L',
      ownerBirthDate: null,
      ownerPhone: '0853-1111-2222',
      nib: '5555566666777',
      kbliCode: '18120',
      products: 'Kaos sablon',
    });
    const umkm = new BusinessesPage(page);
    await umkm.openList();
    await expect(umkm.total()).toHaveText('2 usaha');

    for (const query of ['kue', '0812-3456-7890', '081234567890', '1234567890123']) {
      await umkm.search(query);
      await expect(umkm.total(), query).toHaveText('1 usaha');
      await expect(umkm.rowLink('Kue Bu Sri'), query).toBeVisible();
      await expect(umkm.rowLink('Sablon Kaos Borneo'), query).toHaveCount(0);
    }
    await umkm.search('borneo');
    await expect(umkm.rowLink('Sablon Kaos Borneo')).toBeVisible();
    // The list shows the phone masked.
    await expect(umkm.table().getByText('0853-••••-2222')).toBeVisible();
  });

  test('edit the products and see them on the detail', async ({ page, harness }) => {
    await seedBusiness(harness);
    const umkm = new BusinessesPage(page);
    await umkm.openList();
    await umkm.openDetail('Kue Bu Sri');
    await page.getByRole('link', { name: 'Ubah', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ubah profil UMKM' })).toBeVisible();
    await expect(umkm.field('NIK pemilik')).toHaveValue('6472••••••••0003');

    await umkm.field('Produk').fill('Amplang, kue lapis, roti gambang');
    await umkm.save();

    await expect(page.getByText('Perubahan tersimpan')).toBeVisible();
    await expect(page.getByText('Amplang, kue lapis, roti gambang')).toBeVisible();
    await expect(page.getByText('Diubah: Produk')).toBeVisible();
  });

  test('delete, then restore from the banner', async ({ page, harness }) => {
    await seedBusiness(harness);
    const umkm = new BusinessesPage(page);
    await umkm.openList();
    await umkm.openDetail('Kue Bu Sri');

    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus profil' }).click();
    await expect(page.getByText('Profil ini dihapus')).toBeVisible();
    expect(await liveTotal(harness)).toBe(0);

    await page.getByRole('button', { name: 'Pulihkan' }).click();
    await expect(page.getByText('Profil dipulihkan')).toBeVisible();
    await expect(page.getByText('Profil ini dihapus')).toHaveCount(0);
    expect(await liveTotal(harness)).toBe(1);
  });

  test('a 15-digit NIK shows the field error and saves nothing', async ({ page, harness }) => {
    const umkm = new BusinessesPage(page);
    await umkm.openNew();
    await umkm.fill({ 'Nama usaha': 'Es Krim Tepian', 'Nama pemilik': 'Yohana Kristanti', 'NIK pemilik': '647201520390000' });
    await umkm.save();

    await expect(page.getByText('NIK harus 16 digit')).toBeVisible();
    await expect(umkm.field('NIK pemilik')).toHaveAttribute('aria-invalid', 'true');
    await expect(umkm.field('NIK pemilik')).toBeFocused();
    expect(await liveTotal(harness)).toBe(0);
  });
});
