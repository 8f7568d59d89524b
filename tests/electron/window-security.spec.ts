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

test.describe('the Electron window', () => {
  test('exposes no Node to the page: require and process are undefined', async () => {
    const page = await launched!.app.firstWindow();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  });

  test('window.api works and exposes only invoke and on', async () => {
    const page = await launched!.app.firstWindow();
    expect(await page.evaluate(() => Object.keys(window.api).sort())).toEqual(['invoke', 'on']);
    const session = await page.evaluate(() => window.api.invoke('session:get'));
    expect(session).toEqual({ ok: true, value: { consultant: null, needsSetup: true, locked: true, freshUntil: null } });
    const unknown = await page.evaluate(() => window.api.invoke('fs:read' as never));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  test('window.open opens nothing', async () => {
    const page = await launched!.app.firstWindow();
    const before = launched!.app.windows().length;
    const handle = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(handle).toBe(true);
    expect(launched!.app.windows().length).toBe(before);
  });

  test('navigation away from the app is refused', async () => {
    const page = await launched!.app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });

  test('the Content-Security-Policy refuses eval and inline script', async () => {
    const page = await launched!.app.firstWindow();
    const evalResult = await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch {
        return 'blocked';
      }
    });
    expect(evalResult).toBe('blocked');
  });

  test('permission requests from the page are denied', async () => {
    const page = await launched!.app.firstWindow();
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });
});
