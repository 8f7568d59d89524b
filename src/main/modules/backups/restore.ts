import { copyFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DataSource } from 'typeorm';
import { nowIso, type Clock, type Logger } from '../../context';
import { applyAndVerifyPragmas } from '../../db/pragmas';
import { sha256OfFile, syncFile, syncFolder } from '../../files/durable';
import { exclusive, installTransactionDiscipline } from '../../db/transactions';
import type { AuditService } from '../audit';
import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/messages';
import {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  PARTIAL,
  SIDECAR_EXTENSION,
  parseBackupName,
  readSidecar,
  writeBackup,
  type BackupMeta,
} from './backup.files';
import { writeBackupSettings, type BackupSettingsRow } from './backup.queries';
import { COPY_EXTENSION, CopyError, extractCopy } from './second-copy';
import { hasSqliteHeader, inspect, makeSelfContained, type Inspection } from './sqlite-file';

/** A backup file copied next to the database and checked: ready to take the database's place. */
export interface StagedRestore {
  path: string;
  /** What the file says about itself (its sidecar), when it came with one. */
  meta: BackupMeta | null;
  inspection: Inspection;
  sizeBytes: number;
  /** The name the consultant knows it by: its backup id, or the file's name. */
  label: string;
}

/** The staging file of a restore, beside the database (same disk, so the final rename is atomic). */
export const stagingPath = (dbFile: string): string => `${dbFile}.restore${PARTIAL}`;

/** Why a chosen restore file is refused: VALIDATION, since it is the file that is at fault. */
type Refusal = 'notDatabase' | 'notBackup' | 'damaged' | 'newer' | 'wrongPassword' | 'noPassword' | 'unreadable';
const refused = (kind: Refusal): AppError => new AppError('VALIDATION', `backups.${kind}` satisfies MessageKey);

async function removeWithJournal(path: string): Promise<void> {
  for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(`${path}${suffix}`, { force: true });
}

/**
 * Copies (or, for an encrypted copy, decrypts) `source` to the staging file and checks it there:
 * an SQLite database, unchanged since it was made when a sidecar says what it was, `PRAGMA
 * integrity_check` ok, made by Klinik Bisnis, and with no migration this version does not know.
 * Anything else is refused with a plain message, and only the staging file was ever written.
 */
export async function stageRestore(o: {
  source: string;
  dbFile: string;
  password: string | null;
  knownMigrations: readonly string[];
  /** The backup's sidecar, when the caller already read it (a backup of this desk). */
  meta?: BackupMeta | null;
}): Promise<StagedRestore> {
  const path = stagingPath(o.dbFile);
  await removeWithJournal(path);
  try {
    let meta = o.meta ?? null;
    let label = basename(o.source);
    if (o.source.toLowerCase().endsWith(COPY_EXTENSION)) {
      if (!o.password) throw refused('noPassword');
      try {
        meta = (await extractCopy(o.source, o.password, path)).meta;
      } catch (err) {
        if (err instanceof CopyError) throw refused(err.kind === 'notBackup' ? 'notDatabase' : err.kind);
        throw err;
      }
      label = meta.id;
    } else {
      try {
        await copyFile(o.source, path);
      } catch {
        throw refused('unreadable');
      }
      if (!meta && o.source.endsWith(BACKUP_EXTENSION)) {
        const sidecar = await readSidecar(join(dirname(o.source), `${basename(o.source, BACKUP_EXTENSION)}${SIDECAR_EXTENSION}`));
        if (sidecar && sidecar.id === basename(o.source, BACKUP_EXTENSION)) meta = sidecar;
      }
      if (meta) {
        label = meta.id;
        if ((await sha256OfFile(path)).sha256 !== meta.sha256) throw refused('damaged');
      }
    }
    if (!(await hasSqliteHeader(path))) throw refused('notDatabase');
    let inspection: Inspection;
    try {
      await makeSelfContained(path);
      inspection = await inspect(path);
    } catch {
      throw refused('damaged');
    }
    if (inspection.integrity !== 'ok') throw refused('damaged');
    if (!inspection.migrations || inspection.migrations[0] !== o.knownMigrations[0]) throw refused('notBackup');
    const known = new Set(o.knownMigrations);
    if (inspection.migrations.some((name) => !known.has(name))) throw refused('newer');
    await syncFile(path);
    return { path, meta, inspection, sizeBytes: (await stat(path)).size, label: parseBackupName(label)?.id ?? label };
  } catch (err) {
    await removeWithJournal(path).catch(() => undefined);
    throw err;
  }
}

/**
 * Puts `replacement` in the database's place under the same DataSource object, so every service
 * keeps its reference: the connection is closed, stale `-wal`/`-shm` removed, the file renamed
 * over the database (and the folder fsynced), and the DataSource opened again with its pragmas
 * verified, the transaction discipline installed and pending migrations run (an older backup is
 * upgraded). The caller holds the connection exclusively.
 */
export async function swapDatabase(ds: DataSource, dbFile: string, replacement: string, logger: Logger): Promise<void> {
  if (ds.isInitialized) await ds.destroy();
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${dbFile}${suffix}`, { force: true });
  await rename(replacement, dbFile);
  await syncFolder(dirname(dbFile));
  await ds.initialize();
  installTransactionDiscipline(ds, logger);
  await applyAndVerifyPragmas(ds);
  await ds.runMigrations({ transaction: 'each' });
}

/**
 * The restore proper: `staged` replaces the database; if the database cannot be opened and brought
 * up to date from it, the safety backup taken just before goes back in its place.
 */
export async function replaceDatabase(o: { ds: DataSource; dbFile: string; staged: string; safetyBackup: string; logger: Logger }): Promise<void> {
  try {
    await swapDatabase(o.ds, o.dbFile, o.staged, o.logger);
  } catch (err) {
    o.logger.error('restore failed; putting the safety backup back', { error: err instanceof Error ? err.message : String(err) });
    const back = stagingPath(o.dbFile);
    await removeWithJournal(back);
    await copyFile(o.safetyBackup, back);
    await syncFile(back);
    await swapDatabase(o.ds, o.dbFile, back, o.logger);
    throw new AppError('STORAGE', 'backups.restoreFailed');
  }
}

export interface RestoreContext {
  ds: DataSource;
  dbFile: string;
  folder: string;
  clock: Clock;
  logger: Logger;
  audit: AuditService;
  /** The backup settings before the restore: they describe this PC, not the data, and stay. */
  settings: BackupSettingsRow;
}

/**
 * A restore from start to end: the file staged and checked; then, holding the connection alone
 * from the safety backup to the reopened database (no write can land in between and be lost), a
 * safety backup of the current database and the swap; then the backup settings put back and the
 * audit entry written. Answers what was restored and the safety backup.
 */
export async function restoreDatabase(source: string, meta: BackupMeta | null, ctx: RestoreContext): Promise<{ restored: BackupMeta; safety: BackupMeta }> {
  const staged = await stageRestore({
    source,
    dbFile: ctx.dbFile,
    password: ctx.settings.password,
    knownMigrations: ctx.ds.migrations.map((m) => m.name ?? m.constructor.name),
    meta,
  });
  let safety: BackupMeta;
  try {
    safety = await exclusive(ctx.ds, async () => {
      const taken = await writeBackup({ dbFile: ctx.dbFile, folder: ctx.folder, reason: 'restore', at: ctx.clock() }).catch((err: unknown) => {
        ctx.logger.error('safety backup before restore failed', { error: err instanceof Error ? err.message : String(err) });
        throw new AppError('STORAGE', 'backups.failed');
      });
      await replaceDatabase({
        ds: ctx.ds,
        dbFile: ctx.dbFile,
        staged: staged.path,
        safetyBackup: join(ctx.folder, `${taken.id}${BACKUP_EXTENSION}`),
        logger: ctx.logger,
      });
      return taken;
    });
  } finally {
    await removeWithJournal(stagingPath(ctx.dbFile)).catch(() => undefined);
  }
  const schema = staged.inspection.migrations?.at(-1) ?? 'none';
  await ctx.ds.transaction(async (m) => {
    await writeBackupSettings(m, { ...ctx.settings, updatedAt: ctx.settings.updatedAt ?? nowIso(ctx.clock) });
    await ctx.audit.record(m, {
      action: 'restore_backup',
      entity: 'backup',
      entityId: null,
      changes: {
        restored: [null, staged.label],
        schemaVersion: [null, schema],
        counts: [null, staged.inspection.counts],
        safetyBackup: [null, safety.id],
      },
    });
  });
  ctx.logger.info('backup restored', { restored: staged.label, safety: safety.id });
  const named = parseBackupName(staged.label);
  const modified = await stat(source).catch(() => null);
  const restored: BackupMeta = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    id: staged.label,
    createdAt: staged.meta?.createdAt ?? named?.createdAt ?? (modified ? new Date(modified.mtimeMs) : ctx.clock()).toISOString(),
    reason: staged.meta?.reason ?? named?.reason ?? 'manual',
    schemaVersion: schema,
    counts: staged.inspection.counts,
    sizeBytes: staged.meta?.sizeBytes ?? staged.sizeBytes,
    sha256: staged.meta?.sha256 ?? '0'.repeat(64),
  };
  return { restored, safety };
}
