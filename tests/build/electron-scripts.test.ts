import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/check-electron.mjs (prestart, predev) and scripts/install-electron.mjs (postinstall),
// each run on a fake electron package folder.
const root = mkdtempSync(join(tmpdir(), 'klinik-electron-scripts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A fake node_modules/electron: its package.json, and optionally path.txt, dist/ and install.js. */
function fakeElectron(options: { pathTxt?: string; binary?: string; install?: string } = {}): string {
  const dir = join(root, `electron-${++count}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', bin: { electron: 'cli.js', 'install-electron': 'install.js' } }));
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', options.binary), '');
  }
  if (options.install) writeFileSync(join(dir, 'install.js'), options.install);
  return dir;
}

function run(script: string, dir: string, env: Record<string, string | undefined> = {}) {
  const base = { ...process.env };
  for (const key of ['CI', 'ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_OVERRIDE_DIST_PATH', 'KLINIK_ELECTRON_INSTALL_TIMEOUT']) delete base[key];
  const res = spawnSync(process.execPath, [script, dir], { encoding: 'utf8', env: { ...base, ...env }, timeout: 20_000 });
  return { status: res.status, out: `${res.stdout}${res.stderr}`.trim() };
}

describe('the prestart check (scripts/check-electron.mjs)', () => {
  const check = (dir: string, env?: Record<string, string>) => run('scripts/check-electron.mjs', dir, env);

  it('is silent when the binary is installed', () => {
    expect(check(fakeElectron({ pathTxt: 'electron', binary: 'electron' }))).toEqual({ status: 0, out: '' });
  });

  it('says in one sentence what to do when the binary was never downloaded', () => {
    const { status, out } = check(fakeElectron());
    expect(status).toBe(1);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/binary was never downloaded; run `npx install-electron` .*`npm run dev:web`/);
  });

  it('notices a binary that path.txt names but that is gone', () => {
    const { status, out } = check(fakeElectron({ pathTxt: 'electron' }));
    expect(status).toBe(1);
    expect(out).toMatch(/dist[\\/]electron is missing; run `npx install-electron`/);
  });

  it('accepts ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = join(root, 'override');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'electron'), '');
    expect(check(fakeElectron(), { ELECTRON_OVERRIDE_DIST_PATH: dist }).status).toBe(0);
  });

  it('asks for npm install when there is no electron package at all', () => {
    const { status, out } = check(join(root, 'nothing-here'));
    expect(status).toBe(1);
    expect(out).toMatch(/electron package is not installed; run `npm install` first/);
  });
});

describe('the postinstall download (scripts/install-electron.mjs)', () => {
  const install = (dir: string, env?: Record<string, string>) => run('scripts/install-electron.mjs', dir, env);

  it("runs electron's install-electron bin", () => {
    const dir = fakeElectron({ install: "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'yes');" });
    const { status, out } = install(dir);
    expect(status).toBe(0);
    expect(out).toMatch(/Electron 45\.5\.0 is installed\./);
    expect(readFileSync(join(dir, 'ran'), 'utf8')).toBe('yes');
  });

  it('tolerates a failed download with one plain sentence and exit 0', () => {
    const { status, out } = install(fakeElectron({ install: "console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);" }));
    expect(status).toBe(0);
    expect(out.split('\n').pop()).toBe(
      'Electron could not be downloaded (TypeError: fetch failed); use `npm run dev:web` to work in the browser, or run `npx install-electron` once the download is reachable.',
    );
  });

  it('gives up on a download that hangs', () => {
    const { status, out } = install(fakeElectron({ install: 'setInterval(() => {}, 1000);' }), { KLINIK_ELECTRON_INSTALL_TIMEOUT: '1' });
    expect(status).toBe(0);
    expect(out).toMatch(/Electron could not be downloaded \(no answer within 1 s\)/);
  });

  it('skips the download under CI or ELECTRON_SKIP_BINARY_DOWNLOAD without running it', () => {
    const hang = fakeElectron({ install: 'setInterval(() => {}, 1000);' });
    for (const env of [{ CI: 'true' }, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }] as Array<Record<string, string>>) {
      const { status, out } = install(hang, env);
      expect(status).toBe(0);
      expect(out).toMatch(/^Electron download skipped because (CI|ELECTRON_SKIP_BINARY_DOWNLOAD) is set/);
    }
  });
});
