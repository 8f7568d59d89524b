import { existsSync } from 'node:fs';
import {
  PREVIEW_LIST_MAX,
  TRANSFER_TABLES,
  type ImportConflict,
  type ImportCounts,
  type ImportDuplicate,
  type ImportPreview,
  type ParsedInput,
  type TransferTable,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { BusinessService } from '../businesses';
import { classify, differingColumns, type Classified } from './import.classify';
import { labelOf } from './conflicts.service';
import type { OfficeKeys } from './office-key.service';
import { checkSchemaVersion, discardSource, resolvePackage, type HeldPreviews, type PackageSource } from './import.source';
import type { TransferJobs } from './jobs';
import { LOCAL_COLUMNS, MASKED_COLUMNS, PackageError, openPackage, packageErrorOf, type OpenPackage, type PackageHeader } from './package';
import { CancelledError, throwIfCancelled } from './safe-write';
import { consultationNumbersTaken, localRows } from './transfer.import.queries';
import { tableColumns, type Row } from './transfer.queries';

/** How many new businesses a preview checks for likely duplicates (each check is a search). */
const DUPLICATE_CHECKS_MAX = 1000;

/**
 * The first step of an import: reads a package and compares it with this desk's data, writing
 * nothing. Counts what would be new, updated, unchanged or in conflict, lists conflicts, likely
 * duplicate businesses and clashing consultation numbers, and holds the package for its apply.
 */
export class ImportPreviewService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly businesses: BusinessService,
    private readonly jobs: TransferJobs,
    private readonly held: HeldPreviews,
    private readonly dataDir: string,
    private readonly keys: OfficeKeys,
  ) {}

  async preview(input: ParsedInput<'transfer:previewImport'>): Promise<ImportPreview> {
    this.deps.session.requireActor();
    await this.held.sweep();
    const signal = this.jobs.start(input.jobId);
    const password = input.password || null;
    const db = this.deps.ds.manager;
    let source: PackageSource | null = null;
    let pkg: OpenPackage | null = null;
    try {
      this.jobs.progress(input.jobId, 'read', 0, 0);
      source = await resolvePackage(input.path, password, this.dataDir);
      pkg = await openPackage(source.packagePath, password, await this.keys.current());
      checkSchemaVersion(this.deps.ds, pkg.header);
      const total = pkg.header.tables.reduce((n, t) => n + t.rows, 0);
      const counts = new Map<TransferTable, ImportCounts>(
        TRANSFER_TABLES.map((table) => [table, { table, new: 0, updated: 0, unchanged: 0, conflicts: 0, deletions: 0 }]),
      );
      const conflicts: ImportConflict[] = [];
      let conflictsTotal = 0;
      const duplicates: ImportDuplicate[] = [];
      let duplicateChecks = 0;
      let duplicatesTruncated = false;
      const problems: string[] = [];
      let done = 0;
      for (const table of TRANSFER_TABLES) {
        const here = new Set(await tableColumns(db, table));
        const masked = new Set(pkg.header.personalData === 'masked' ? (MASKED_COLUMNS[table] ?? []) : []);
        const columns = (pkg.header.tables.find((t) => t.table === table)?.columns ?? []).filter((c) => here.has(c) && !masked.has(c));
        await pkg.lines(
          table,
          async (batch) => {
            const classified = await classify(db, table, batch, columns, masked);
            const c = counts.get(table)!;
            const conflicting: Classified[] = [];
            for (const x of classified) {
              if (x.decision === 'new') c.new++;
              else if (x.decision === 'updated') c.updated++;
              else if (x.decision === 'deleted') {
                c.updated++;
                c.deletions++;
              } else if (x.decision === 'unchanged' || x.decision === 'merged') c.unchanged++;
              else {
                c.conflicts++;
                conflictsTotal++;
                if (conflicts.length + conflicting.length < PREVIEW_LIST_MAX) conflicting.push(x);
              }
              if ((x.decision === 'new' || x.decision === 'updated') && x.line.r['deleted_at']) c.deletions++;
            }
            if (conflicting.length > 0) conflicts.push(...(await this.describeConflicts(table, conflicting, columns, pkg!.header)));
            if (table === 'business') {
              for (const x of classified) {
                if (x.decision !== 'new' || x.line.r['deleted_at']) continue;
                if (duplicateChecks >= DUPLICATE_CHECKS_MAX) {
                  duplicatesTruncated = true;
                  break;
                }
                duplicateChecks++;
                const found = await this.duplicatesOf(x.line.r);
                if (found && duplicates.length < PREVIEW_LIST_MAX) duplicates.push(found);
                else if (found) duplicatesTruncated = true;
              }
            }
            if (table === 'consultation' && problems.length < PREVIEW_LIST_MAX) problems.push(...(await this.numberClashes(classified)));
            done += batch.length;
            this.jobs.progress(input.jobId, 'compare', done, total);
          },
          signal,
        );
      }
      throwIfCancelled(signal);
      const previewId = this.held.hold(source, password, pkg.header.packageId);
      source = null; // kept for apply
      this.jobs.progress(input.jobId, 'done', total, total);
      const h = pkg.header;
      return {
        previewId,
        source: {
          packageId: h.packageId,
          deskCode: h.desk.code,
          officeName: h.desk.officeName,
          createdAt: h.createdAt,
          appVersion: h.appVersion,
          schemaVersion: h.schemaVersion,
          personalData: h.personalData,
          encrypted: pkg.encrypted,
          officeKey: h.officeKey !== null,
          incremental: h.since !== null,
          scope: h.scope,
        },
        tables: [...counts.values()],
        conflicts,
        conflictsTotal,
        duplicates,
        duplicatesTruncated,
        problems,
      };
    } catch (err) {
      if (err instanceof CancelledError) throw new AppError('CONFLICT', 'transfer.import.cancelled');
      // The stick pulled out while the package was being read.
      if (!(err instanceof AppError) && !existsSync(input.path)) throw new PackageError('unreadable');
      throw packageErrorOf(err);
    } finally {
      await pkg?.close();
      await discardSource(source);
      this.jobs.end(input.jobId);
    }
  }

  private async describeConflicts(table: TransferTable, list: Classified[], columns: string[], header: PackageHeader): Promise<ImportConflict[]> {
    const local = await localRows(this.deps.ds.manager, table, list.map((x) => x.key));
    const skip = new Set([...(header.personalData === 'masked' ? (MASKED_COLUMNS[table] ?? []) : []), ...(LOCAL_COLUMNS[table] ?? [])]);
    return list.map((x) => {
      const mine = local.get(x.key) ?? {};
      const fields = differingColumns(columns, mine, x.line.r, skip);
      return {
        table,
        id: String(x.line.r['id']),
        label: labelOf(table, x.line.r),
        localUpdatedAt: String(mine['updated_at'] ?? ''),
        incomingUpdatedAt: String(x.line.r['updated_at']),
        localDeleted: Boolean(mine['deleted_at']),
        incomingDeleted: Boolean(x.line.r['deleted_at']),
        fields,
      };
    });
  }

  private async duplicatesOf(r: Row): Promise<ImportDuplicate | null> {
    const s = (k: string) => (typeof r[k] === 'string' && r[k] ? (r[k] as string) : undefined);
    const candidates = await this.businesses.findDuplicates({
      name: s('name'),
      ownerName: s('owner_name'),
      ownerNik: s('owner_nik'),
      nib: s('nib'),
      ownerPhone: s('owner_phone'),
      provinceCode: s('province_code'),
      regencyCode: s('regency_code'),
      districtCode: s('district_code'),
      villageCode: s('village_code'),
    });
    const strong = candidates.filter((c) => c.id !== r['id']);
    if (strong.length === 0) return null;
    return { incomingId: String(r['id']), name: String(r['name']), ownerName: s('owner_name') ?? null, candidates: strong };
  }

  /** Consultation numbers carry the desk code; two desks set up with the same code would clash. */
  private async numberClashes(classified: Classified[]): Promise<string[]> {
    const fresh = classified.filter((x) => x.decision === 'new' && x.line.r['number']);
    if (fresh.length === 0) return [];
    const taken = await consultationNumbersTaken(this.deps.ds.manager, fresh.map((x) => String(x.line.r['number'])));
    return taken.map(
      (number) => `Nomor konsultasi ${number} sudah dipakai konsultasi lain di meja ini. Kedua meja mungkin memakai kode meja yang sama; ubah kode meja salah satunya.`,
    );
  }
}
