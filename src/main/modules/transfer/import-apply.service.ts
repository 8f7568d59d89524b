import { TRANSFER_TABLES, type ImportResult, type ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import type { RecordWrite } from '../../db/record-rows';
import type { AuditService } from '../audit';
import type { BusinessService } from '../businesses';
import { classify } from './import.classify';
import { ERASURES, REMOVERS, WRITERS, stampOf } from './transfer.writers';
import { checkSchemaVersion, discardSource, type HeldPreviews } from './import.source';
import type { TransferJobs } from './jobs';
import { MASKED_COLUMNS, openPackage, packageErrorOf, type OpenPackage } from './package';
import { CancelledError, throwIfCancelled } from './safe-write';
import type { ConflictInbox } from './conflicts.service';
import type { OfficeKeys } from './office-key.service';
import { deferForeignKeys, hasDanglingReferences } from './transfer.import.queries';
import { tableColumns } from './transfer.queries';
import { deskClock, noteAcknowledged, notePeer, peer, setApplying, setVersion } from './transfer.sync.queries';
import { bump, compare, join } from './versions';

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
    private readonly conflicts: ConflictInbox,
    private readonly keys: OfficeKeys,
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
      pkg = await openPackage(held.packagePath, held.password, await this.keys.current());
      if (pkg.header.packageId !== held.packageId) throw new AppError('CONFLICT', 'transfer.import.changed');
      checkSchemaVersion(this.deps.ds, pkg.header);
      const header = pkg.header;
      const open = pkg;
      const resolutions = new Map(input.resolutions.map((r) => [`${r.table}:${r.id}`, r.keep]));
      const total = header.tables.reduce((n, t) => n + t.rows, 0);
      const clock = await deskClock(this.deps.ds);
      const now = nowIso(this.deps.clock);
      const result = await this.deps.ds.transaction(async (m) => {
        await deferForeignKeys(m);
        // What the package brings carries its own versions: local-change triggers stay quiet.
        await setApplying(m, true);
        const tables: ImportResult['tables'] = [];
        // Profiles that arrive merged: what still names them here follows them to their survivors.
        const merges = new Map<string, string>();
        let done = 0;
        let parked = 0;
        for (const table of TRANSFER_TABLES) {
          const stats = { table, inserted: 0, updated: 0, keptLocal: 0, parked: 0, deleted: 0 };
          tables.push(stats);
          const meta = header.tables.find((t) => t.table === table);
          if (!meta) continue;
          const local = new Set(await tableColumns(m, table));
          const masked = new Set(header.personalData === 'masked' ? (MASKED_COLUMNS[table] ?? []) : []);
          const columns = meta.columns.filter((c) => local.has(c) && !masked.has(c));
          await open.lines(
            table,
            async (batch) => {
              for (const x of await classify(m, table, batch, columns, masked)) {
                let write: RecordWrite | null = null;
                let store = x.store;
                if (x.decision === 'new') write = 'insert';
                else if (x.decision === 'updated') write = 'update';
                else if (x.decision === 'merged' && stampOf(x.line.r) > stampOf(x.localRow ?? {})) write = 'update';
                else if (x.decision === 'deleted') {
                  await REMOVERS[table]?.(m, x.line.r);
                  stats.deleted++;
                } else if (x.decision === 'conflict') {
                  const keep = resolutions.get(`${table}:${x.key}`) ?? input.otherConflicts;
                  // Decided at once: a new version that has seen both, so that the decision travels.
                  const decidedVv = bump(join(x.local, x.incoming), clock.deskId);
                  if (keep === 'incoming') {
                    write = 'update';
                    store = { vv: decidedVv, deleted: false };
                  } else if (keep === 'local') {
                    store = { vv: decidedVv, deleted: false };
                    stats.keptLocal++;
                  } else if (await this.conflicts.park(m, { table, line: x.line, key: x.key, masked: [...masked], local: x.local, incoming: x.incoming, fromDesk: header.desk.code, now })) {
                    stats.parked++;
                    parked++;
                  }
                  // Personal data erased at the other desk is erased here too, whatever else waits for a decision.
                  const erasure = ERASURES[table];
                  if (keep !== 'incoming' && erasure?.erased(x.line.r)) await erasure.apply(m, x.key, x.line.r);
                }
                if (write) {
                  await WRITERS[table](m, write, columns, x.line);
                  if (write === 'insert') stats.inserted++;
                  else stats.updated++;
                }
                // A package from an older desk has no name keys, or stale ones: they are made here.
                if (write && table === 'business') await this.businesses.refreshNameWords(m, x.key);
                if (write && table === 'business' && x.line.r['merged_into_id']) merges.set(x.key, String(x.line.r['merged_into_id']));
                if (store) {
                  // Exactly the sender's version: no need to send it back there. Anything made of both (a
                  // decision, a join) goes back too.
                  await setVersion(m, table, x.key, store.vv, store.deleted, compare(store.vv, x.incoming) === 'equal' ? header.desk.id : null);
                  await this.conflicts.supersede(m, table, x.key, store.vv, now);
                }
              }
              done += batch.length;
              this.jobs.progress(input.jobId, 'apply', done, total);
            },
            signal,
          );
          throwIfCancelled(signal);
        }
        // Records that name a merged profile follow it to its survivor, at every desk alike.
        await this.businesses.followMerges(m, merges);
        // Everything an imported record points at is here (the package brought it or the desk had it).
        for (const table of REFERENCING_TABLES) if (await hasDanglingReferences(m, table)) throw new AppError('VALIDATION', 'transfer.import.incomplete');
        await setApplying(m, false);
        let linked = 0;
        for (const link of input.links) {
          if (link.action === 'merge') await this.businesses.merge({ survivorId: link.localId, mergedId: link.incomingId, takeFromMerged: [] });
          else await this.businesses.dismissDuplicate(link.incomingId, link.localId);
          linked++;
        }
        // How far this desk now has the sending desk's changes (a whole package, or one that follows on), and what it acknowledged of ours.
        const known = await peer(m, header.desk.id);
        const follows = header.scope.kind === 'all' && (header.since === null || header.since <= (known?.received_seq ?? 0));
        await notePeer(m, { deskId: header.desk.id, code: header.desk.code, officeName: header.desk.officeName, receivedSeq: follows ? header.upTo : null, at: now });
        const ours = header.acks.find((a) => a.deskId === clock.deskId);
        if (ours) await noteAcknowledged(m, header.desk.id, ours.seq);
        const changed = linked > 0 || tables.some((t) => t.inserted + t.updated + t.deleted + t.parked > 0);
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
        return { tables, linked, changed, parked };
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
