import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder.yml, loaded and validated by electron-builder's own code (the same loader and
// JSON-schema check `npm run dist:win` runs first), without building anything.
const root = process.cwd();
const builderConfig = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'))('./out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};
const quiet = { isEnabled: false, add: () => undefined };

type Config = {
  appId: string;
  productName: string;
  win: { icon: string; target: { target: string }[] };
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  fileAssociations: { ext: string; icon: string }[];
  electronFuses: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
};
const load = async () => (await builderConfig.getConfig(root, null, null)) as unknown as Config;

/** The sizes in an .ico file's directory (a 0 byte means 256). */
function icoSizes(file: string): number[] {
  const buf = readFileSync(file);
  expect(buf.readUInt16LE(0)).toBe(0);
  expect(buf.readUInt16LE(2)).toBe(1);
  return Array.from({ length: buf.readUInt16LE(4) }, (_, i) => buf[6 + i * 16] || 256);
}

describe('the Windows installer configuration (electron-builder.yml)', () => {
  it("passes electron-builder's own schema, which refuses a misspelt key", async () => {
    const config = await load();
    await expect(builderConfig.validateConfiguration(config as never, quiet)).resolves.toBeUndefined();
    await expect(builderConfig.validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } } as never, quiet)).rejects.toThrow(/nsis/);
  });

  it('builds a per-user NSIS installer that never asks for administrator rights and keeps the data, and a portable build', async () => {
    const config = await load();
    expect(config.appId).toBe('id.go.kaltim.klinikbisnis');
    expect(config.productName).toBe('Klinik Bisnis');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
  });

  it("sets Electron's fuses as its security checklist advises", async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('opens .klb data packages, ships resources/ beside the app, and uses one icon with the sizes Windows needs', async () => {
    const config = await load();
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'klb', icon: 'resources/icons/icon.ico' })]);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
    for (const icon of [config.win.icon, config.nsis['installerIcon'], config.nsis['uninstallerIcon']]) expect(icon).toBe('resources/icons/icon.ico');
    expect(icoSizes(join(root, 'resources/icons/icon.ico'))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    const png = readFileSync(join(root, 'resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The window icon (src/main/index.ts); electron-builder wants at least 256 px.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('is what npm run dist:win builds', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts['dist:win']).toMatch(/electron-vite build && electron-builder --win/);
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(root, 'electron-builder.yml'))).toBe(true);
    expect(execFileSync('git', ['check-ignore', 'dist/x'], { cwd: root, encoding: 'utf8' }).trim()).toBe('dist/x');
  });
});
