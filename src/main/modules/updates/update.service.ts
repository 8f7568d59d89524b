import { join } from 'node:path';
import type { UpdateCheck, UpdateSettings } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit';
import type { BackupService } from '../backups';
import { compareVersions, verifyUpdateFolder, type Verified } from './manifest';
import { readUpdateSettings, writeUpdateSettings } from './update.queries';

/** Where an update sits on a removable drive: at its root or in this folder on it. */
export const DRIVE_UPDATE_FOLDER = 'klinik-bisnis-update';

/**
 * Updates without internet: an update is a folder holding the installer and a `manifest.json`
 * signed with the publisher's Ed25519 key (scripts/update-sign.ts). The app looks in the office's
 * update folder and on removable drives, offers only a verified newer version, and before starting
 * the installer verifies it again and takes a backup.
 */
export class UpdateService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly platform: Platform,
    private readonly backups: BackupService,
    private readonly publicKeyPem: string,
  ) {}

  async settings(): Promise<UpdateSettings> {
    const row = await readUpdateSettings(this.deps.ds.manager);
    return { appVersion: this.platform.appVersion, folder: row.folder, updatedAt: row.updatedAt };
  }

  async setFolder(folder: string | null): Promise<UpdateSettings> {
    const actor = this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const before = await readUpdateSettings(m);
      await writeUpdateSettings(m, { folder, updatedAt: nowIso(this.deps.clock), updatedBy: actor });
      await this.audit.record(m, { action: 'update', entity: 'update_settings', entityId: null, changes: { folder: [before.folder, folder] } });
    });
    return this.settings();
  }

  /** The newest verified update in the update folder or on a drive, and why each other one was not offered. */
  async check(): Promise<UpdateCheck> {
    const current = this.platform.appVersion;
    const { folder } = await readUpdateSettings(this.deps.ds.manager);
    const drives = await this.platform.listRemovableDrives();
    const candidates = [
      ...(folder ? [{ folder, configured: true }] : []),
      ...drives.flatMap((d) => [d.mountPath, join(d.mountPath, DRIVE_UPDATE_FOLDER)].map((f) => ({ folder: f, configured: false }))),
    ];
    const result: UpdateCheck = { appVersion: current, found: null, refused: [] };
    for (const candidate of candidates) {
      const v = await verifyUpdateFolder(candidate.folder, current, this.publicKeyPem);
      if (v.ok) {
        const { version, file, size } = v.manifest;
        if (!result.found || compareVersions(version, result.found.version) > 0) result.found = { folder: candidate.folder, version, file, size };
      } else if (candidate.configured || (v.reason !== 'folderMissing' && v.reason !== 'noManifest')) {
        // A drive without an update is not worth a line; the office's own folder always is.
        result.refused.push({ folder: candidate.folder, version: v.version, reason: v.reason });
      }
    }
    return result;
  }

  /** Verifies the folder's update again (it may have changed since the check), backs up, then starts the installer. */
  async install(folder: string): Promise<{ started: true; version: string }> {
    this.deps.session.requireActor();
    const v = await verifyUpdateFolder(folder, this.platform.appVersion, this.publicKeyPem);
    if (!v.ok) throw refusal(v, this.platform.appVersion);
    await this.backups.create('update');
    this.deps.logger.info('update installer started', { version: v.manifest.version, file: v.manifest.file });
    await this.platform.launchInstaller(v.installer);
    return { started: true, version: v.manifest.version };
  }
}

function refusal(v: Extract<Verified, { ok: false }>, current: string): AppError {
  const code = v.reason === 'folderMissing' || v.reason === 'noManifest' || v.reason === 'missingFile' ? 'NOT_FOUND' : 'CONFLICT';
  return new AppError(code, `updates.${v.reason}`, { params: { version: v.version ?? '', current } });
}
