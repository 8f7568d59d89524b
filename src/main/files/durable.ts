import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * What every file the app writes for keeps (exports, backups, copies on a stick) relies on: a file
 * flushed to the disk, a folder flushed after a rename in it, and a file's SHA-256 read back.
 */

/** fsync of a file by path. */
export async function syncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** fsync of a folder, so a rename in it survives a power cut. Windows cannot open a folder: skipped there. */
export async function syncFolder(path: string): Promise<void> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if (process.platform === 'win32') return;
    throw err;
  }
  try {
    await fh.sync();
  } catch (err) {
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF'].includes(String((err as { code?: string }).code))) throw err;
  } finally {
    await fh.close();
  }
}

/** SHA-256 of a file, read back from the disk. */
export async function sha256OfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
