import type { transferContract } from '../../../shared/contract';
import { OFFICE_KEY_FILE_EXTENSION, PACKAGE_EXTENSION } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../ipc/handlers';
import type { Platform } from '../../platform';
import type { ExportService } from './export.service';
import type { ImportService } from './import.service';
import type { TransferJobs } from './jobs';
import type { ConflictInbox } from './conflicts.service';
import type { OfficeKeys } from './office-key.service';
import { tidyPartials } from './safe-write';

export function transferHandlers(
  exporter: ExportService,
  importer: ImportService,
  jobs: TransferJobs,
  platform: Platform,
  keys: OfficeKeys,
  conflicts: ConflictInbox,
): Pick<Handlers, keyof typeof transferContract> {
  return {
    'transfer:drives': async () => {
      const drives = await platform.listRemovableDrives();
      // A stick that comes back after it was pulled mid-export: what was cut short goes.
      for (const d of drives) if (d.writable) await tidyPartials(d.mountPath);
      return drives;
    },
    'transfer:chooseFolder': async () => ({ path: await platform.chooseOpenPath({ title: 'Pilih folder tujuan ekspor', directory: true }) }),
    'transfer:choosePackage': async () => ({
      path: await platform.chooseOpenPath({
        title: 'Pilih paket data',
        filters: [
          { name: 'Paket data Klinik Bisnis', extensions: [PACKAGE_EXTENSION, 'zip'] },
        ],
      }),
    }),
    'transfer:export': (input) => exporter.run(input),
    'transfer:openFolder': async ({ path }) => {
      if (!exporter.wrote(path)) throw new AppError('NOT_FOUND', 'transfer.notOurExport');
      await platform.openPath(path);
      return { opened: true };
    },
    'transfer:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'transfer:previewImport': (input) => importer.preview(input),
    'transfer:applyImport': (input) => importer.apply(input),
    'transfer:officeKey': () => keys.status(),
    'transfer:createOfficeKey': () => keys.create(),
    'transfer:revealOfficeKey': () => keys.reveal(),
    'transfer:joinOfficeKey': ({ key }) => keys.join(key),
    'transfer:saveOfficeKeyFile': ({ targetDir }) => keys.saveFile(targetDir),
    'transfer:chooseOfficeKeyFile': async () => ({
      path: await platform.chooseOpenPath({
        title: 'Pilih berkas kunci kantor',
        filters: [{ name: 'Kunci kantor Klinik Bisnis', extensions: [OFFICE_KEY_FILE_EXTENSION] }],
      }),
    }),
    'transfer:importOfficeKeyFile': ({ path }) => keys.importFile(path),
    'transfer:peers': () => exporter.peers(),
    'transfer:conflicts': () => conflicts.list(),
    'transfer:conflict': ({ id }) => conflicts.get(id),
    'transfer:resolveConflict': (input) => conflicts.resolve(input),
  };
}
