import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';

export interface LaunchedApp {
  app: ElectronApplication;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Launches the built app on a fresh data folder. Where the Electron binary is not installed
 * (it cannot be downloaded on machines without internet access), resolves to the reason instead.
 */
export async function launchApp(): Promise<LaunchedApp | { skipped: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klinik-electron-'));
  try {
    const app = await _electron.launch({
      args: ['out/main/index.js'],
      env: { ...process.env, KLINIK_DATA_DIR: dataDir } as Record<string, string>,
      timeout: 30_000,
    });
    return {
      app,
      dataDir,
      async close() {
        await app.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    if (/failed to install correctly|Cannot find module|ENOENT|electron.*not found/i.test(message)) {
      return { skipped: `Electron binary not installed on this machine (${message.split('\n')[0]}); Electron-only specs skipped.` };
    }
    throw err;
  }
}
