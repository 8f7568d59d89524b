import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE, sha512OfFile, signManifest } from '../../src/main/modules/updates';
import { expect, launchHarness, test } from './fixtures';
import { seriousViolations } from './pages/backups.page';
import { seedDesk } from './pages/seed';
import { SettingsPage } from './pages/settings.page';

const SHOTS = resolve('test-results/screens/updates');
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
/** A version after this app's. */
const NEXT = VERSION.replace(/^(\d+)\.(\d+)\.(\d+).*$/, (_, a: string, b: string) => `${a}.${Number(b) + 1}.0`);

test.use({ viewport: { width: 1366, height: 768 } });

test('Tentang: an update folder is found, verified, installed after a backup; the same folder altered is refused with the reason', async ({ page }) => {
  // The publisher's key: the harness checks updates against its public half.
  const publisher = generateKeyPairSync('ed25519');
  const work = mkdtempSync(join(tmpdir(), 'klinik-e2e-update-'));
  const publicKey = join(work, 'update-public-key.pem');
  writeFileSync(publicKey, publisher.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const folder = join(work, 'pembaruan');
  mkdirSync(folder);
  const file = `Klinik-Bisnis-Setup-${NEXT}.exe`;
  writeFileSync(join(folder, file), `MZ installer ${NEXT} `.repeat(2000));
  const manifest = signManifest({ version: NEXT, file, size: readFileSync(join(folder, file)).length, sha512: await sha512OfFile(join(folder, file)) }, publisher.privateKey);
  writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(manifest));

  const harness = await launchHarness(undefined, ['--update-public-key', publicKey]);
  try {
    await seedDesk(harness);
    await page.goto(harness.url);
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.tab(/Tentang/);
    await page.getByLabel('Folder pembaruan').fill(folder);
    await page.getByRole('button', { name: 'Simpan folder' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Folder pembaruan disimpan.' })).toBeVisible();
    await page.getByRole('button', { name: 'Periksa pembaruan' }).click();
    const result = page.getByTestId('update-result');
    await expect(result).toContainText(`Versi ${NEXT} tersedia di ${folder}`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'tentang-found.png'), style: NO_TOASTS, fullPage: true });
    expect(await seriousViolations(page, 'main')).toEqual([]);

    // The installer changed after it was signed: refused, with the reason, and nothing offered.
    appendFileSync(join(folder, file), 'x');
    await page.getByRole('button', { name: 'Periksa pembaruan' }).click();
    await expect(result).toContainText('Tidak ada pembaruan yang lebih baru.');
    await expect(result.getByRole('alert').filter({ hasText: `Ditolak: ${folder}` })).toContainText('Berkas pemasang tidak sama dengan yang ditandatangani');
    await page.screenshot({ path: join(SHOTS, 'tentang-refused.png'), style: NO_TOASTS, fullPage: true });
    expect(await seriousViolations(page, 'main')).toEqual([]);

    // Put right, it installs: a backup first, then the installer is started.
    writeFileSync(join(folder, file), `MZ installer ${NEXT} `.repeat(2000));
    await page.getByRole('button', { name: 'Periksa pembaruan' }).click();
    await page.getByRole('button', { name: new RegExp(`${NEXT.replaceAll('.', '\\.')}`) }).click();
    await expect.poll(async () => ((await harness.state())['installers'] as string[] | undefined) ?? []).toEqual([join(folder, file)]);
    const backups = await harness.invoke('backups:list');
    expect(backups.items.map((b) => b.reason)).toContain('update');
  } finally {
    await harness.close();
    rmSync(work, { recursive: true, force: true });
  }
});
