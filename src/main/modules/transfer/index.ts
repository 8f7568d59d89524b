export { ExportService, verifyExport, MANIFEST_NAME } from './export.service';
export { ImportService } from './import.service';
export { decide } from './import.classify';
export { TransferJobs } from './jobs';
export { transferHandlers } from './transfer.handlers';
export { listRemovableDrives, removableDrivesFrom } from './drives';
// What an export held, for the breach register (privacy): the same scope the export read.
export { scopeSql } from './transfer.queries';
