import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Harness } from '../fixtures';

/** Screenshots go to SHOTS_DIR when it is set (to be looked at), else nowhere. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['SHOTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // A viewport as tall as the page, so the fixed header and navbar are drawn once, in place.
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(dir, `${name}.png`) });
  await page.setViewportSize(size);
}

export interface ExportResult {
  status: 'done' | 'cancelled';
  folder: string | null;
  files: Array<{ name: string; bytes: number; sha256: string }>;
}

/** An export made through the contract (as the wizard sends it), for seeding another desk. */
export async function exportPackage(harness: Harness, targetDir: string): Promise<ExportResult> {
  return harness.invoke('transfer:export', {
    jobId: crypto.randomUUID(),
    targetDir,
    scope: { kind: 'all' },
    contents: ['package'],
  });
}

/** Ekspor & Impor, driven by the Indonesian labels a consultant reads. */
export class TransferPage {
  constructor(private readonly page: Page) {}

  async openExport(url: string): Promise<void> {
    await this.page.goto(`${url}#/ekspor`);
    await expect(this.page.getByRole('heading', { name: 'Ekspor & Impor' })).toBeVisible();
  }

  async openImport(url: string): Promise<void> {
    await this.page.goto(`${url}#/ekspor/impor`);
    await expect(this.page.getByRole('button', { name: 'Pilih paket…' })).toBeVisible();
  }

  step(name: 'target' | 'scope' | 'contents' | 'summary'): Locator {
    return this.page.getByTestId(`export-step-${name}`);
  }

  /** The export's contents step: files for outsiders (XLSX/CSV/PDF) instead of the office's package. */
  async forOutsiders(): Promise<void> {
    await this.page.getByRole('radio', { name: 'Untuk pihak luar (XLSX/CSV/PDF, data pribadi disamarkan)' }).click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lanjut' }).click();
  }

  get progress(): Locator {
    return this.page.getByTestId('transfer-progress');
  }

  get success(): Locator {
    return this.page.getByTestId('export-success');
  }

  get preview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  /** A cell of the preview's counts table: row = table, column = Baru / Diperbarui / ... */
  count(table: string, column: 'Baru' | 'Diperbarui' | 'Tidak berubah' | 'Bentrok' | 'Dihapus'): Locator {
    const index = ['Baru', 'Diperbarui', 'Tidak berubah', 'Bentrok', 'Dihapus'].indexOf(column) + 1;
    return this.page.getByTestId(`import-row-${table}`).getByRole('cell').nth(index);
  }
}
