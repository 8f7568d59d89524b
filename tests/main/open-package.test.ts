import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importRoute, packageFromArgs } from '../../src/main/electron/open-package';

const dir = mkdtempSync(join(tmpdir(), 'klinik-open-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a data package double-clicked in Windows', () => {
  const pkg = join(dir, 'Meja 2 Desember.KLB');
  writeFileSync(pkg, 'x');

  it('is the first existing .klb among the arguments, whatever its case', () => {
    expect(packageFromArgs(['C:\\Klinik Bisnis\\Klinik Bisnis.exe', '--flag', pkg])).toBe(pkg);
  });

  it('is nothing for a missing file, a relative path or another extension', () => {
    expect(packageFromArgs([join(dir, 'hilang.klb'), 'relatif.klb', join(dir, 'x.zip'), '--inspect'])).toBeNull();
  });

  it('opens the Impor screen with its path', () => {
    const route = importRoute(pkg);
    expect(route.startsWith('/ekspor/impor?berkas=')).toBe(true);
    expect(new URLSearchParams(route.split('?')[1]).get('berkas')).toBe(pkg);
  });
});
