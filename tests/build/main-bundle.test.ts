import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/contract';

const dataDir = mkdtempSync(join(tmpdir(), 'klinik-bundle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the built main bundle', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync('out/main/index.js')).toBe(true);
    expect(existsSync('out/preload/index.js')).toBe(true);
    expect(existsSync('out/renderer/index.html')).toBe(true);
  });

  it('loads under Node with electron stubbed, opens the database and answers every channel', () => {
    const out = execFileSync(process.execPath, ['tests/build/load-main-bundle.cjs', dataDir], { encoding: 'utf8', timeout: 30_000 });
    const seen = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      channels: string[];
      webPreferences: Record<string, unknown>;
      url: string;
      fromApp: { ok: boolean; value?: unknown };
      fromStranger: { ok: boolean; error?: { code: string } };
    };
    expect([...seen.channels].sort()).toEqual([...CHANNELS].sort());
    expect(seen.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(seen.url).toMatch(/^file:\/\/.*out\/renderer\/index\.html$/);
    expect(seen.fromApp).toEqual({ ok: true, value: { consultant: null, needsSetup: true } });
    expect(seen.fromStranger.ok).toBe(false);
    expect(seen.fromStranger.error?.code).toBe('UNKNOWN_CHANNEL');
    expect(existsSync(join(dataDir, 'klinik-bisnis.sqlite'))).toBe(true);
  });
});
