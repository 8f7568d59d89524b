import type { backupsContract } from '../../../shared/contract/backups';
import type { Handlers } from '../../ipc/handlers';
import type { BackupService } from './backup.service';

export function backupHandlers(backups: BackupService): Pick<Handlers, keyof typeof backupsContract> {
  return {
    'backups:list': async () => ({ items: await backups.list() }),
    'backups:status': () => backups.status(),
    'backups:create': () => backups.create('manual'),
    'backups:restore': ({ id }) => backups.restore(id),
    'backups:restoreFile': () => backups.restoreFile(),
    'backups:updateSettings': (input) => backups.updateSettings(input),
    'backups:chooseFolder': () => backups.chooseFolder(),
  };
}
