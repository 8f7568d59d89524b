import type { updatesContract } from '../../../shared/contract/updates';
import type { Handlers } from '../../ipc/handlers';
import type { UpdateService } from './update.service';

export function updateHandlers(updates: UpdateService): Pick<Handlers, keyof typeof updatesContract> {
  return {
    'updates:settings': () => updates.settings(),
    'updates:setFolder': ({ folder }) => updates.setFolder(folder),
    'updates:check': () => updates.check(),
    'updates:install': ({ folder }) => updates.install(folder),
  };
}
