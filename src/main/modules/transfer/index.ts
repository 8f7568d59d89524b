export { ExportService, verifyExport, MANIFEST_NAME } from './export.service';
export { ImportService, decide } from './import.service';
export { TransferJobs } from './jobs';
export { transferHandlers } from './transfer.handlers';
export { listRemovableDrives, removableDrivesFrom } from './drives';
