import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/main/context';
import { distinctProfile, openDesk, profile, type Desk } from './helpers/business';
import { businessRows, everything, filesIn } from './helpers/backups';
import { TEST_PIN, tempDir } from './helpers/core';
import { sevenZip } from './helpers/transfer';

const PASSWORD = 'Cadangan-Kaltim-2026';
const DAY = 86_400_000;

let desks: Desk[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const d of desks) await d.t.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  desks = [];
  dirs = [];
});

/** A desk on a clock the test moves by hand (10:00 WITA, 15 June 2026, to start with). */
async function desk(): Promise<{ d: Desk; clock: { now: number } }> {
  const clock = { now: Date.parse('2026-06-15T02:00:00Z') };
  const tick: Clock = () => new Date((clock.now += 1000));
  const d = await openDesk({ clock: tick });
  desks.push(d);
  return { d, clock };
}

function folder(): string {
  const dir = tempDir('klinik-second-');
  dirs.push(dir);
  return dir;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function settingsSnapshot(d: Desk) {
  return { status: await d.call('backups:status'), ...(await everything(d)) };
}

describe('second folder settings', () => {
  it('refuses a folder that cannot be written, even by root (its parent is a regular file), and changes nothing', async () => {
    const { d } = await desk();
    const file = join(folder(), 'bukan-folder.txt');
    writeFileSync(file, 'x');
    const before = await settingsSnapshot(d);
    const err = await d.fail('backups:updateSettings', { secondFolder: join(file, 'Cadangan'), password: PASSWORD });
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/tidak ada atau tidak dapat ditulisi/);
    expect(err.message).toMatch(/Pengaturan cadangan tidak berubah/);
    expect(await settingsSnapshot(d)).toEqual(before);
  });

  it('refuses a read-only folder (sysfs is read-only for root too), and changes nothing', async (ctx) => {
    let writable = true;
    try {
      writeFileSync('/sys/klinik-bisnis-cek', 'x');
      rmSync('/sys/klinik-bisnis-cek', { force: true });
    } catch {
      writable = false;
    }
    if (writable) ctx.skip();
    const { d } = await desk();
    const before = await settingsSnapshot(d);
    const err = await d.fail('backups:updateSettings', { secondFolder: '/sys', password: PASSWORD });
    expect(err).toMatchObject({ code: 'STORAGE' });
    expect(err.message).toMatch(/tidak dapat ditulisi/);
    expect(await settingsSnapshot(d)).toEqual(before);
  });

  it('asks for the backup password before copies can be made, and changes nothing', async () => {
    const { d } = await desk();
    const before = await settingsSnapshot(d);
    const err = await d.fail('backups:updateSettings', { secondFolder: folder() });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.['password']).toEqual({ key: 'v.passwordRequired' });
    expect(err.message).toMatch(/kata sandi cadangan/);
    expect(await settingsSnapshot(d)).toEqual(before);
  });

  it('refuses a relative folder, or one inside the data folder, on the secondFolder field', async () => {
    const { d } = await desk();
    for (const secondFolder of ['Cadangan', join(d.t.dataDir, 'backups'), d.t.dataDir]) {
      const err = await d.fail('backups:updateSettings', { secondFolder, password: PASSWORD });
      expect({ secondFolder, code: err.code, field: err.fields?.['secondFolder'] }).toEqual({ secondFolder, code: 'VALIDATION', field: { key: 'v.invalidPath' } });
    }
  });
});

describe('second folder settings, continued', () => {
  it('clears the second folder without touching the copies already there, and keeps the password', async () => {
    const { d } = await desk();
    const second = folder();
    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    const item = await d.call('backups:create');
    const status = await d.call('backups:updateSettings', { secondFolder: null });
    expect(status).toMatchObject({ secondFolder: null, passwordSet: true, lastSecondCopyAt: null, warnings: ['noSecondCopy'] });
    expect(filesIn(second)).toEqual([`${item.id}.zip`]);
    await d.call('backups:create');
    expect(filesIn(second)).toEqual([`${item.id}.zip`]);
    const audit = await d.call('audit:list', { limit: 10, entity: 'backup_settings' });
    expect(audit.map((e) => e.changes)).toEqual([{ secondFolder: [second, null] }, { secondFolder: [null, second], password: [null, '•••'] }]);
  });

  it('announces the backups again once a new second folder holds its copy of the newest backup', async () => {
    const { d } = await desk();
    const item = await d.call('backups:create');
    const announced: unknown[] = [];
    d.t.core.events.subscribe((name, payload) => name === 'backups:changed' && announced.push(payload));
    await d.call('backups:updateSettings', { secondFolder: folder(), password: PASSWORD });
    expect(announced).toEqual([{ lastGoodAt: item.createdAt }]);
  });

  it('refuses a settings change without a consultant on duty', async () => {
    const { d } = await desk();
    const before = await settingsSnapshot(d);
    await d.call('session:end');
    expect((await d.fail('backups:updateSettings', { secondFolder: folder(), password: PASSWORD })).code).toBe('NO_SESSION');
    // Reading needs someone on duty too: signed in again, nothing has changed but the audit log's
    // two lines for ending the session and starting it again.
    await d.call('session:start', { consultantId: d.consultantId, pin: TEST_PIN });
    const after = await settingsSnapshot(d);
    expect({ ...after, audit: after.audit - 2 }).toEqual(before);
  });
});

describe('copies in the second folder', () => {
  it('copies each backup there as an AES-256 ZIP that opens only with the password, and the status says so', async () => {
    const { d } = await desk();
    await d.create(profile());
    expect((await d.call('backups:status')).warnings).toEqual(['stale', 'noSecondCopy']);
    const second = folder();
    const set = await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    expect(set).toMatchObject({ secondFolder: second, passwordSet: true, lastGoodAt: null, warnings: ['stale', 'noSecondCopy'] });

    const item = await d.call('backups:create');
    expect(item.secondCopy).toBe(true);
    expect(filesIn(second)).toEqual([`${item.id}.zip`]);
    expect(await d.call('backups:status')).toMatchObject({ lastGoodAt: item.createdAt, lastSecondCopyAt: item.createdAt, warnings: [] });

    const zipPath = join(second, `${item.id}.zip`);
    expect(readFileSync(zipPath).includes(Buffer.from('SQLite format 3'))).toBe(false);
    const reader = new ZipReader(new BlobReader(await openAsBlob(zipPath)));
    const entries = (await reader.getEntries()) as FileEntry[];
    expect(entries.map((e) => [e.filename, e.encrypted])).toEqual([
      [`${item.id}.sqlite`, true],
      [`${item.id}.json`, true],
    ]);
    await expect(entries[0]!.getData(new Uint8ArrayWriter())).rejects.toThrow();
    const inside = await entries[0]!.getData(new Uint8ArrayWriter(), { password: PASSWORD });
    expect(sha256(inside)).toBe(sha256(readFileSync(join(d.t.core.services.backups.folder, `${item.id}.sqlite`))));
    await reader.close();

    const seven = sevenZip();
    if (seven) {
      expect(spawnSync(seven, ['t', `-p${PASSWORD}`, zipPath], { encoding: 'utf8' }).status).toBe(0);
      expect(spawnSync(seven, ['t', '-psalah-sandi', zipPath], { encoding: 'utf8' }).status).not.toBe(0);
    }
  }, 60_000);

  it('copies the newest backup at once when the folder is chosen', async () => {
    const { d } = await desk();
    const item = await d.call('backups:create');
    const second = folder();
    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    expect(filesIn(second)).toEqual([`${item.id}.zip`]);
  });

  it('rotates the second folder as it rotates the backups on this PC', async () => {
    const { d, clock } = await desk();
    const second = folder();
    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    for (let day = 0; day < 10; day++, clock.now += DAY) await d.call('backups:create');
    const local = filesIn(d.t.core.services.backups.folder).filter((f) => f.endsWith('.sqlite')).map((f) => f.replace('.sqlite', ''));
    expect(local).toHaveLength(7); // the last 7 days (the Sunday ending last week is one of them)
    expect(filesIn(second).map((f) => f.replace('.zip', ''))).toEqual(local);
  }, 60_000);

  it('restores from the encrypted copy when the backups on this PC are gone, and keeps the second folder set', async () => {
    const { d } = await desk();
    const a = await d.create(profile());
    const second = folder();
    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    const backup = await d.call('backups:create');
    const backedUp = await businessRows(d);
    await d.create(distinctProfile(1), [a.id]);
    rmSync(join(d.t.core.services.backups.folder, `${backup.id}.sqlite`));
    // Kept aside: the restore's own safety backup takes its place in the rotation of the day.
    const aside = join(folder(), `${backup.id}.zip`);
    writeFileSync(aside, readFileSync(join(second, `${backup.id}.zip`)));

    const result = await d.call('backups:restore', { id: backup.id });
    expect(result.restored).toMatchObject({ id: backup.id, counts: { businesses: 1 } });
    expect(await businessRows(d)).toEqual(backedUp);
    expect(await d.call('backups:status')).toMatchObject({ secondFolder: second, passwordSet: true });

    // The same copy picked by hand.
    await d.create(distinctProfile(2), [a.id]);
    d.t.platform.dialogAnswers.push(aside);
    await d.call('backups:restoreFile');
    expect(await businessRows(d)).toEqual(backedUp);
  }, 60_000);

  it('refuses a copy made with another password, or altered, and changes nothing', async () => {
    const { d } = await desk();
    await d.create(profile());
    const second = folder();
    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    const backup = await d.call('backups:create');
    const zipPath = join(second, `${backup.id}.zip`);
    const kept = join(folder(), 'salinan.zip');
    writeFileSync(kept, readFileSync(zipPath));
    await d.call('backups:updateSettings', { secondFolder: second, password: 'Sandi-Baru-2027' });

    let before = await everything(d);
    d.t.platform.dialogAnswers.push(kept);
    const wrong = await d.fail('backups:restoreFile');
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.message).toMatch(/kata sandi cadangan/);
    expect(await everything(d)).toEqual(before);

    await d.call('backups:updateSettings', { secondFolder: second, password: PASSWORD });
    const bytes = readFileSync(kept);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(kept, bytes);
    before = await everything(d);
    d.t.platform.dialogAnswers.push(kept);
    const altered = await d.fail('backups:restoreFile');
    expect(altered.message).toMatch(/rusak, terpotong atau telah diubah/);
    expect(await everything(d)).toEqual(before);
  }, 60_000);
});

describe('backups:status', () => {
  it('warns `stale` when the last good backup is more than 7 days old', async () => {
    const { d, clock } = await desk();
    const item = await d.call('backups:create');
    expect(await d.call('backups:status')).toMatchObject({ lastGoodAt: item.createdAt, warnings: ['noSecondCopy'] });
    clock.now += 7 * DAY - 60_000;
    expect((await d.call('backups:status')).warnings).toEqual(['noSecondCopy']);
    clock.now += 120_000;
    expect((await d.call('backups:status')).warnings).toEqual(['stale', 'noSecondCopy']);
  });
});
