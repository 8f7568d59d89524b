import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, sha512OfFile, signManifest } from '../../src/main/modules/updates';
import type { UpdateCheck } from '../../src/shared/contract';
import { makeCore, setUpDesk, tempDir, type TestCore } from './helpers/core';

const publisher = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const PUBLIC = publisher.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** An update folder as `npm run update:sign` writes it: the installer and its signed manifest. */
async function publish(version: string, options: { key?: typeof publisher.privateKey; folder?: string } = {}): Promise<string> {
  const folder = options.folder ?? tempDir('klinik-update-');
  mkdirSync(folder, { recursive: true });
  const installer = join(folder, `Klinik-Bisnis-Setup-${version}.exe`);
  writeFileSync(installer, `MZ installer ${version} `.repeat(1000));
  const manifest = signManifest({ version, file: `Klinik-Bisnis-Setup-${version}.exe`, size: readFileSync(installer).length, sha512: await sha512OfFile(installer) }, options.key ?? publisher.privateKey);
  writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
  return folder;
}

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ appVersion: '1.2.0', updatePublicKey: PUBLIC });
  await setUpDesk(t.core);
});
afterEach(() => t.dispose());

const check = async () => {
  const res = await t.core.router.invoke('updates:check', undefined);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as UpdateCheck;
};
const install = (folder: string) => t.core.router.invoke('updates:install', { folder });
const backups = async () => (await t.core.services.backups.list()).map((b) => b.reason);

describe('updates from a folder or a stick', () => {
  it('offers a signed newer version from the update folder, and installing backs up first, then starts the installer', async () => {
    const folder = await publish('1.3.0');
    expect((await t.core.router.invoke('updates:setFolder', { folder })).ok).toBe(true);
    expect(await t.core.router.invoke('updates:settings', undefined)).toMatchObject({ ok: true, value: { appVersion: '1.2.0', folder } });
    expect(await check()).toEqual({ appVersion: '1.2.0', found: { folder, version: '1.3.0', file: 'Klinik-Bisnis-Setup-1.3.0.exe', size: 19000 }, refused: [] });

    expect(await backups()).toEqual([]);
    let backedUpFirst: string[] = [];
    const launch = t.platform.launchInstaller.bind(t.platform);
    t.platform.launchInstaller = async (path) => {
      backedUpFirst = await backups();
      await launch(path);
    };
    expect(await install(folder)).toEqual({ ok: true, value: { started: true, version: '1.3.0' } });
    expect(backedUpFirst).toEqual(['update']);
    expect(t.platform.installers).toEqual([join(folder, 'Klinik-Bisnis-Setup-1.3.0.exe')]);
  });

  it('finds an update on a removable drive, in its klinik-bisnis-update folder, and passes over drives without one', async () => {
    const stick = tempDir('klinik-stick-');
    await publish('1.2.1', { folder: join(stick, 'klinik-bisnis-update') });
    t.platform.drives = [
      { mountPath: tempDir('klinik-empty-stick-'), label: 'KOSONG', freeBytes: 1, totalBytes: 2, writable: true },
      { mountPath: stick, label: 'UPDATE', freeBytes: 1, totalBytes: 2, writable: true },
    ];
    expect(await check()).toMatchObject({ found: { folder: join(stick, 'klinik-bisnis-update'), version: '1.2.1' }, refused: [] });
  });

  type Case = [string, (folder: string) => void | Promise<void>, string, string];
  const cases: Case[] = [
    ['a tampered installer', (f) => writeFileSync(join(f, 'Klinik-Bisnis-Setup-1.3.0.exe'), 'MZ evil'.padEnd(19000, 'x')), 'tampered', 'updates.tampered'],
    [
      'a tampered manifest (a version raised by hand)',
      (f) => {
        const m = JSON.parse(readFileSync(join(f, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(f, MANIFEST_FILE), JSON.stringify({ ...m, version: '9.0.0' }));
      },
      'badSignature',
      'updates.badSignature',
    ],
    ['a manifest signed with another key', async (f) => void (await publish('1.3.0', { folder: f, key: stranger.privateKey })), 'badSignature', 'updates.badSignature'],
    ['an older version', async (f) => void (await publish('1.1.9', { folder: f })), 'notNewer', 'updates.notNewer'],
    ['the same version', async (f) => void (await publish('1.2.0', { folder: f })), 'notNewer', 'updates.notNewer'],
    ['a missing installer', (f) => rmSync(join(f, 'Klinik-Bisnis-Setup-1.3.0.exe')), 'missingFile', 'updates.missingFile'],
    ['a manifest that is not one', (f) => writeFileSync(join(f, MANIFEST_FILE), '{"version":"1.3.0"}'), 'badManifest', 'updates.badManifest'],
  ];

  it.each(cases)('refuses %s with a clear reason, and installs nothing', async (_name, spoil, reason, key) => {
    const folder = await publish('1.3.0');
    await spoil(folder);
    await t.core.router.invoke('updates:setFolder', { folder });
    const result = await check();
    expect(result.found).toBeNull();
    expect(result.refused).toEqual([expect.objectContaining({ folder, reason })]);

    const res = await install(folder);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.key).toBe(key);
    expect(res.error.message).toMatch(/Tidak ada yang dipasang\.$/);
    expect(t.platform.installers).toEqual([]);
    expect(await backups()).toEqual([]);
  });

  it('says so when the update folder is gone or holds no update, and installs nothing', async () => {
    const gone = join(tempDir('klinik-gone-'), 'tidak-ada');
    await t.core.router.invoke('updates:setFolder', { folder: gone });
    expect((await check()).refused).toEqual([{ folder: gone, version: null, reason: 'folderMissing' }]);
    const empty = tempDir('klinik-empty-');
    await t.core.router.invoke('updates:setFolder', { folder: empty });
    expect((await check()).refused).toEqual([{ folder: empty, version: null, reason: 'noManifest' }]);
    expect(await install(empty)).toMatchObject({ ok: false, error: { key: 'updates.noManifest' } });
    expect(t.platform.installers).toEqual([]);
  });

  it('names both versions when refusing an older one', async () => {
    const res = await install(await publish('1.1.0'));
    expect(res).toMatchObject({ ok: false, error: { key: 'updates.notNewer', params: { version: '1.1.0', current: '1.2.0' } } });
    if (!res.ok) expect(res.error.message).toContain('1.1.0');
  });
});
