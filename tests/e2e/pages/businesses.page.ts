import { expect, type Locator, type Page } from '@playwright/test';
import type { Input } from '../../../src/shared/contract';
import type { Harness } from '../fixtures';

type Profile = Input<'businesses:create'>['profile'];

/** A valid profile for seeding through the harness: Samarinda, a woman born 12 March 1990. */
export const KUE_BU_SRI: Profile = {
  name: 'Kue Bu Sri',
  ownerName: 'Sri Wahyuni',
  ownerNik: '6472015203900003',
  ownerGender: 'P',
  ownerBirthDate: '1990-03-12',
  ownerPhone: '0812-3456-7890',
  provinceCode: '64',
  regencyCode: '64.72',
  districtCode: '64.72.01',
  kbliCode: '10710',
  status: 'aktif',
  nib: '1234567890123',
  modalUsaha: 50_000_000,
  products: 'Amplang, kue lapis, bingka',
};

export async function seedBusiness(harness: Harness, profile: Profile = KUE_BU_SRI, notDuplicateOf: string[] = []) {
  return harness.invoke('businesses:create', { profile, notDuplicateOf });
}

export async function liveTotal(harness: Harness): Promise<number> {
  return (await harness.invoke('businesses:list', {})).total;
}

/** Profil UMKM: list, form and detail, driven by the Indonesian labels a consultant reads. */
export class BusinessesPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('link', { name: 'UMKM', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Profil UMKM' })).toBeVisible();
  }

  async openNew(): Promise<void> {
    await this.openList();
    await this.page.getByRole('link', { name: 'Tambah UMKM' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Tambah profil UMKM' })).toBeVisible();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Cari usaha' });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar profil UMKM' });
  }

  rowLink(name: string): Locator {
    return this.table().getByRole('link', { name, exact: true });
  }

  total(): Locator {
    return this.page.getByTestId('business-total');
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan profil' }).click();
  }

  duplicatePanel(): Locator {
    return this.page.getByRole('region', { name: 'Cek duplikat' });
  }

  async openDetail(name: string): Promise<void> {
    await this.rowLink(name).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}
