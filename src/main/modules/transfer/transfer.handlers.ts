import type { transferContract } from '../../../shared/contract';
import { PACKAGE_EXTENSION } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../ipc/handlers';
import type { Platform } from '../../platform';
import type { ExportService } from './export.service';
import type { ImportService } from './import.service';
import type { TransferJobs } from './jobs';

export function transferHandlers(
  exporter: ExportService,
  importer: ImportService,
  jobs: TransferJobs,
  platform: Platform,
): Pick<Handlers, keyof typeof transferContract> {
  return {
    'transfer:drives': () => platform.listRemovableDrives(),
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
  };
}
