import type { EntityManager } from 'typeorm';
import { TRANSFER_TABLES, type ImportResult, type ParsedInput, type TransferTable } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { RecordWrite } from '../../db/record-rows';
import type { AuditService } from '../audit';
import { writeTransferredBusiness, writeTransferredNotDuplicate, type BusinessService } from '../businesses';
import { writeTransferredConsultant } from '../consultants';
import { writeTransferredConsultation, writeTransferredRevision } from '../consultations';
import { writeTransferredFollowUp } from '../follow-ups';
import { writeTransferredMilestone } from '../impact';
import { writeTransferredAttendance, writeTransferredParticipant, writeTransferredTraining } from '../trainings';
import { classify, isVersioned } from './import.classify';
import { checkSchemaVersion, discardSource, type HeldPreviews } from './import.source';
import type { TransferJobs } from './jobs';
import { MASKED_COLUMNS, openPackage, packageErrorOf, recordKey, type OpenPackage, type PackageLine } from './package';
import { CancelledError, throwIfCancelled } from './safe-write';
import { deferForeignKeys, hasDanglingReferences, setBase } from './transfer.import.queries';
import { tableColumns } from './transfer.queries';

/** Each table's records are written by the module that owns it. */
const WRITERS: Record<TransferTable, (m: EntityManager, write: RecordWrite, columns: string[], line: PackageLine) => Promise<void>> = {
  consultant: (m, write, columns, line) => writeTransferredConsultant(m, write, columns, line.r),
  business: (m, write, columns, line) => writeTransferredBusiness(m, write, columns, line.r),
  business_not_duplicate: (m, _write, columns, line) => writeTransferredNotDuplicate(m, columns, line.r),
  training: (m, write, columns, line) => writeTransferredTraining(m, write, columns, line.r),
  training_participant: (m, write, columns, line) => writeTransferredParticipant(m, write, columns, line.r),
  training_attendance: (m, _write, columns, line) => writeTransferredAttendance(m, columns, line.r),
  consultation: (m, write, columns, line) => writeTransferredConsultation(m, write, columns, line.r, line.cc ?? []),
  consultation_revision: (m, write, columns, line) => writeTransferredRevision(m, write, columns, line.r),
  impact_milestone: (m, write, columns, line) => writeTransferredMilestone(m, write, columns, line.r),
  follow_up: (m, write, columns, line) => writeTransferredFollowUp(m, write, columns, line.r),
};

/** The tables whose references an import checks before it commits. */
const REFERENCING_TABLES = [
  'business',
  'training_participant',
  'training_attendance',
  'consultation',
  'consultation_consultant',
  'consultation_revision',
  'impact_milestone',
  'follow_up',
];

/**
 * The second step of an import: applies a previewed package in one transaction, with the
 * person's choices for conflicts and likely duplicates, or nothing at all.
 */
export class ImportApplyService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
    private readonly jobs: TransferJobs,
    private readonly held: HeldPreviews,
    /** Told after an import that changed something (the reminder engine looks again). */
    private readonly afterImport: () => Promise<void> | void,
    /** Awaited before an import is applied (a backup is taken); throwing stops the import. */
    private readonly beforeApply: () => Promise<void>,
  ) {}

  async apply(input: ParsedInput<'transfer:applyImport'>): Promise<ImportResult> {
    this.deps.session.requireActor();
    const held = this.held.get(input.previewId);
    if (!held) throw new AppError('NOT_FOUND', 'transfer.import.expired');
    await this.beforeApply();
    const signal = this.jobs.start(input.jobId);
    let pkg: OpenPackage | null = null;
    try {
      this.jobs.progress(input.jobId, 'read', 0, 0);
      pkg = await openPackage(held.packagePath, held.password);
      if (pkg.header.packageId !== held.packageId) throw new AppError('CONFLICT', 'transfer.import.changed');
      checkSchemaVersion(this.deps.ds, pkg.header);
      const header = pkg.header;
      const open = pkg;
      const resolutions = new Map(input.resolutions.map((r) => [`${r.table}:${r.id}`, r.keep]));
      const total = header.tables.reduce((n, t) => n + t.rows, 0);
      const result = await this.deps.ds.transaction(async (m) => {
        await deferForeignKeys(m);
        const tables: ImportResult['tables'] = [];
        // Profiles that arrive merged: what still names them here follows them to their survivors.
        const merges = new Map<string, string>();
        let done = 0;
        for (const table of TRANSFER_TABLES) {
          const stats = { table, inserted: 0, updated: 0, keptLocal: 0 };
          tables.push(stats);
          const meta = header.tables.find((t) => t.table === table);
          if (!meta) continue;
          const local = new Set(await tableColumns(m, table));
          const masked = new Set(header.personalData === 'masked' ? (MASKED_COLUMNS[table] ?? []) : []);
          const columns = meta.columns.filter((c) => local.has(c) && !masked.has(c));
          await open.lines(
            table,
            async (batch) => {
              for (const x of await classify(m, table, batch)) {
                const id = recordKey(table, x.line.r);
                let write: RecordWrite | null = null;
                if (x.decision === 'new') write = 'insert';
                else if (x.decision === 'updated') write = 'update';
                else if (x.decision === 'conflict') {
                  const keep = resolutions.get(`${table}:${id}`) ?? input.otherConflicts;
                  if (keep === 'incoming') write = 'update';
                  else stats.keptLocal++;
                }
                if (write) {
                  await WRITERS[table](m, write, columns, x.line);
                  if (write === 'insert') stats.inserted++;
                  else stats.updated++;
                }
                // A package from an older desk has no name keys, or stale ones: they are made here.
                if (write && table === 'business') await this.businesses.refreshNameWords(m, id);
                if (write && table === 'business' && x.line.r['merged_into_id']) merges.set(id, String(x.line.r['merged_into_id']));
                if (isVersioned(table) && (write || x.decision === 'conflict' || x.setBase)) await setBase(m, table, x.line);
              }
              done += batch.length;
              this.jobs.progress(input.jobId, 'apply', done, total);
            },
            signal,
          );
          throwIfCancelled(signal);
        }
        for (const [mergedId, survivorId] of merges) await this.businesses.moveRelated(m, mergedId, survivorId);
        // Everything an imported record points at is here (the package brought it or the desk had it).
        for (const table of REFERENCING_TABLES) if (await hasDanglingReferences(m, table)) throw new AppError('VALIDATION', 'transfer.import.incomplete');
        let linked = 0;
        for (const link of input.links) {
          if (link.action === 'merge') await this.businesses.merge({ survivorId: link.localId, mergedId: link.incomingId, takeFromMerged: [] });
          else await this.businesses.dismissDuplicate(link.incomingId, link.localId);
          linked++;
        }
        const changed = linked > 0 || tables.some((t) => t.inserted + t.updated > 0);
        if (changed) {
          await this.audit.record(m, {
            action: 'import',
            entity: 'transfer',
            entityId: header.packageId.slice(0, 36),
            changes: {
              desk: [null, header.desk.code],
              packageCreatedAt: [null, header.createdAt],
              tables: [null, tables],
              linked: [null, linked],
            },
          });
        }
        throwIfCancelled(signal);
        return { tables, linked, changed };
      });
      this.held.forget(input.previewId);
      // Awaited: the import is answered once what follows it (re-scheduling follow-ups) is done too.
      if (result.changed) await this.afterImport();
      await discardSource(held);
      this.jobs.progress(input.jobId, 'done', total, total);
      return result;
    } catch (err) {
      if (err instanceof CancelledError) throw new AppError('CONFLICT', 'transfer.import.cancelled');
      const code = String((err as { code?: unknown } | null)?.code ?? '');
      if (code.startsWith('SQLITE_CONSTRAINT')) {
        this.deps.logger.warn('import refused by a constraint', { code });
        throw new AppError('CONFLICT', 'transfer.import.clash');
      }
      if (err instanceof AppError) throw err;
      if (code.startsWith('SQLITE_')) throw err;
      throw packageErrorOf(err);
    } finally {
      await pkg?.close();
      this.jobs.end(input.jobId);
    }
  }
}
