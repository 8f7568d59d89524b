import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_REASONS, backupCountsDto, type BackupReason } from '../../../shared/contract/backups';
import { sha256OfFile, syncFile, syncFolder } from '../../files/durable';
import { inspect, makeSelfContained, snapshot } from './sqlite-file';

/** The folder of the desk's backups, beside the database. */
export const BACKUP_FOLDER = 'backups';
export const backupFolder = (dataDir: string): string => join(dataDir, BACKUP_FOLDER);

export const BACKUP_EXTENSION = '.sqlite';
export const SIDECAR_EXTENSION = '.json';
export const PARTIAL = '.partial';

/**
 * `klinik-bisnis-2026-12-06T021500Z-daily` (`-2`, `-3`... for a second one in the same second):
 * the id, the instant (UTC) and the reason can be read back from the name alone, so the second
 * folder can be listed and rotated without opening its encrypted files.
 */
const NAME = /^klinik-bisnis-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z-([a-z]+)(?:-(\d{1,4}))?$/;

export interface BackupName {
  id: string;
  createdAt: string;
  reason: BackupReason;
  seq: number;
}

export function backupName(at: Date, reason: BackupReason, seq = 1): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return `klinik-bisnis-${stamp}-${reason}${seq > 1 ? `-${seq}` : ''}`;
}

export function parseBackupName(id: string): BackupName | null {
  const m = NAME.exec(id);
  if (!m) return null;
  const reason = m[5] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { id, createdAt, reason, seq: m[6] ? Number(m[6]) : 1 };
}

/** Newest first: by instant, then by the sequence number of backups taken in the same second. */
export function newestFirst<T extends { createdAt: string; id: string }>(a: T, b: T): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return (parseBackupName(b.id)?.seq ?? 0) - (parseBackupName(a.id)?.seq ?? 0);
}

export const BACKUP_FORMAT = 'klinik-bisnis-cadangan';

/** The sidecar `<id>.json` beside each backup: what the list shows without opening the database. */
export const backupMeta = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  schemaVersion: z.string(),
  counts: backupCountsDto,
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupMeta = z.infer<typeof backupMeta>;

const ignoreMissing = (err: unknown) => {
  if ((err as { code?: string }).code !== 'ENOENT') throw err;
};

/** Writes a small file as `<path>.partial`, fsyncs it and renames it into place. */
export async function writeFileSafely(path: string, text: string): Promise<void> {
  const partial = `${path}${PARTIAL}`;
  const fh = await open(partial, 'w');
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(partial, path);
}

/** A backup that failed its own check: never renamed to its final name. */
export class BackupCheckError extends Error {
  constructor(readonly problem: string) {
    super(`backup failed its integrity check: ${problem}`);
    this.name = 'BackupCheckError';
  }
}

async function freeName(folder: string, at: Date, reason: BackupReason): Promise<string> {
  const taken = new Set(await readdir(folder));
  for (let seq = 1; ; seq++) {
    const id = backupName(at, reason, seq);
    if (![BACKUP_EXTENSION, SIDECAR_EXTENSION].some((ext) => taken.has(`${id}${ext}`) || taken.has(`${id}${ext}${PARTIAL}`))) return id;
  }
}

/**
 * Takes one backup of the database file `dbFile` into `folder`: an online-backup copy written as
 * `<id>.sqlite.partial`, made self-contained, fsynced, checked with `PRAGMA integrity_check` on a
 * read-only connection, described in `<id>.json`, and only then renamed to `<id>.sqlite` and the
 * folder fsynced. A crash at any point leaves only `.partial` files (and at worst a sidecar without
 * its backup), which `sweepLeftovers` removes; a file with a final name is always a checked backup.
 */
export async function writeBackup(o: { dbFile: string; folder: string; reason: BackupReason; at: Date }): Promise<BackupMeta> {
  await mkdir(o.folder, { recursive: true });
  const id = await freeName(o.folder, o.at, o.reason);
  const finalPath = join(o.folder, `${id}${BACKUP_EXTENSION}`);
  const partial = `${finalPath}${PARTIAL}`;
  try {
    await snapshot(o.dbFile, partial);
    await makeSelfContained(partial);
    await syncFile(partial);
    const check = await inspect(partial);
    if (check.integrity !== 'ok') throw new BackupCheckError(check.integrity);
    const { sha256, bytes } = await sha256OfFile(partial);
    const meta: BackupMeta = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      id,
      createdAt: parseBackupName(id)!.createdAt,
      reason: o.reason,
      schemaVersion: check.migrations?.at(-1) ?? 'none',
      counts: check.counts,
      sizeBytes: bytes,
      sha256,
    };
    await writeFileSafely(join(o.folder, `${id}${SIDECAR_EXTENSION}`), `${JSON.stringify(meta, null, 2)}\n`);
    await rename(partial, finalPath);
    await syncFolder(o.folder);
    return meta;
  } catch (err) {
    await rm(partial, { force: true }).catch(() => undefined);
    await rm(`${partial}-journal`, { force: true }).catch(() => undefined);
    await rm(join(o.folder, `${id}${SIDECAR_EXTENSION}`), { force: true }).catch(() => undefined);
    throw err;
  }
}

/** The sidecar of a backup file, or null when it is missing or unreadable. */
export async function readSidecar(path: string): Promise<BackupMeta | null> {
  try {
    const parsed = backupMeta.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The finished backups in `folder` (final name and sidecar both there), newest first. */
export async function listBackups(folder: string): Promise<Array<BackupMeta & { path: string }>> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    ignoreMissing(err);
    return [];
  }
  const found: Array<BackupMeta & { path: string }> = [];
  for (const name of names) {
    if (!name.endsWith(BACKUP_EXTENSION)) continue;
    const id = name.slice(0, -BACKUP_EXTENSION.length);
    if (!parseBackupName(id)) continue;
    const meta = await readSidecar(join(folder, `${id}${SIDECAR_EXTENSION}`));
    if (meta && meta.id === id) found.push({ ...meta, path: join(folder, name) });
  }
  return found.sort(newestFirst);
}

/** Deletes one backup and its sidecar. */
export async function removeBackup(folder: string, id: string): Promise<void> {
  await rm(join(folder, `${id}${BACKUP_EXTENSION}`), { force: true });
  await rm(join(folder, `${id}${SIDECAR_EXTENSION}`), { force: true });
}

/**
 * What an interrupted backup left: `*.partial` files (and SQLite's journal of one), and sidecars
 * whose backup never got its final name. Run at start, before anything is listed.
 */
export async function sweepLeftovers(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    ignoreMissing(err);
    return [];
  }
  const present = new Set(names);
  const removed: string[] = [];
  for (const name of names) {
    const leftover =
      /\.partial(-journal|-wal|-shm)?$/.test(name) ||
      (name.endsWith(SIDECAR_EXTENSION) &&
        parseBackupName(name.slice(0, -SIDECAR_EXTENSION.length)) !== null &&
        !present.has(`${name.slice(0, -SIDECAR_EXTENSION.length)}${BACKUP_EXTENSION}`));
    if (!leftover || !parseBackupName(name.split('.')[0]!)) continue;
    await rm(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Whether a path is an existing folder. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
