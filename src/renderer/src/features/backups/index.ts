export { BackupsTab } from './BackupsTab';
export { BackupHomeNotice, BACKUPS_SETTINGS_PATH } from './BackupHomeNotice';
export { backupsEn, backupsId } from './i18n';
