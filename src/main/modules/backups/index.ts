export { BackupService, type BackupHooks } from './backup.service';
export { backupHandlers } from './backup.handlers';
export { backupFolder, listBackups, sweepLeftovers, writeBackup, parseBackupName, type BackupMeta } from './backup.files';
export { rotate, isoWeek, ROTATION, type RotationPolicy, type RotationCandidate, type BackupTier } from './rotation';
