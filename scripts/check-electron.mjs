#!/usr/bin/env node
// prestart / predev: says in one sentence what to do when the Electron binary is missing, instead
// of electron-vite's "Error: Electron uninstall" stack trace. Silent and exit 0 when it is there.
//
//   node scripts/check-electron.mjs [electron package folder]
//
// The binary is where electron's own index.js looks: node_modules/electron/path.txt names the
// executable under dist/ (or under ELECTRON_OVERRIDE_DIST_PATH).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

function electronDir() {
  if (process.argv[2]) return resolve(process.argv[2]);
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function problem(dir) {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : override ? 'electron' : null;
  if (!executable) return 'its binary was never downloaded';
  const full = join(override || join(dir, 'dist'), executable);
  return existsSync(full) ? null : `its binary ${full} is missing`;
}

const dir = electronDir();
if (!dir || !existsSync(join(dir, 'package.json'))) {
  console.error('Klinik Bisnis cannot start in Electron because the electron package is not installed; run `npm install` first.');
  process.exit(1);
}
const found = problem(dir);
if (found) {
  console.error(
    `Klinik Bisnis cannot start in Electron because ${found}; run \`npx install-electron\` where its download is reachable, or use \`npm run dev:web\` to work in the browser.`,
  );
  process.exit(1);
}
