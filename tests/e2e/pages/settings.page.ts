import { expect, type Page } from '@playwright/test';

/** Pengaturan, driven by the labels a consultant reads (Indonesian unless switched). */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: /Pengaturan|Settings/ }).click();
    await expect(this.page.getByRole('heading', { name: /^(Pengaturan|Settings)$/ })).toBeVisible();
  }

  async tab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  officeName() {
    return this.page.getByLabel(/Nama kantor|Office name/);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Simpan|Save)$/ }).click();
  }
}
