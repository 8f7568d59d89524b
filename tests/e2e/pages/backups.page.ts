import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Harness } from '../fixtures';

/** Where the pictures of the backup screens are kept, outside the run's output folder. */
export const BACKUP_SHOTS = resolve('test-results/screens/backups');

export interface BackupItemDto {
  id: string;
  createdAt: string;
  reason: string;
  counts: { businesses: number; consultations: number; followUps: number; trainings: number; participants: number };
}

/** The kept backups as the core lists them, oldest first. */
export async function listBackups(harness: Harness): Promise<BackupItemDto[]> {
  const { items } = await harness.invoke('backups:list');
  return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Pengaturan › Cadangan data, driven by the Indonesian labels a consultant reads. */
export class BackupsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Cadangan data' }).click();
    await expect(this.page.getByRole('heading', { name: 'Cadangan tersimpan' })).toBeVisible();
  }

  get section(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Cadangan data' });
  }

  rows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-backup-id="${id}"]`);
  }

  restoreButton(id: string): Locator {
    return this.row(id).getByRole('button', { name: /^Pulihkan cadangan / });
  }

  /** Presses "Cadangkan sekarang" and waits until the core has the new backup and the list shows it. */
  async backUpNow(harness: Harness): Promise<BackupItemDto> {
    const before = new Set((await listBackups(harness)).map((b) => b.id));
    const button = this.page.getByRole('button', { name: 'Cadangkan sekarang' });
    await button.click();
    let made: BackupItemDto[] = [];
    await expect
      .poll(async () => {
        made = (await listBackups(harness)).filter((b) => !before.has(b.id) && b.reason === 'manual');
        return made.length;
      })
      .toBe(1);
    await expect(button).not.toHaveAttribute('data-loading');
    await expect(this.row(made[0]!.id)).toBeVisible();
    return made[0]!;
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The page at 1366×768 as the consultant sees it (passing toasts left out). */
  async shot(name: string): Promise<string> {
    mkdirSync(BACKUP_SHOTS, { recursive: true });
    const path = join(BACKUP_SHOTS, `${name}.png`);
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await this.page.screenshot({ path, style: '.mantine-Notifications-root { display: none !important; }' });
    return path;
  }
}

/** Critical and serious accessibility problems axe finds inside `selector`, as readable lines. */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
