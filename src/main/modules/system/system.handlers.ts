import type { DataSource } from 'typeorm';
import type { systemContract } from '../../../shared/contract';
import { schemaVersion } from '../../db/data-source';
import type { Handlers } from '../../ipc/handlers';
import type { AuditService } from '../audit';

export function systemHandlers(
  deps: { ds: DataSource; dataDir: string; appVersion: string },
  audit: AuditService,
): Pick<Handlers, keyof typeof systemContract> {
  return {
    'system:info': async () => ({
      appVersion: deps.appVersion,
      schemaVersion: await schemaVersion(deps.ds),
      dataDir: deps.dataDir,
    }),
    'audit:list': ({ limit, entity }) => audit.list(limit, entity),
  };
}
