import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupItem, BackupReason, BackupStatus, ParsedInput, RestoreResult } from '../../../shared/contract';
import { zonedInstant, zonedParts } from '../../../shared/domain/zoned';
import { AppError } from '../../../shared/errors';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import { databasePath } from '../../db/data-source';
import { later } from '../../db/transactions';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit';
import type { SettingsService } from '../settings';
import {
  BACKUP_EXTENSION,
  BackupCheckError,
  backupFolder,
  listBackups,
  parseBackupName,
  removeBackup,
  sweepLeftovers,
  writeBackup,
  type BackupMeta,
} from './backup.files';
import { readBackupSettings, writeBackupSettings, type BackupSettingsRow } from './backup.queries';
import { restoreDatabase } from './restore';
import { rotate, type BackupTier } from './rotation';
import { COPY_EXTENSION, checkSecondFolder, listCopies, writeCopy } from './second-copy';

const STALE_MS = 7 * 86_400_000;

export interface BackupHooks {
  /** Told after a restore: caches, the session and the screens look at the restored data. */
  afterRestore?: () => Promise<void>;
  /** Told when the set of backups changed (one taken, one restored): the screens look again. */
  changed?: (lastGoodAt: string | null) => void;
}

/**
 * The desk's backups: checked copies of the database in `<dataDir>/backups` (daily, at close,
 * before a migration, an import or a restore, and on demand), rotated 7 daily / 4 weekly / 12
 * monthly, each also copied encrypted to the second folder when one is set; and restore.
 * Backups and restores take turns: one at a time.
 */
export class BackupService {
  private chain: Promise<unknown> = Promise.resolve();
  private startup: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private automatic = false;
  private stopped = false;
  readonly folder: string;
  readonly dbFile: string;

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly platform: Platform,
    readonly dataDir: string,
    private readonly hooks: BackupHooks = {},
  ) {
    this.folder = backupFolder(dataDir);
    this.dbFile = databasePath(dataDir);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Removes what interrupted backups left; with `automatic`, takes today's backup when there is
   * none yet and keeps a timer for the next office day, and takes one more at `stop()`.
   */
  start(options: { automatic: boolean }): void {
    this.automatic = options.automatic;
    this.startup = this.serial(async () => {
      const removed = await sweepLeftovers(this.folder);
      const second = (await this.readSettings()).secondFolder;
      if (second) removed.push(...(await sweepLeftovers(second).catch(() => [])));
      if (removed.length > 0) this.deps.logger.warn('removed leftovers of interrupted backups', { files: removed });
      if (!this.automatic) return;
      await this.ensureToday();
      await this.ensureSecondCopy();
    }).catch((err: unknown) => this.deps.logger.error('backup at start failed', { error: describe(err) }));
    if (this.automatic) this.schedule();
  }

  /** Ends the timer; with automatic backups on, takes the backup of the closing app first. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.startup;
    if (this.automatic) await this.serial(() => this.take('close')).catch(() => undefined);
    await this.chain;
  }

  private schedule(): void {
    if (this.stopped) return;
    void this.settings.timeZone().then(
      (zone) => {
        if (this.stopped) return;
        const now = this.deps.clock();
        const today = zonedParts(now, zone).date;
        const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const ms = Date.parse(zonedInstant(tomorrow, '00:05', zone)) - now.getTime();
        this.timer = later(() => {
          this.timer = null;
          void this.serial(() => this.ensureToday())
            .catch((err: unknown) => this.deps.logger.error('daily backup failed', { error: describe(err) }))
            .finally(() => this.schedule());
        }, Math.min(Math.max(ms, 60_000), 86_400_000));
      },
      (err: unknown) => this.deps.logger.error('cannot schedule the daily backup', { error: describe(err) }),
    );
  }

  private async ensureToday(): Promise<void> {
    const zone = await this.settings.timeZone();
    const today = todayIn(zone, this.deps.clock);
    const items = await listBackups(this.folder);
    if (!items.some((b) => zonedParts(new Date(b.createdAt), zone).date === today)) await this.take('daily');
  }

  /** The newest backup also in the second folder (after the folder was away, or just chosen). */
  private async ensureSecondCopy(): Promise<void> {
    const newest = (await listBackups(this.folder))[0];
    if (newest) await this.copyToSecondFolder(newest, { onlyIfMissing: true });
  }

  /** A backup on demand, or before something that changes much (an import): checked, rotated, copied. */
  create(reason: BackupReason = 'manual'): Promise<BackupItem> {
    return this.serial(async () => this.toItem(await this.take(reason)));
  }

  private async take(reason: BackupReason): Promise<BackupMeta> {
    let meta: BackupMeta;
    try {
      meta = await writeBackup({ dbFile: this.dbFile, folder: this.folder, reason, at: this.deps.clock() });
    } catch (err) {
      this.deps.logger.error('backup failed', { reason, error: describe(err) });
      throw new AppError('STORAGE', err instanceof BackupCheckError ? 'backups.checkFailed' : 'backups.failed');
    }
    this.deps.logger.info('backup taken', { id: meta.id, bytes: meta.sizeBytes });
    await this.afterBackup(meta);
    this.hooks.changed?.(meta.createdAt);
    return meta;
  }

  /** Rotation here and in the second folder, and the encrypted copy; failures are logged, the backup stands. */
  private async afterBackup(meta: BackupMeta): Promise<void> {
    try {
      await this.rotateLocal();
    } catch (err) {
      this.deps.logger.error('backup rotation failed', { error: describe(err) });
    }
    await this.copyToSecondFolder({ ...meta, path: join(this.folder, `${meta.id}${BACKUP_EXTENSION}`) }, { onlyIfMissing: false });
  }

  private async rotateLocal(): Promise<void> {
    const items = await listBackups(this.folder);
    const keep = rotate(items, this.deps.clock(), await this.settings.timeZone());
    for (const b of items) if (!keep.has(b.id)) await removeBackup(this.folder, b.id);
  }

  private async copyToSecondFolder(backup: BackupMeta & { path: string }, o: { onlyIfMissing: boolean }): Promise<void> {
    const { secondFolder, password } = await this.readSettings();
    if (!secondFolder || !password) return;
    try {
      const copies = await listCopies(secondFolder);
      if (!(o.onlyIfMissing && copies.some((c) => c.id === backup.id))) {
        await writeCopy({ folder: secondFolder, backupPath: backup.path, meta: backup, password });
      }
      const all = await listCopies(secondFolder);
      const keep = rotate(all, this.deps.clock(), await this.settings.timeZone());
      for (const c of all) if (!keep.has(c.id)) await rm(c.path, { force: true });
    } catch (err) {
      // The stick may be out: the backup on this PC stands; the status shows how old the last copy is.
      this.deps.logger.warn('copy to the second backup folder failed', { error: describe(err) });
    }
  }

  private readSettings(): Promise<BackupSettingsRow> {
    return readBackupSettings(this.deps.ds.manager);
  }

  private async copies(folder: string | null): Promise<Array<{ id: string; createdAt: string }>> {
    if (!folder) return [];
    return listCopies(folder).catch(() => []);
  }

  private async toItems(metas: BackupMeta[]): Promise<BackupItem[]> {
    const zone = await this.settings.timeZone();
    const tiers = rotate(metas, this.deps.clock(), zone);
    const copied = new Set((await this.copies((await this.readSettings()).secondFolder)).map((c) => c.id));
    return metas.map((m) => itemOf(m, tiers.get(m.id) ?? [], copied.has(m.id)));
  }

  private async toItem(meta: BackupMeta): Promise<BackupItem> {
    const items = await this.toItems(await listBackups(this.folder));
    return items.find((i) => i.id === meta.id) ?? itemOf(meta, [], false);
  }

  async list(): Promise<BackupItem[]> {
    await this.startup;
    return this.toItems(await listBackups(this.folder));
  }

  async status(): Promise<BackupStatus> {
    await this.startup;
    const settings = await this.readSettings();
    const newest = (await listBackups(this.folder))[0] ?? null;
    const newestCopy = (await this.copies(settings.secondFolder))[0] ?? null;
    const warnings: BackupStatus['warnings'] = [];
    if (!newest || this.deps.clock().getTime() - Date.parse(newest.createdAt) > STALE_MS) warnings.push('stale');
    if (!newestCopy) warnings.push('noSecondCopy');
    return {
      lastGoodAt: newest?.createdAt ?? null,
      secondFolder: settings.secondFolder,
      passwordSet: Boolean(settings.password),
      lastSecondCopyAt: newestCopy?.createdAt ?? null,
      warnings,
    };
  }

  /**
   * Sets (or clears) the second folder and the backup password. A folder must be absolute, outside
   * the data folder and writable (a file is written, flushed and removed there), and copies need a
   * password: otherwise nothing changes. The newest backup is copied there at once.
   */
  async updateSettings(input: ParsedInput<'backups:updateSettings'>): Promise<BackupStatus> {
    const actor = this.deps.session.requireActor();
    const current = await this.readSettings();
    const password = input.password ?? current.password;
    const folder = input.secondFolder;
    if (folder !== null) await checkSecondFolder(folder, password, this.dataDir);
    await this.serial(() =>
      this.deps.ds.transaction(async (m) => {
        await writeBackupSettings(m, { secondFolder: folder, password: password ?? null, updatedAt: nowIso(this.deps.clock), updatedBy: actor });
        await this.audit.record(m, {
          action: 'update',
          entity: 'backup_settings',
          entityId: null,
          changes: {
            ...(current.secondFolder !== folder ? { secondFolder: [current.secondFolder, folder] } : {}),
            // The password itself never enters the audit log.
            ...(input.password !== undefined && input.password !== current.password ? { password: [current.password ? '•••' : null, '•••'] } : {}),
          },
        });
      }),
    );
    if (folder) await this.serial(() => this.ensureSecondCopy());
    const status = await this.status();
    // The newest backup may now have its copy in the new folder: the backup screens look again.
    if (folder) this.hooks.changed?.(status.lastGoodAt);
    return status;
  }

  async chooseFolder(): Promise<string | null> {
    return this.platform.chooseOpenPath({ title: 'Pilih folder cadangan kedua', directory: true });
  }

  /** Restores a backup of this desk (here, or its encrypted copy in the second folder). */
  async restore(id: string): Promise<RestoreResult> {
    await this.startup;
    if (!parseBackupName(id)) throw new AppError('NOT_FOUND', 'backups.notFound');
    const local = (await listBackups(this.folder)).find((b) => b.id === id);
    if (local) return this.restoreFrom(local.path, local);
    const { secondFolder } = await this.readSettings();
    const copy = (await this.copies(secondFolder)).find((c) => c.id === id);
    if (copy && secondFolder) return this.restoreFrom(join(secondFolder, `${id}${COPY_EXTENSION}`), null);
    throw new AppError('NOT_FOUND', 'backups.notFound');
  }

  /** Restores a backup file the consultant picks (a `.sqlite` backup, or an encrypted `.zip` copy); null when cancelled. */
  async restoreFile(): Promise<RestoreResult | null> {
    const path = await this.platform.chooseOpenPath({
      title: 'Pilih berkas cadangan Klinik Bisnis',
      filters: [{ name: 'Cadangan Klinik Bisnis', extensions: ['sqlite', 'zip'] }],
    });
    if (!path) return null;
    await this.startup;
    return this.restoreFrom(path, null);
  }

  private restoreFrom(source: string, meta: BackupMeta | null): Promise<RestoreResult> {
    return this.serial(async () => {
      const { restored, safety } = await restoreDatabase(source, meta, {
        ds: this.deps.ds,
        dbFile: this.dbFile,
        folder: this.folder,
        clock: this.deps.clock,
        logger: this.deps.logger,
        audit: this.audit,
        settings: await this.readSettings(),
      });
      await this.settings.get(); // the office time zone is read again, from the restored data
      await this.afterBackup(safety);
      await this.hooks.afterRestore?.().catch((err: unknown) => this.deps.logger.error('after-restore hook failed', { error: describe(err) }));
      this.hooks.changed?.(safety.createdAt);
      const [restoredItem, safetyItem] = await Promise.all([this.toItem(restored), this.toItem(safety)]);
      return { restored: restoredItem, safety: safetyItem };
    });
  }
}

function itemOf(meta: BackupMeta, tiers: BackupTier[], secondCopy: boolean): BackupItem {
  return {
    id: meta.id,
    createdAt: meta.createdAt,
    reason: meta.reason,
    sizeBytes: meta.sizeBytes,
    schemaVersion: meta.schemaVersion,
    counts: meta.counts,
    tiers,
    secondCopy,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

