import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { ZipWriter } from '@zip.js/zip.js';
import type { EntityManager } from 'typeorm';
import type {
  PeerDto,
  ExportContent,
  ExportedFile,
  ExportResult,
  ParsedInput,
  TransferPhase,
} from '../../../shared/contract';
import { PACKAGE_EXTENSION } from '../../../shared/contract';
import { zonedParts } from '../../../shared/domain/zoned';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { schemaVersion } from '../../db/data-source';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit';
import { safeFileName } from '../../files/names';
import type { PrintService } from '../printing';
import type { SettingsService } from '../settings';
import { writeCsv, writeWorkbook, type HumanContext } from './human-files';
import type { TransferJobs } from './jobs';
import type { OfficeKeys } from './office-key.service';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, writePackage } from './package';
import { CancelledError, ProducerError, SafeFolder, throwIfCancelled } from './safe-write';
import { sha256OfFile } from '../../files/durable';
import { SHEETS, type SheetOptions } from './sheets';
import { count, deskIdentity, pages, scopeSql, tablePredicate, type ScopeSql } from './transfer.queries';
import { changedKeys, changesSince, deskClock, peer, peers, recordExportSubjects, recordExportSubjectsWhere } from './transfer.sync.queries';

export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_FORMAT = 'klinik-bisnis-ekspor';

type ExportInput = ParsedInput<'transfer:export'>;

/** What the items learn while they are written: the data package's rows per table, for the manifest. */
interface ExportState {
  packageCounts: { packageId: string; tables: Record<string, number>; officeKey: boolean; incremental: boolean } | null;
  /** What the package selected its records by, for the export's subjects. */
  packageSubjects: { since: number | null; forDesk: string | null } | null;
}

/** One file of the export: where it goes and how its bytes are made. */
interface Item {
  name: string;
  phase: TransferPhase;
  produce: (out: Writable) => Promise<void>;
}

/**
 * The export: workbook, CSV files, PDF summaries and data package into a new folder on the stick
 * (or into one AES-256 ZIP there), each file written safely and verified, `manifest.json` last.
 * Reads only; the one row it adds is the audit entry of a finished export.
 */
export class ExportService {
  /** Export folders written since start-up: the only ones `transfer:openFolder` may show. */
  private readonly written = new Set<string>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly print: PrintService,
    private readonly platform: Platform,
    private readonly jobs: TransferJobs,
    private readonly keys: OfficeKeys,
  ) {}

  /** The desks this desk has exchanged packages with, and how far each has acknowledged its changes. */
  async peers(): Promise<PeerDto[]> {
    const ds = this.deps.ds;
    const out: PeerDto[] = [];
    for (const p of await peers(ds)) {
      out.push({
        deskId: p.desk_id,
        deskCode: p.desk_code,
        officeName: p.office_name,
        lastPackageAt: p.last_package_at,
        acknowledged: p.acked_seq > 0,
        pendingChanges: await changesSince(ds, p.acked_seq, p.desk_id),
      });
    }
    return out;
  }

  /**
   * Whose data the export held, written with its audit entry (a lost stick's breach lists them):
   * the businesses of its files, and the businesses and participants of its data package (those
   * it changed, for a package of changes).
   */
  private async recordSubjects(m: EntityManager, input: ExportInput, scope: ScopeSql, state: ExportState): Promise<void> {
    if (input.contents.some((c) => c !== 'package')) {
      const [w, p] = scope.business('t');
      await recordExportSubjectsWhere(m, input.jobId, 'business', [`t.deleted_at IS NULL AND ${w}`, p]);
    }
    const pkg = state.packageSubjects;
    if (!pkg) return;
    if (pkg.since !== null && pkg.forDesk) {
      await recordExportSubjects(m, input.jobId, 'business', await changedKeys(m, 'business', pkg.since, pkg.forDesk));
      await recordExportSubjects(m, input.jobId, 'participant', await changedKeys(m, 'training_participant', pkg.since, pkg.forDesk));
    } else {
      await recordExportSubjectsWhere(m, input.jobId, 'business', tablePredicate(scope, 'business')('t'));
      await recordExportSubjectsWhere(m, input.jobId, 'participant', tablePredicate(scope, 'training_participant')('t'));
    }
  }

  /** True when `path` is an export folder this service wrote. */
  wrote(path: string): boolean {
    return this.written.has(path);
  }

  async run(input: ExportInput): Promise<ExportResult> {
    this.deps.session.requireActor();
    const signal = this.jobs.start(input.jobId);
    const progress = (phase: TransferPhase, done: number, total: number) => this.jobs.progress(input.jobId, phase, done, total);
    let folder: SafeFolder | null = null;
    const counts = { business: 0, consultation: 0, follow_up: 0 };
    try {
      progress('prepare', 0, 0);
      const ds = this.deps.ds;
      const settings = await this.settings.get();
      const timeZone = settings.office.timeZone;
      const desk = await deskIdentity(ds);
      const createdAt = nowIso(this.deps.clock);
      const local = zonedParts(new Date(createdAt), timeZone);
      const stamp = `${local.date}-${local.time.replace(':', '')}`;
      const deskName = safeFileName(desk.code ?? 'meja');
      const scope = scopeSql(input.scope);
      const personal = input.personalData;
      const contents = new Set<ExportContent>(input.contents);
      const password = input.password ?? null;
      // The sheets' live records (a data package alone is counted as it is written: a package of a
      // week's changes should not wait for a count of a million consultations).
      const packageOnly = input.contents.every((c) => c === 'package');
      if (!packageOnly) {
        for (const sheet of SHEETS) {
          const [w, p] = sheet.where(scope);
          counts[sheet.key] = await count(ds, sheet.from, [w, p]);
        }
      }
      throwIfCancelled(signal);

      const options: SheetOptions = { personal, timeZone };
      const state: ExportState = { packageCounts: null, packageSubjects: null };
      const items = this.items({ input, scope, options, contents, signal, stamp, deskName, desk, createdAt, counts, progress, state });
      folder = await SafeFolder.create(input.targetDir, `Ekspor-KlinikBisnis-${deskName}-${stamp}`, signal);
      let zipContents: ExportedFile[] | null = null;
      let written = 0;
      if (password) {
        zipContents = [];
        const inner = zipContents;
        await folder.write(`Ekspor-KlinikBisnis-${deskName}-${stamp}.zip`, async (out) => {
          const zip = new ZipWriter(Writable.toWeb(out), { password, encryptionStrength: 3 });
          for await (const item of items) inner.push(await addEntry(zip, item));
          await zip.close();
        });
        written++;
        progress('verify', written, written);
      } else {
        for await (const item of items) {
          await folder.write(item.name, item.produce);
          written++;
          progress('verify', written, written);
        }
      }

      if (packageOnly && state.packageCounts) {
        const rows = state.packageCounts.tables;
        for (const key of ['business', 'consultation', 'follow_up'] as const) counts[key] = rows[key] ?? 0;
      }
      progress('manifest', 0, 1);
      const manifest = {
        format: MANIFEST_FORMAT,
        formatVersion: 1,
        app: { name: 'Klinik Bisnis', version: this.platform.appVersion },
        schemaVersion: await schemaVersion(ds),
        createdAt,
        desk: { code: desk.code, officeName: desk.officeName },
        scope: input.scope,
        contents: input.contents,
        csvSeparator: contents.has('csv') ? input.csvSeparator : null,
        personalData: personal,
        encrypted: Boolean(password),
        counts,
        package: state.packageCounts,
        files: [...folder.files],
        zipContents,
      };
      await folder.write(MANIFEST_NAME, async (out) => {
        out.end(`${JSON.stringify(manifest, null, 2)}\n`);
      });
      progress('manifest', 1, 1);
      throwIfCancelled(signal);

      await ds.transaction(async (m) => {
        await this.audit.record(m, {
          action: 'export',
          entity: 'transfer',
          entityId: input.jobId,
          changes: {
            scope: [null, input.scope],
            contents: [null, input.contents],
            personalData: [null, personal],
            ...(personal === 'full' ? { reason: [null, input.personalDataReason ?? null] } : {}),
            encrypted: [null, Boolean(password)],
            counts: [null, counts],
            ...(state.packageCounts ? { package: [null, state.packageCounts] } : {}),
          },
        });
        await this.recordSubjects(m, input, scope, state);
      });
      progress('done', 1, 1);
      this.written.add(folder.path);
      return { status: 'done', folder: folder.path, files: folder.files, counts, encrypted: Boolean(password), personalData: personal };
    } catch (err) {
      await folder?.discard();
      if (err instanceof CancelledError || (signal.aborted && !(err instanceof AppError))) {
        progress('done', 0, 0);
        return { status: 'cancelled', folder: null, files: [], counts, encrypted: Boolean(input.password), personalData: input.personalData };
      }
      if (err instanceof AppError) throw err;
      const cause = err instanceof ProducerError ? err.cause : err;
      this.deps.logger.error('export failed', { error: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) });
      throw new AppError('INTERNAL', 'transfer.exportFailed');
    } finally {
      this.jobs.end(input.jobId);
    }
  }

  private async *items(o: {
    input: ExportInput;
    scope: ScopeSql;
    options: SheetOptions;
    contents: Set<ExportContent>;
    signal: AbortSignal;
    stamp: string;
    deskName: string;
    desk: { id: string; code: string | null; officeName: string | null };
    createdAt: string;
    counts: Record<'business' | 'consultation' | 'follow_up', number>;
    progress: (phase: TransferPhase, done: number, total: number) => void;
    state: ExportState;
  }): AsyncGenerator<Item> {
    const ds = this.deps.ds;
    const human = (phase: TransferPhase, total: number): HumanContext => ({
      ds,
      scope: o.scope,
      options: o.options,
      signal: o.signal,
      progress: (done) => o.progress(phase, done, total),
    });
    if (o.contents.has('xlsx')) {
      const total = o.counts.business + o.counts.consultation + o.counts.follow_up;
      yield {
        name: `Klinik-Bisnis-${o.deskName}-${o.stamp}.xlsx`,
        phase: 'xlsx',
        produce: async (out) => {
          await writeWorkbook(out, SHEETS, human('xlsx', total));
        },
      };
    }
    if (o.contents.has('csv')) {
      for (const sheet of SHEETS) {
        yield {
          name: sheet.fileName,
          phase: 'csv',
          produce: async (out) => {
            await writeCsv(out, sheet, o.input.csvSeparator, human('csv', o.counts[sheet.key]));
          },
        };
      }
    }
    if (o.contents.has('pdf')) {
      let done = 0;
      const [w, p] = o.scope.consultation('t');
      const source = pages(
        ds,
        { columns: 't.id, t.number, b.name AS business_name', from: 'consultation t NOT INDEXED LEFT JOIN business b ON b.id = t.business_id', alias: 't', where: [`t.deleted_at IS NULL AND ${w}`, p] },
        o.signal,
      );
      for await (const rows of source) {
        for (const r of rows) {
          const number = String(r['number'] ?? r['id']).replace(/\//g, '-');
          const id = String(r['id']);
          yield {
            // Inside an encrypted ZIP the entry names stay readable without the password: no business name there.
            name: `Ringkasan-Konsultasi/Ringkasan-${safeFileName(o.input.password ? number : `${number}-${String(r['business_name'] ?? '')}`)}.pdf`,
            phase: 'pdf',
            produce: async (out) => {
              const { html } = await this.print.consultationHtml(id);
              const bytes = await this.platform.printToPdf(html);
              out.end(Buffer.from(bytes));
              o.progress('pdf', ++done, o.counts.consultation);
            },
          };
        }
      }
    }
    if (o.contents.has('package')) {
      const clock = await deskClock(ds);
      // Between the office's own desks (no password given): locked with the office key, in full.
      const officeKey = o.input.password ? null : await this.keys.current();
      let since: number | null = null;
      if (o.input.since) {
        const known = await peer(ds, o.input.since.deskId);
        if (!known || known.acked_seq <= 0) throw new AppError('VALIDATION', 'transfer.since.unknownDesk', { fields: { since: { key: 'transfer.since.unknownDesk' } } });
        since = known.acked_seq;
      }
      // Progress counts against what the package will hold: the records changed, or every record in scope.
      let total = 0;
      if (since !== null) total = await changesSince(ds, since, o.input.since!.deskId);
      else for (const table of ['consultant', 'business', 'consultation', 'consultation_revision', 'follow_up'] as const) total += await count(ds, `${table} t`, tablePredicate(o.scope, table)('t'));
      const acks = (await peers(ds)).filter((p) => p.received_seq > 0).map((p) => ({ deskId: p.desk_id, seq: p.received_seq }));
      const packageId = createHash('sha256').update(`${o.desk.id}/${o.input.jobId}`).digest('hex').slice(0, 32);
      const kind = since === null ? 'Paket-Data' : 'Paket-Perubahan';
      yield {
        name: `${kind}-${o.deskName}-${o.stamp}.${PACKAGE_EXTENSION}`,
        phase: 'package',
        produce: async (out) => {
          const header = await writePackage(out, {
            ds,
            scope: o.scope,
            password: o.input.password ?? null,
            officeKey,
            forDesk: o.input.since?.deskId ?? null,
            signal: o.signal,
            progress: (done) => o.progress('package', done, total),
            header: {
              format: PACKAGE_FORMAT,
              formatVersion: PACKAGE_FORMAT_VERSION,
              packageId,
              createdAt: o.createdAt,
              appVersion: this.platform.appVersion,
              schemaVersion: await schemaVersion(ds),
              desk: { id: clock.deskId, code: o.desk.code, officeName: o.desk.officeName },
              scope: o.input.scope,
              contents: o.input.contents,
              personalData: officeKey ? 'full' : o.input.personalData,
              since,
              upTo: clock.seq,
              acks,
              officeKey: officeKey?.fingerprint ?? null,
            },
          });
          o.state.packageSubjects = { since, forDesk: o.input.since?.deskId ?? null };
          o.state.packageCounts = {
            packageId,
            tables: Object.fromEntries(header.tables.map((t) => [t.table, t.rows])),
            officeKey: Boolean(officeKey),
            incremental: since !== null,
          };
        },
      };
    }
  }
}

/** Streams one item into the encrypted ZIP, hashing what goes in. */
async function addEntry(zip: ZipWriter<unknown>, item: Item): Promise<ExportedFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  const adding = zip.add(item.name, Readable.toWeb(tap) as unknown as ReadableStream<Uint8Array>);
  const produced = item.produce(tap).then(() => {
    if (!tap.writableEnded) tap.end();
  });
  produced.catch(() => undefined);
  adding.catch(() => undefined);
  await Promise.all([produced, adding]);
  return { name: item.name, bytes, sha256: hash.digest('hex') };
}

/** Checks an export folder against its manifest: every file there, same size, same SHA-256. */
export async function verifyExport(folder: string): Promise<{ ok: boolean; problems: string[]; manifest: unknown }> {
  const manifest = JSON.parse(await readFile(join(folder, MANIFEST_NAME), 'utf8')) as { files: ExportedFile[] };
  const problems: string[] = [];
  for (const f of manifest.files) {
    try {
      const back = await sha256OfFile(join(folder, ...f.name.split('/')));
      if (back.sha256 !== f.sha256 || back.bytes !== f.bytes) problems.push(`${f.name}: isi berbeda`);
    } catch {
      problems.push(`${f.name}: tidak ada`);
    }
  }
  return { ok: problems.length === 0, problems, manifest };
}
