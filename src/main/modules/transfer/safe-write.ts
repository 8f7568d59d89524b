import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat, statfs, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ExportedFile } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { safeFileName } from '../../files/names';
import { sha256OfFile } from '../../files/durable';

/** Why an export could not be written; each is a sentence `transfer.write.<kind>` of the catalogue. */
export type WriteFailure = 'removed' | 'full' | 'name' | 'readOnly' | 'verify' | 'missingTarget' | 'other';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

class VerifyError extends Error {}

/** What made a file's content failed, not the disk it went to. */
export class ProducerError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ProducerError';
  }
}

const FS_CODE = /^E[A-Z]+$/;

function isFileSystemError(err: unknown): boolean {
  return FS_CODE.test(codeOf(err)) || /ERR_STREAM_(DESTROYED|WRITE_AFTER_END)/.test(codeOf(err));
}

const codeOf = (err: unknown): string => String((err as { code?: unknown } | null)?.code ?? '');

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a write failed. Some file systems answer every failure with the same code (fusefat says EPERM
 * for a pulled stick, a full one and a refused name), so the folder and the free space are looked at.
 */
export async function classifyWriteError(err: unknown, folder: string, operation: 'open' | 'write' | 'mkdir'): Promise<WriteFailure> {
  if (err instanceof VerifyError) return 'verify';
  const code = codeOf(err);
  if (!(await exists(folder))) return 'removed';
  if (['EIO', 'ENXIO', 'ENODEV', 'ENOTCONN', 'ENOENT', 'ESTALE'].includes(code)) return 'removed';
  if (['ENOSPC', 'EDQUOT', 'EFBIG'].includes(code)) return 'full';
  try {
    const fs = await statfs(folder);
    if (Number(fs.bavail) * Number(fs.bsize) < 64 * 1024) return 'full';
  } catch {
    return 'removed';
  }
  if (['EINVAL', 'ENAMETOOLONG', 'EILSEQ'].includes(code)) return 'name';
  if (operation === 'open' && code === 'EPERM') return 'name';
  if (['EROFS', 'EACCES', 'EPERM'].includes(code)) return 'readOnly';
  return 'other';
}

export function failureError(kind: WriteFailure): AppError {
  return new AppError('STORAGE', `transfer.write.${kind}` as const);
}

/** Bytes gathered before one write to the disk: producers hand over many small chunks (a CSV row each). */
const WRITE_BUFFER = 256 * 1024;

/** A writable over an open file handle that hashes what passes, writes in large blocks and flushes (fsync) before it finishes. */
function hashingFileStream(fh: FileHandle, onBytes: (n: number) => void): { out: Writable; digest: () => string } {
  const hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const block = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    for (let offset = 0; offset < block.length; ) {
      const { bytesWritten } = await fh.write(block, offset, block.length - offset);
      offset += bytesWritten;
    }
  };
  const out = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      onBytes(chunk.length);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < WRITE_BUFFER) {
        cb();
        return;
      }
      flush().then(
        () => cb(),
        (err: Error) => cb(err),
      );
    },
    final(cb) {
      flush()
        .then(() => fh.sync())
        .then(
          () => cb(),
          (err: Error) => cb(err),
        );
    },
  });
  return { out, digest: () => hash.digest('hex') };
}

/**
 * An export folder whose files are each written as `name.partial`, flushed, closed, renamed, then
 * read back and checked against the SHA-256 of what was written. On failure or cancel, everything
 * this folder wrote is removed where the disk still allows it.
 */
export class SafeFolder {
  private readonly partials = new Set<string>();
  private readonly finals: string[] = [];
  private readonly dirs: string[] = [];
  readonly files: ExportedFile[] = [];

  private constructor(
    readonly path: string,
    private readonly signal: AbortSignal,
  ) {}

  /** Makes `<parent>/<name>` (made safe; `-2`, `-3`... when taken). */
  static async create(parentDir: string, name: string, signal: AbortSignal): Promise<SafeFolder> {
    // `E:` alone means "the current folder of drive E" to path.join: the drive's root is meant.
    const parent = /^[A-Za-z]:$/.test(parentDir) ? `${parentDir}\\` : parentDir;
    try {
      const s = await stat(parent);
      if (!s.isDirectory()) throw failureError('missingTarget');
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw failureError('missingTarget');
    }
    const base = safeFileName(name);
    for (let i = 1; i < 100; i++) {
      const path = join(parent, i === 1 ? base : `${base}-${i}`);
      try {
        await mkdir(path);
        const folder = new SafeFolder(path, signal);
        folder.dirs.push(path);
        return folder;
      } catch (err) {
        if (codeOf(err) === 'EEXIST') continue;
        throw failureError(await classifyWriteError(err, parent, 'mkdir'));
      }
    }
    throw failureError('name');
  }

  /**
   * Writes one file. `produce` writes into `out` (and may end it); the file counts only once it is
   * renamed to its final name and its SHA-256 read back from the disk matches.
   */
  async write(relativeName: string, produce: (out: Writable) => Promise<void>, onBytes: (n: number) => void = () => {}): Promise<ExportedFile> {
    throwIfCancelled(this.signal);
    const parts = relativeName.split('/').map((p) => safeFileName(p));
    const finalPath = join(this.path, ...parts);
    const partial = `${finalPath}.partial`;
    let operation: 'open' | 'write' | 'mkdir' = 'mkdir';
    let fh: FileHandle | null = null;
    let diskError: Error | null = null;
    try {
      const dir = dirname(finalPath);
      if (dir !== this.path && !this.dirs.includes(dir)) {
        await mkdir(dir, { recursive: true });
        this.dirs.push(dir);
      }
      operation = 'open';
      fh = await open(partial, 'wx');
      this.partials.add(partial);
      operation = 'write';
      const { out, digest } = hashingFileStream(fh, onBytes);
      let failed: ((err: Error) => void) | null = null;
      const failure = new Promise<never>((_, reject) => {
        failed = reject;
      });
      out.on('error', (err) => {
        diskError = err;
        failed?.(err);
      });
      const producing = produce(out);
      // When the disk fails first, the producer may fail later: that is already being reported.
      producing.catch(() => undefined);
      failure.catch(() => undefined);
      await Promise.race([producing, failure]).catch((err: unknown) => {
        // A producer's own failure (a PDF that cannot be made...) is not the disk's.
        if (diskError === null && !isFileSystemError(err)) throw new ProducerError(err);
        throw err;
      });
      if (!out.writableEnded) out.end();
      await Promise.race([finished(out), failure]);
      const sha256 = digest();
      await fh.close();
      fh = null;
      throwIfCancelled(this.signal);
      await rename(partial, finalPath);
      this.partials.delete(partial);
      this.finals.push(finalPath);
      const back = await sha256OfFile(finalPath);
      if (back.sha256 !== sha256) {
        await unlink(finalPath).catch(() => undefined);
        throw new VerifyError(`read back ${back.sha256} != ${sha256}`);
      }
      const file = { name: relative(this.path, finalPath).split(sep).join('/'), bytes: back.bytes, sha256 };
      this.files.push(file);
      return file;
    } catch (err) {
      if (fh) await fh.close().catch(() => undefined);
      if (err instanceof CancelledError || err instanceof AppError) throw err;
      if (this.signal.aborted) throw new CancelledError();
      if (err instanceof ProducerError) throw err.cause instanceof AppError || err.cause instanceof CancelledError ? err.cause : err;
      throw failureError(await classifyWriteError(err, this.path, operation));
    }
  }

  /** Removes what this folder wrote, partial files first; silent where the disk is gone. */
  async discard(): Promise<void> {
    for (const p of this.partials) await rm(p, { force: true }).catch(() => undefined);
    this.partials.clear();
    for (const p of this.finals.reverse()) await rm(p, { force: true }).catch(() => undefined);
    for (const d of [...this.dirs].reverse()) await rmdir(d).catch(() => undefined);
  }
}

/** Folders an export of this app makes at the root of a stick or folder. */
const EXPORT_FOLDER = /^Ekspor-KlinikBisnis-/;

/**
 * Removes what an export cut short left on a stick (it was pulled, the PC lost power): `*.partial`
 * files inside this app's export folders at the root of `mountPath`, and such a folder when nothing
 * else is left in it. Finished files are never touched. Answers how many partial files went.
 */
export async function tidyPartials(mountPath: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(mountPath);
  } catch {
    return 0;
  }
  for (const name of names.filter((n) => EXPORT_FOLDER.test(n))) {
    const folder = join(mountPath, name);
    const walk = async (dir: string, depth: number): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory() && depth < 2) await walk(path, depth + 1);
        else if (e.isFile() && e.name.endsWith('.partial')) {
          await rm(path, { force: true }).then(() => removed++, () => undefined);
        }
      }
      // An export folder (or its sub-folder) left empty held only what was cut short.
      if ((await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => undefined);
    };
    await walk(folder, 0);
  }
  return removed;
}
