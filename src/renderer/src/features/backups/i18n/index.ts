export { backupsId, type BackupsCatalogue } from './id';
export { backupsEn } from './en';
