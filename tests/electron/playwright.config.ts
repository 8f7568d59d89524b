import { defineConfig } from '@playwright/test';

/** Electron-only specs: the preload bridge and window security, in the real Electron shell. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
  use: { trace: 'retain-on-failure' },
});
