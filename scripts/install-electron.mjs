#!/usr/bin/env node
// postinstall: fetches the Electron binary with electron's own `install-electron` bin. Electron 45
// no longer downloads it when installed, and `npm start` (electron-vite) needs it in
// node_modules/electron. Never fails the install: where the download is unreachable (offline, CI)
// it says so in one sentence and exits 0.
//
//   node scripts/install-electron.mjs [electron package folder]
//
// Skipped when CI is set or ELECTRON_SKIP_BINARY_DOWNLOAD is; KLINIK_ELECTRON_INSTALL_TIMEOUT
// (seconds, default 300) bounds the download.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const set = (name) => {
  const value = process.env[name];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
};

function electronDir() {
  if (process.argv[2]) return resolve(process.argv[2]);
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir || !existsSync(join(dir, 'package.json'))) process.exit(0); // electron not installed (a production install)

const advice = 'use `npm run dev:web` to work in the browser, or run `npx install-electron` once the download is reachable';
if (set('CI') || set('ELECTRON_SKIP_BINARY_DOWNLOAD')) {
  console.log(`Electron download skipped because ${set('CI') ? 'CI' : 'ELECTRON_SKIP_BINARY_DOWNLOAD'} is set; run \`npx install-electron\` to fetch it.`);
  process.exit(0);
}

const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const bin = typeof pkg.bin === 'object' ? pkg.bin?.['install-electron'] : undefined;
if (!bin) {
  console.log(`Electron ${pkg.version} has no install-electron command; ${advice}.`);
  process.exit(0);
}

const timeoutSeconds = Number(process.env.KLINIK_ELECTRON_INSTALL_TIMEOUT) || 300;
console.log(`Fetching the Electron ${pkg.version} binary (npm start needs it)...`);
const res = spawnSync(process.execPath, [join(dir, bin)], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: timeoutSeconds * 1000,
  killSignal: 'SIGKILL',
});
if (res.status === 0) {
  console.log(`Electron ${pkg.version} is installed.`);
  process.exit(0);
}
const reason = res.error?.code === 'ETIMEDOUT'
  ? `no answer within ${timeoutSeconds} s`
  : (`${res.stderr ?? ''}\n${res.stdout ?? ''}`.split('\n').find((l) => l.trim()) ?? `exit code ${res.status}`).trim();
console.log(`Electron could not be downloaded (${reason}); ${advice}.`);
process.exit(0);
