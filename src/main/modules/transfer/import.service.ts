import { randomUUID } from 'node:crypto';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BlobReader, ZipReader, type FileEntry } from '@zip.js/zip.js';
import type { DataSource, EntityManager } from 'typeorm';
import {
  PACKAGE_EXTENSION,
  PREVIEW_LIST_MAX,
  TRANSFER_TABLES,
  type ImportConflict,
  type ImportCounts,
  type ImportDuplicate,
  type ImportPreview,
  type ImportResult,
  type ParsedInput,
  type TransferTable,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../../context';
import type { AuditService } from '../audit/audit.service';
import type { BusinessService } from '../businesses';
import type { TransferJobs } from './jobs';
import { HEADER_ENTRY, MASKED_COLUMNS, PackageError, openPackage, packageErrorOf, type OpenPackage, type PackageHeader, type PackageLine } from './package';
import { CancelledError, throwIfCancelled } from './safe-write';
import { sha256OfFile } from '../../files/durable';
import { tableColumns, type Row } from './transfer.queries';

export type Decision = 'new' | 'updated' | 'unchanged' | 'conflict';

/**
 * How an incoming version of a record relates to this desk's, from four timestamps:
 * `local` (this desk's updated_at; undefined when the record is not here), `incoming` (the
 * package's), `incomingBase` (the version the other desk last received, null if it never did) and
 * `localBase` (the version this desk last received). A record changed on both sides since their
 * common version is a conflict; a stale copy of an older version never overwrites a newer one.
 */
export function decide(local: string | undefined, incoming: string, incomingBase: string | null, localBase: string | null): Decision {
  if (local === undefined) return 'new';
  if (incoming === local) return 'unchanged';
  // We had this very version before and changed it since: ours is newer.
  if (localBase === incoming) return 'unchanged';
  // The other desk built on exactly our version.
  if (incomingBase === local) return 'updated';
  // Not changed here since we last received it: nothing of ours can be lost.
  if (localBase !== null && local === localBase) return incoming > local ? 'updated' : 'unchanged';
  // Not changed there since it received it, and older than ours: a stale copy.
  if (incomingBase !== null && incoming === incomingBase && incoming < local) return 'unchanged';
  return 'conflict';
}

const MSG = {
  expired: 'Pratinjau impor sudah kedaluwarsa atau sudah diterapkan. Buka paketnya lagi.',
  changed: 'Berkas paket berubah sejak pratinjau. Buka paketnya lagi.',
  clash: 'Paket ini bertentangan dengan data di meja ini, sehingga tidak diterapkan. Tidak ada yang diimpor; data di meja ini tidak berubah.',
  incomplete: 'Paket data tidak lengkap (ada catatan yang merujuk ke data yang tidak ada), sehingga ditolak. Tidak ada yang diimpor; data di meja ini tidak berubah.',
  noPackageInZip: 'Berkas ZIP ini tidak berisi paket data Klinik Bisnis. Tidak ada yang diimpor; data di meja ini tidak berubah.',
} as const;

/** How many new businesses a preview checks for likely duplicates (each check is a search). */
const DUPLICATE_CHECKS_MAX = 1000;
const PREVIEW_TTL_MS = 60 * 60 * 1000;

interface Held {
  packagePath: string;
  tempFile: string | null;
  password: string | null;
  packageId: string;
  at: number;
}

interface Classified {
  line: PackageLine;
  decision: Decision;
  /** This desk's base differs from the incoming version that it now matches or takes. */
  setBase: boolean;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const labelOf = (table: TransferTable, r: Row): string =>
  String((table === 'consultation' ? r['number'] : table === 'follow_up' ? r['title'] : table === 'consultation_revision' ? r['id'] : r['name']) ?? r['id']);

/** Import of a data package from another desk: preview (writes nothing), then apply in one transaction. */
export class ImportService {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
    private readonly jobs: TransferJobs,
    private readonly dataDir: string,
    /** Told after an import that changed something (the reminder engine looks again). */
    private readonly afterImport: () => Promise<void> | void = () => {},
    /** Awaited before an import is applied (a backup is taken); throwing stops the import. */
    private readonly beforeApply: () => Promise<void> = async () => {},
  ) {}

  async preview(input: ParsedInput<'transfer:previewImport'>): Promise<ImportPreview> {
    this.deps.session.requireActor();
    await this.sweep();
    const signal = this.jobs.start(input.jobId);
    const password = input.password || null;
    let source: { packagePath: string; tempFile: string | null } | null = null;
    let pkg: OpenPackage | null = null;
    try {
      this.jobs.progress(input.jobId, 'read', 0, 0);
      source = await this.resolve(input.path, password);
      pkg = await openPackage(source.packagePath, password);
      this.checkVersion(pkg.header);
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
        const columns = pkg.header.tables.find((t) => t.table === table)?.columns ?? [];
        await pkg.lines(
          table,
          async (batch) => {
            const classified = await this.classify(this.deps.ds, table, batch);
            const c = counts.get(table)!;
            const conflicting: Classified[] = [];
            for (const x of classified) {
              if (x.decision === 'new') c.new++;
              else if (x.decision === 'updated') c.updated++;
              else if (x.decision === 'unchanged') c.unchanged++;
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
      const previewId = randomUUID();
      this.held.set(previewId, { ...source, password, packageId: pkg.header.packageId, at: Date.now() });
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
      if (err instanceof CancelledError) throw new AppError('CONFLICT', 'Impor dibatalkan. Tidak ada yang diimpor; data di meja ini tidak berubah.');
      // The stick pulled out while the package was being read.
      if (!(err instanceof AppError) && !existsSync(input.path)) throw new PackageError('unreadable');
      throw packageErrorOf(err);
    } finally {
      await pkg?.close();
      if (source?.tempFile) await rm(source.tempFile, { force: true }).catch(() => undefined);
      this.jobs.end(input.jobId);
    }
  }

  async apply(input: ParsedInput<'transfer:applyImport'>): Promise<ImportResult> {
    this.deps.session.requireActor();
    const held = this.held.get(input.previewId);
    if (!held) throw new AppError('NOT_FOUND', MSG.expired);
    await this.beforeApply();
    const signal = this.jobs.start(input.jobId);
    let pkg: OpenPackage | null = null;
    try {
      this.jobs.progress(input.jobId, 'read', 0, 0);
      pkg = await openPackage(held.packagePath, held.password);
      if (pkg.header.packageId !== held.packageId) throw new AppError('CONFLICT', MSG.changed);
      const header = pkg.header;
      const open = pkg;
      const resolutions = new Map(input.resolutions.map((r) => [`${r.table}:${r.id}`, r.keep]));
      const total = header.tables.reduce((n, t) => n + t.rows, 0);
      const result = await this.deps.ds.transaction(async (m) => {
        await m.query('PRAGMA defer_foreign_keys = ON');
        const tables: ImportResult['tables'] = [];
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
              for (const x of await this.classify(m, table, batch)) {
                const id = String(x.line.r['id']);
                let write: 'insert' | 'update' | null = null;
                if (x.decision === 'new') write = 'insert';
                else if (x.decision === 'updated') write = 'update';
                else if (x.decision === 'conflict') {
                  const keep = resolutions.get(`${table}:${id}`) ?? input.otherConflicts;
                  if (keep === 'incoming') write = 'update';
                  else stats.keptLocal++;
                }
                if (write === 'insert') {
                  await insertRow(m, table, columns, x.line);
                  stats.inserted++;
                } else if (write === 'update') {
                  await updateRow(m, table, columns, x.line);
                  stats.updated++;
                }
                // A package from an older desk has no name keys, or stale ones: they are made here.
                if (write && table === 'business') await this.businesses.refreshNameWords(m, id);
                if (write || x.decision === 'conflict' || x.setBase) await setBase(m, table, x.line);
              }
              done += batch.length;
              this.jobs.progress(input.jobId, 'apply', done, total);
            },
            signal,
          );
          throwIfCancelled(signal);
        }
        await this.checkReferences(m);
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
      this.held.delete(input.previewId);
      // Awaited: the import is answered once what follows it (re-scheduling follow-ups) is done too.
      if (result.changed) await this.afterImport();
      if (held.tempFile) await rm(held.tempFile, { force: true }).catch(() => undefined);
      this.jobs.progress(input.jobId, 'done', total, total);
      return result;
    } catch (err) {
      if (err instanceof CancelledError) throw new AppError('CONFLICT', 'Impor dibatalkan. Tidak ada yang diimpor; data di meja ini tidak berubah.');
      const code = String((err as { code?: unknown } | null)?.code ?? '');
      if (code.startsWith('SQLITE_CONSTRAINT')) {
        this.deps.logger.warn('import refused by a constraint', { code });
        throw new AppError('CONFLICT', MSG.clash);
      }
      if (err instanceof AppError) throw err;
      if (code.startsWith('SQLITE_')) throw err;
      throw packageErrorOf(err);
    } finally {
      await pkg?.close();
      this.jobs.end(input.jobId);
    }
  }

  /** Decisions for a batch of one table, against this desk's rows and bases. */
  private async classify(db: DataSource | EntityManager, table: TransferTable, batch: PackageLine[]): Promise<Classified[]> {
    const ids = batch.map((l) => String(l.r['id']));
    if (table === 'consultation_revision') {
      const rows: Array<{ id: string }> = await db.query(`SELECT id FROM consultation_revision WHERE id IN (${marks(ids.length)})`, ids);
      const here = new Set(rows.map((r) => r.id));
      return batch.map((line) => ({ line, decision: here.has(String(line.r['id'])) ? 'unchanged' : 'new', setBase: false }));
    }
    const rows: Array<{ id: string; updated_at: string }> = await db.query(`SELECT id, updated_at FROM ${table} WHERE id IN (${marks(ids.length)})`, ids);
    const local = new Map(rows.map((r) => [r.id, r.updated_at]));
    const baseRows: Array<{ record_id: string; base_updated_at: string }> = await db.query(
      `SELECT record_id, base_updated_at FROM transfer_base WHERE entity = ? AND record_id IN (${marks(ids.length)})`,
      [table, ...ids],
    );
    const bases = new Map(baseRows.map((r) => [r.record_id, r.base_updated_at]));
    return batch.map((line) => {
      const id = String(line.r['id']);
      const incoming = String(line.r['updated_at']);
      const localBase = bases.get(id) ?? null;
      const decision = decide(local.get(id), incoming, line.b ?? null, localBase);
      return { line, decision, setBase: decision === 'unchanged' && local.get(id) === incoming && localBase !== incoming };
    });
  }

  private async describeConflicts(table: TransferTable, list: Classified[], columns: string[], header: PackageHeader): Promise<ImportConflict[]> {
    const ids = list.map((x) => String(x.line.r['id']));
    const rows: Row[] = await this.deps.ds.query(`SELECT * FROM ${table} WHERE id IN (${marks(ids.length)})`, ids);
    const local = new Map(rows.map((r) => [String(r['id']), r]));
    const masked = new Set(header.personalData === 'masked' ? (MASKED_COLUMNS[table] ?? []) : []);
    return list.map((x) => {
      const mine = local.get(String(x.line.r['id'])) ?? {};
      const fields = columns.filter(
        (c) => !['updated_at', 'updated_by'].includes(c) && !masked.has(c) && String(mine[c] ?? '') !== String(x.line.r[c] ?? ''),
      );
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
    const numbers = fresh.map((x) => String(x.line.r['number']));
    const rows: Array<{ number: string }> = await this.deps.ds.query(`SELECT number FROM consultation WHERE number IN (${marks(numbers.length)})`, numbers);
    return rows.map(
      (r) => `Nomor konsultasi ${r.number} sudah dipakai konsultasi lain di meja ini. Kedua meja mungkin memakai kode meja yang sama; ubah kode meja salah satunya.`,
    );
  }

  /** Everything an imported record points at is here (the package brought it or the desk had it). */
  private async checkReferences(m: EntityManager): Promise<void> {
    for (const table of ['business', 'consultation', 'consultation_consultant', 'consultation_revision', 'follow_up']) {
      const bad: unknown[] = await m.query(`PRAGMA foreign_key_check(${table})`);
      if (bad.length > 0) throw new AppError('VALIDATION', MSG.incomplete);
    }
  }

  private checkVersion(header: PackageHeader): void {
    const known = this.deps.ds.migrations.map((mg) => mg.name);
    if (!known.includes(header.schemaVersion)) throw new PackageError('newer');
  }

  /**
   * The package file to read: the file itself, or the package inside an encrypted export ZIP
   * (copied to a temp file, since reading needs random access). When the export's manifest lies
   * beside the file, the file must match it.
   */
  private async resolve(path: string, password: string | null): Promise<{ packagePath: string; tempFile: string | null }> {
    if (!existsSync(path)) throw new PackageError('unreadable');
    await this.checkAgainstManifest(path);
    let reader: ZipReader<unknown> | null = null;
    const tempDir = join(this.dataDir, 'tmp');
    const tempFile = join(tempDir, `import-${randomUUID()}.${PACKAGE_EXTENSION}`);
    try {
      reader = new ZipReader(new BlobReader(await openAsBlob(path)), password ? { password } : {});
      const entries = await reader.getEntries();
      // A package itself, or an encrypted export holding one: told apart by what is inside, not by the name.
      if (entries.some((e) => e.filename === HEADER_ENTRY)) return { packagePath: path, tempFile: null };
      const entry = entries.find((e): e is FileEntry => !e.directory && e.filename.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`));
      if (!entry) throw new AppError('VALIDATION', MSG.noPackageInZip);
      if (entry.encrypted && !password) throw new PackageError('needsPassword');
      await mkdir(tempDir, { recursive: true });
      const fh = await open(tempFile, 'wx');
      try {
        await entry.getData(
          new WritableStream<Uint8Array>({
            async write(chunk) {
              await fh.write(chunk);
            },
          }),
          password ? { password } : {},
        );
      } finally {
        await fh.close();
      }
      return { packagePath: tempFile, tempFile };
    } catch (err) {
      await rm(tempFile, { force: true }).catch(() => undefined);
      throw packageErrorOf(err);
    } finally {
      await reader?.close().catch(() => undefined);
    }
  }

  private async checkAgainstManifest(path: string): Promise<void> {
    const manifestPath = join(dirname(path), 'manifest.json');
    if (!existsSync(manifestPath)) return;
    let listed: { sha256: string; bytes: number } | undefined;
    try {
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files?: Array<{ name: string; sha256: string; bytes: number }> };
      listed = manifest.files?.find((f) => f.name === basename(path));
    } catch {
      return;
    }
    if (!listed) return;
    const actual = await sha256OfFile(path).catch(() => null);
    if (!actual) throw new PackageError('unreadable');
    if (actual.sha256 !== listed.sha256 || actual.bytes !== listed.bytes) throw new PackageError('damaged');
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const [id, h] of this.held) {
      if (now - h.at < PREVIEW_TTL_MS) continue;
      this.held.delete(id);
      if (h.tempFile) await rm(h.tempFile, { force: true }).catch(() => undefined);
    }
  }

  /** Removes temp copies of packages still held (at core close). */
  async dispose(): Promise<void> {
    for (const h of this.held.values()) if (h.tempFile) await rm(h.tempFile, { force: true }).catch(() => undefined);
    this.held.clear();
  }
}

async function insertRow(m: EntityManager, table: TransferTable, columns: string[], line: PackageLine): Promise<void> {
  await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${marks(columns.length)})`, columns.map((c) => line.r[c] ?? null));
  await children(m, table, line);
}

async function updateRow(m: EntityManager, table: TransferTable, columns: string[], line: PackageLine): Promise<void> {
  const set = columns.filter((c) => c !== 'id');
  await m.query(`UPDATE ${table} SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...set.map((c) => line.r[c] ?? null), line.r['id']]);
  await children(m, table, line);
}

/** Rows that hang on a record: a business's tags, a consultation's consultants. */
async function children(m: EntityManager, table: TransferTable, line: PackageLine): Promise<void> {
  const id = String(line.r['id']);
  if (table === 'business') {
    await m.query(`DELETE FROM business_tag WHERE business_id = ?`, [id]);
    let tags: unknown;
    try {
      tags = JSON.parse(String(line.r['tags'] ?? '[]'));
    } catch {
      tags = [];
    }
    if (Array.isArray(tags)) {
      for (const tag of new Set(tags.map(String))) await m.query(`INSERT OR IGNORE INTO business_tag (business_id, tag) VALUES (?, ?)`, [id, tag]);
    }
  } else if (table === 'consultation') {
    await m.query(`DELETE FROM consultation_consultant WHERE consultation_id = ?`, [id]);
    for (const [consultantId, position] of line.cc ?? []) {
      await m.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, ?)`, [id, consultantId, position]);
    }
  }
}

async function setBase(m: EntityManager, table: TransferTable, line: PackageLine): Promise<void> {
  if (table === 'consultation_revision') return;
  await m.query(
    `INSERT INTO transfer_base (entity, record_id, base_updated_at) VALUES (?, ?, ?)
     ON CONFLICT (entity, record_id) DO UPDATE SET base_updated_at = excluded.base_updated_at`,
    [table, line.r['id'], line.r['updated_at']],
  );
}
