import type { ImportPreview, ImportResult, ParsedInput } from '../../../shared/contract';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit';
import type { BusinessService } from '../businesses';
import { ImportApplyService } from './import-apply.service';
import { ImportPreviewService } from './import-preview.service';
import { HeldPreviews } from './import.source';
import type { TransferJobs } from './jobs';
import type { ConflictInbox } from './conflicts.service';
import type { OfficeKeys } from './office-key.service';

/**
 * Import of a data package from another desk, in two jobs: the preview (writes nothing) and the
 * apply (one transaction), joined by the previews held between them.
 */
export class ImportService {
  private readonly held = new HeldPreviews();
  private readonly previewer: ImportPreviewService;
  private readonly applier: ImportApplyService;

  constructor(
    deps: CoreDeps,
    audit: AuditService,
    businesses: BusinessService,
    jobs: TransferJobs,
    dataDir: string,
    keys: OfficeKeys,
    conflicts: ConflictInbox,
    /** Told after an import that changed something (the reminder engine looks again). */
    afterImport: () => Promise<void> | void = () => {},
    /** Awaited before an import is applied (a backup is taken); throwing stops the import. */
    beforeApply: () => Promise<void> = async () => {},
  ) {
    this.previewer = new ImportPreviewService(deps, businesses, jobs, this.held, dataDir, keys);
    this.applier = new ImportApplyService(deps, audit, businesses, jobs, this.held, conflicts, keys, afterImport, beforeApply);
  }

  preview(input: ParsedInput<'transfer:previewImport'>): Promise<ImportPreview> {
    return this.previewer.preview(input);
  }

  apply(input: ParsedInput<'transfer:applyImport'>): Promise<ImportResult> {
    return this.applier.apply(input);
  }

  /** Removes temp copies of packages still held (at core close). */
  dispose(): Promise<void> {
    return this.held.dispose();
  }
}
