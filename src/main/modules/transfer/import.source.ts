import { randomUUID } from 'node:crypto';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BlobReader, ZipReader, type FileEntry } from '@zip.js/zip.js';
import type { DataSource } from 'typeorm';
import { PACKAGE_EXTENSION } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { sha256OfFile } from '../../files/durable';
import { HEADER_ENTRY, PackageError, packageErrorOf, type PackageHeader } from './package';

const PREVIEW_TTL_MS = 60 * 60 * 1000;

/** The package file to read, and the temp copy to remove afterwards (when it came out of an encrypted ZIP). */
export interface PackageSource {
  packagePath: string;
  tempFile: string | null;
}

/** A previewed package, held for its apply. */
export interface Held extends PackageSource {
  password: string | null;
  packageId: string;
  at: number;
}

const removeTemp = (file: string | null) => (file ? rm(file, { force: true }).catch(() => undefined) : Promise.resolve());

/** The packages previewed and not applied yet, for an hour; their temp copies go with them. */
export class HeldPreviews {
  private readonly held = new Map<string, Held>();

  hold(source: PackageSource, password: string | null, packageId: string): string {
    const previewId = randomUUID();
    this.held.set(previewId, { ...source, password, packageId, at: Date.now() });
    return previewId;
  }

  get(previewId: string): Held | undefined {
    return this.held.get(previewId);
  }

  /** Forgets an applied preview (its temp copy is the caller's to remove). */
  forget(previewId: string): void {
    this.held.delete(previewId);
  }

  /** Forgets previews older than an hour. */
  async sweep(): Promise<void> {
    const now = Date.now();
    for (const [id, h] of this.held) {
      if (now - h.at < PREVIEW_TTL_MS) continue;
      this.held.delete(id);
      await removeTemp(h.tempFile);
    }
  }

  /** Removes temp copies of packages still held (at core close). */
  async dispose(): Promise<void> {
    for (const h of this.held.values()) await removeTemp(h.tempFile);
    this.held.clear();
  }
}

/** Removes a package's temp copy, if it has one. */
export const discardSource = (source: PackageSource | null): Promise<unknown> => removeTemp(source?.tempFile ?? null);

/** A package made by a newer version of the app (a schema this desk does not know) is refused. */
export function checkSchemaVersion(ds: DataSource, header: PackageHeader): void {
  const known = ds.migrations.map((mg) => mg.name);
  if (!known.includes(header.schemaVersion)) throw new PackageError('newer');
}

/**
 * The package file to read: the file itself, or the package inside an encrypted export ZIP
 * (copied to a temp file in `dataDir`, since reading needs random access). When the export's
 * manifest lies beside the file, the file must match it.
 */
export async function resolvePackage(path: string, password: string | null, dataDir: string): Promise<PackageSource> {
  if (!existsSync(path)) throw new PackageError('unreadable');
  await checkAgainstManifest(path);
  let reader: ZipReader<unknown> | null = null;
  const tempDir = join(dataDir, 'tmp');
  const tempFile = join(tempDir, `import-${randomUUID()}.${PACKAGE_EXTENSION}`);
  try {
    reader = new ZipReader(new BlobReader(await openAsBlob(path)), password ? { password } : {});
    const entries = await reader.getEntries();
    // A package itself, or an encrypted export holding one: told apart by what is inside, not by the name.
    if (entries.some((e) => e.filename === HEADER_ENTRY)) return { packagePath: path, tempFile: null };
    const entry = entries.find((e): e is FileEntry => !e.directory && e.filename.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`));
    if (!entry) throw new AppError('VALIDATION', 'transfer.import.noPackageInZip');
    if (entry.encrypted && !password) throw new PackageError('needsPassword');
    await mkdir(tempDir, { recursive: true });
    const fh = await open(tempFile, 'wx');
    try {
      await entry.getData(
        new WritableStream<Uint8Array>({
          async write(chunk) {
            await fh.write(chunk);
          },
        }),
        password ? { password } : {},
      );
    } finally {
      await fh.close();
    }
    return { packagePath: tempFile, tempFile };
  } catch (err) {
    await rm(tempFile, { force: true }).catch(() => undefined);
    throw packageErrorOf(err);
  } finally {
    await reader?.close().catch(() => undefined);
  }
}

async function checkAgainstManifest(path: string): Promise<void> {
  const manifestPath = join(dirname(path), 'manifest.json');
  if (!existsSync(manifestPath)) return;
  let listed: { sha256: string; bytes: number } | undefined;
  try {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files?: Array<{ name: string; sha256: string; bytes: number }> };
    listed = manifest.files?.find((f) => f.name === basename(path));
  } catch {
    return;
  }
  if (!listed) return;
  const actual = await sha256OfFile(path).catch(() => null);
  if (!actual) throw new PackageError('unreadable');
  if (actual.sha256 !== listed.sha256 || actual.bytes !== listed.bytes) throw new PackageError('damaged');
}

/** Temp copies of packages a crash left in the data folder's `tmp/` (no preview holds them after a start). */
export async function removeLeftoverTemps(dataDir: string): Promise<number> {
  const dir = join(dataDir, 'tmp');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => /^import-[0-9a-f-]{36}\.klb$/.test(n))) {
    await rm(join(dir, name), { force: true }).then(() => removed++, () => undefined);
  }
  return removed;
}
