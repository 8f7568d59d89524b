export { ExportService, verifyExport, MANIFEST_NAME } from './export.service';
export { ImportService } from './import.service';
export { ConflictInbox } from './conflicts.service';
export { OfficeKeys } from './office-key.service';
export { removeLeftoverTemps } from './import.source';
export { tidyPartials } from './safe-write';
export { TransferJobs } from './jobs';
export { transferHandlers } from './transfer.handlers';
export { listRemovableDrives, removableDrivesFrom } from './drives';
// What an export held, for the breach register (privacy): the same scope the export read.
export { scopeSql } from './transfer.queries';
// Session's first run gives the desk its own name in version vectors.
export { newDeskName } from './office-key.service';
// Whose data an export held, for the breach register (privacy).
export { exportSubjects } from './transfer.sync.queries';
