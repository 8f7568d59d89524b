import { randomUUID } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { BlobReader, TextReader, TextWriter, ZipReader, ZipWriter, configure, type FileEntry } from '@zip.js/zip.js';
import { AppError } from '../../../shared/errors';
import { sha256OfFile, syncFolder } from '../../files/durable';
import { BACKUP_EXTENSION, PARTIAL, SIDECAR_EXTENSION, backupMeta, newestFirst, parseBackupName, type BackupMeta, type BackupName } from './backup.files';

configure({ useWebWorkers: false });

export const COPY_EXTENSION = '.zip';

/**
 * The copies in the second folder: one AES-256 ZIP per backup (`<id>.zip`, which 7-Zip opens with
 * the office's backup password) holding the database and its sidecar. A copy leaves the PC (another
 * drive, a stick, a share), so it is always encrypted.
 */

function fileSink(fh: FileHandle): WritableStream<Uint8Array> {
  return new WritableStream<Uint8Array>({
    async write(chunk) {
      for (let offset = 0; offset < chunk.length; ) {
        const { bytesWritten } = await fh.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    },
  });
}

/** The copies present in `folder`, newest first, read from their names alone. */
export async function listCopies(folder: string): Promise<Array<BackupName & { path: string }>> {
  const names = await readdir(folder);
  const found: Array<BackupName & { path: string }> = [];
  for (const name of names) {
    if (!name.endsWith(COPY_EXTENSION)) continue;
    const parsed = parseBackupName(name.slice(0, -COPY_EXTENSION.length));
    if (parsed) found.push({ ...parsed, path: join(folder, name) });
  }
  return found.sort(newestFirst);
}

/**
 * Writes the encrypted copy of one backup into `folder` as `<id>.zip.partial`, fsyncs it, reads it
 * back (decrypting, which checks the AES authentication code, and comparing the SHA-256 of the
 * database with the sidecar's), and only then renames it to `<id>.zip`.
 */
export async function writeCopy(o: { folder: string; backupPath: string; meta: BackupMeta; password: string }): Promise<string> {
  const finalPath = join(o.folder, `${o.meta.id}${COPY_EXTENSION}`);
  const partial = `${finalPath}${PARTIAL}`;
  try {
    const fh = await open(partial, 'w');
    try {
      const zip = new ZipWriter(fileSink(fh), { password: o.password, encryptionStrength: 3 });
      await zip.add(`${o.meta.id}${BACKUP_EXTENSION}`, Readable.toWeb(createReadStream(o.backupPath)) as unknown as ReadableStream<Uint8Array>);
      await zip.add(`${o.meta.id}${SIDECAR_EXTENSION}`, new TextReader(`${JSON.stringify(o.meta, null, 2)}\n`));
      await zip.close();
      await fh.sync();
    } finally {
      await fh.close();
    }
    const scratch = `${partial}.${randomUUID().slice(0, 8)}.check${PARTIAL}`;
    try {
      const back = await extractCopy(partial, o.password, scratch);
      if (back.meta.sha256 !== o.meta.sha256) throw new Error('the copy read back differs from the backup');
    } finally {
      await rm(scratch, { force: true });
    }
    await rename(partial, finalPath);
    await syncFolder(o.folder);
    return finalPath;
  } catch (err) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw err;
  }
}

export class CopyError extends Error {
  constructor(readonly kind: 'wrongPassword' | 'damaged' | 'notBackup' | 'unreadable') {
    super(kind);
    this.name = 'CopyError';
  }
}

/**
 * Decrypts a copy into `target` (a new file) and returns its sidecar; the database's SHA-256 is
 * checked against it. A wrong password, a damaged or altered ZIP, or a ZIP that is not a backup
 * throws CopyError.
 */
export async function extractCopy(zipPath: string, password: string, target: string): Promise<{ meta: BackupMeta }> {
  let reader: ZipReader<unknown> | null = null;
  try {
    reader = new ZipReader(new BlobReader(await openAsBlob(zipPath)), { password });
    const entries = (await reader.getEntries()).filter((e): e is FileEntry => !e.directory);
    const sidecar = entries.find((e) => e.filename.endsWith(SIDECAR_EXTENSION));
    const db = entries.find((e) => e.filename.endsWith(BACKUP_EXTENSION));
    if (!sidecar || !db) throw new CopyError('notBackup');
    const parsed = backupMeta.safeParse(JSON.parse(await sidecar.getData(new TextWriter(), { password })));
    if (!parsed.success || `${parsed.data.id}${BACKUP_EXTENSION}` !== db.filename) throw new CopyError('notBackup');
    const fh = await open(target, 'wx');
    try {
      await db.getData(fileSink(fh), { password, checkAuthenticationCode: true });
      await fh.sync();
    } finally {
      await fh.close();
    }
    if ((await sha256OfFile(target)).sha256 !== parsed.data.sha256) throw new CopyError('damaged');
    return { meta: parsed.data };
  } catch (err) {
    if (err instanceof CopyError) throw err;
    const code = String((err as { code?: unknown } | null)?.code ?? '');
    if (['ENOENT', 'EIO', 'ENXIO', 'ENODEV', 'ENOTCONN', 'EACCES', 'EPERM'].includes(code)) throw new CopyError('unreadable');
    const message = err instanceof Error ? err.message : String(err);
    if (/password/i.test(message)) throw new CopyError('wrongPassword');
    throw new CopyError('damaged');
  } finally {
    await reader?.close().catch(() => undefined);
  }
}

/**
 * A second folder must be absolute, outside the data folder (a copy beside the original protects
 * nothing) and writable, and copies need a password. Throws the AppError the settings answer with.
 */
export async function checkSecondFolder(folder: string, password: string | null, dataDir: string): Promise<void> {
  if (!isAbsolute(folder)) throw new AppError('VALIDATION', 'backups.folderRelative', { fields: { secondFolder: { key: 'v.invalidPath' } } });
  const inside = relative(resolve(dataDir), resolve(folder));
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new AppError('VALIDATION', 'backups.folderInside', { fields: { secondFolder: { key: 'v.invalidPath' } } });
  }
  if (!password) throw new AppError('VALIDATION', 'backups.passwordMissing', { fields: { password: { key: 'v.passwordRequired' } } });
  await assertWritableFolder(folder);
}

/** Writes, flushes and removes a probe file: a folder that cannot take it cannot take a backup. */
async function assertWritableFolder(folder: string): Promise<void> {
  const probe = join(folder, `.klinik-bisnis-cek-${randomUUID().slice(0, 8)}.partial`);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    const fh = await open(probe, 'wx');
    try {
      await fh.writeFile('cek');
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    throw new AppError('STORAGE', 'backups.folderUnusable');
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}
