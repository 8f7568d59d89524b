#!/usr/bin/env node
// Copies Indonesia's region codes (Kemendagri) from the idn-area-data package into resources/regions,
// where a migration loads them into the database. Run after upgrading idn-area-data.
// The package is ESM-only and wants Node 22, so its CSV files are read here, never imported at run time.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('idn-area-data/package.json'));
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const out = 'resources/regions';
mkdirSync(out, { recursive: true });
for (const file of ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv']) {
  copyFileSync(join(pkgDir, 'data', file), join(out, file));
}
copyFileSync(join(pkgDir, 'data', 'LICENSE.md'), join(out, 'LICENSE-ODbL.md'));
writeFileSync(
  join(out, 'SOURCE.md'),
  `# Region data\n\nProvinces, regencies, districts and villages of Indonesia with Kemendagri codes, from\nidn-area-data ${version} (https://github.com/fityannugroho/idn-area-data).\nThe data is licensed under the Open Database License (ODbL) 1.0, in LICENSE-ODbL.md beside this file.\nUpdate with \`node scripts/update-regions.mjs\`.\n`,
);
console.log(`regions from idn-area-data ${version} written to ${out}`);
