import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

let launched: LaunchedApp | null = null;
let skipReason = '';

test.beforeAll(async () => {
  const result = await launchApp();
  if ('skipped' in result) {
    skipReason = result.skipped;
    console.log(`SKIPPED: ${skipReason}`);
  } else {
    launched = result;
  }
});

test.afterAll(async () => {
  await launched?.close();
});

test.beforeEach(() => {
  test.skip(launched === null, skipReason);
});

test.describe('the lock when the OS locks the screen', () => {
  test("powerMonitor's lock-screen locks the desk over the open screen; the PIN opens it again", async () => {
    const page = await launched!.app.firstWindow();
    await page.evaluate(() =>
      window.api.invoke('session:firstRun', {
        officeName: 'Klinik Bisnis Kaltim',
        deskCode: 'SMD1',
        timeZone: 'Asia/Makassar',
        consultant: { name: 'Siti Rahmawati', nip: null, phone: null, pin: '2468' },
      }),
    );
    await page.reload();
    await expect(page.getByRole('link', { name: 'Beranda' })).toBeVisible();

    // What Windows+L does: Electron's powerMonitor emits 'lock-screen' in the main process.
    await launched!.app.evaluate(({ powerMonitor }) => {
      powerMonitor.emit('lock-screen');
    });
    await expect(page.getByTestId('lock-overlay')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Meja terkunci' })).toBeVisible();
    expect(await page.evaluate(() => window.api.invoke('businesses:list', {}))).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await page.getByLabel('PIN').fill('2468');
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByTestId('lock-overlay')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Beranda' })).toBeVisible();
  });
});
