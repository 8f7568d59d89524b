import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { Writable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BlobReader, TextWriter, ZipReader, ZipWriter, configure, type Entry, type FileEntry } from '@zip.js/zip.js';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { EXPORT_CONTENTS, PERSONAL_DATA_MODES, TRANSFER_TABLES, exportScope, type TransferTable } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { DERIVED_COLUMNS } from '../../db/migrations/version-triggers';
import { throwIfCancelled } from './safe-write';
import { parseVector, type Vector } from './versions';
import { consultantsOf, pages, pagesByKey, tableColumns, tablePredicate, type Row, type ScopeSql } from './transfer.queries';
import { changedKeys, tombstones } from './transfer.sync.queries';

// The core runs in Node (and Electron's main): no web workers; compression through CompressionStream.
configure({ useWebWorkers: false });

export const PACKAGE_FORMAT = 'klinik-bisnis-paket';
/** 2: version vectors, tombstones, incremental packages and the office key. 1 (updated_at versions) is still read. */
export const PACKAGE_FORMAT_VERSION = 2;
export const HEADER_ENTRY = 'paket.json';
/** Left unencrypted in a package locked with the office key: which key (its fingerprint), never the key. */
export const LOCK_ENTRY = 'kunci.json';

/** Columns left out of a package made with personal data masked; import keeps this desk's values for them. */
export const MASKED_COLUMNS: Partial<Record<TransferTable, string[]>> = {
  business: ['owner_nik', 'owner_phone', 'owner_email', 'owner_birth_date'],
  consultant: ['phone', 'nip'],
  training_participant: ['phone', 'birth_date'],
};

/**
 * The columns that name a record of each table: `id`, except in the tables whose rows are facts
 * without a version (a day present, a "not a duplicate" decision), named by their primary key.
 */
export const KEY_COLUMNS: Record<TransferTable, readonly string[]> = {
  consultant: ['id'],
  business: ['id'],
  business_not_duplicate: ['a_id', 'b_id'],
  training: ['id'],
  training_participant: ['id'],
  training_attendance: ['participant_id', 'day'],
  consultation: ['id'],
  consultation_revision: ['id'],
  impact_milestone: ['id'],
  follow_up: ['id'],
};

/** The record's name within its table, from its key columns. */
export const recordKey = (table: TransferTable, r: Row): string => KEY_COLUMNS[table].map((c) => String(r[c])).join('|');

/** The same name in SQL, for a row of `table` under `alias` (as `record_version.record_key` holds it). */
export const recordKeySql = (table: TransferTable, alias: string): string => KEY_COLUMNS[table].map((c) => `${alias}.${c}`).join(` || '|' || `);

/**
 * Columns each desk works out for itself from the rest (search words, last activity, a
 * consultation's regency, a follow-up's instants and reminder state): carried, but a difference in
 * them alone is neither a change nor a conflict.
 */
export const LOCAL_COLUMNS: Partial<Record<TransferTable, readonly string[]>> = DERIVED_COLUMNS as Partial<Record<TransferTable, readonly string[]>>;

/**
 * One line of a table's NDJSON: the row as the database has it (only its key columns for a
 * tombstone), its version vector, and child rows.
 */
export interface PackageLine {
  r: Row;
  /** The record's version vector (format 2). */
  v?: Vector;
  /** A tombstone: the record was removed at a desk (format 2). */
  d?: 1;
  /** Format 1 only: the version the sending desk last received. */
  b?: string | null;
  /** Consultations only: [consultant_id, position] pairs. */
  cc?: Array<[string, number]>;
}

export const packageHeader = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().min(1),
  packageId: z.string().min(1).max(64),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  desk: z.object({ id: z.string(), code: z.string().nullable(), officeName: z.string().nullable() }),
  scope: exportScope,
  contents: z.array(z.enum(EXPORT_CONTENTS)).optional(),
  personalData: z.enum(PERSONAL_DATA_MODES),
  /** Incremental: only what changed after this sequence of the sending desk (null: everything in scope). */
  since: z.number().int().min(0).nullable().default(null),
  /** The sending desk's sequence when the package was made: the receiver has its changes up to here. */
  upTo: z.number().int().min(0).default(0),
  /** How far the sending desk has applied each desk's changes (acknowledgements travel). */
  acks: z.array(z.object({ deskId: z.string().max(64), seq: z.number().int().min(0) })).max(1000).default([]),
  /** Fingerprint of the office key the package is locked with (null: none). */
  officeKey: z.string().max(64).nullable().default(null),
  maskedColumns: z.record(z.string(), z.array(z.string())),
  tables: z.array(
    z.object({
      table: z.enum(TRANSFER_TABLES),
      entry: z.string(),
      columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type PackageHeader = z.infer<typeof packageHeader>;

/** Why a data package was refused; each is a sentence `transfer.package.<kind>` of the catalogue. */
type PackageFailure = 'damaged' | 'wrongPassword' | 'needsPassword' | 'notPackage' | 'newer' | 'unreadable' | 'noOfficeKey' | 'wrongOfficeKey';

export class PackageError extends AppError {
  constructor(kind: PackageFailure) {
    super('VALIDATION', `transfer.package.${kind}` as const);
  }
}

/** zip.js errors (and file errors) as the consultant's reasons. */
export function packageErrorOf(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (/password/i.test(message) && /invalid/i.test(message)) return new PackageError('wrongPassword');
  if (/encrypted/i.test(message)) return new PackageError('needsPassword');
  if (['ENOENT', 'EIO', 'ENXIO', 'ENODEV', 'ENOTCONN', 'EPERM', 'EACCES'].includes(code)) return new PackageError('unreadable');
  return new PackageError('damaged');
}

const encoder = new TextEncoder();

/** The office key a package is locked with: the secret (the ZIP's password) and its fingerprint. */
export interface OfficeKey {
  secret: string;
  fingerprint: string;
}

/**
 * Writes the data package (a ZIP; AES-256 when a password or the office key is given) into `out`:
 * one NDJSON entry per table, streamed from SQLite in pages, each row with its version vector and
 * the table's tombstones after its rows; then `paket.json` with every entry's row count and SHA-256.
 * An incremental package (`header.since`) holds only records changed after that sequence.
 */
export async function writePackage(
  out: Writable,
  o: {
    ds: DataSource;
    scope: ScopeSql;
    header: Omit<PackageHeader, 'tables' | 'maskedColumns'>;
    password: string | null;
    officeKey: OfficeKey | null;
    /** The desk a package of changes is for (its own changes are left out). */
    forDesk: string | null;
    signal: AbortSignal;
    progress: (rows: number) => void;
  },
): Promise<PackageHeader> {
  const password = o.officeKey?.secret ?? o.password;
  const writer = new ZipWriter(Writable.toWeb(out));
  const sealed = password ? ({ password, encryptionStrength: 3 } as const) : {};
  if (o.officeKey) {
    const lock = JSON.stringify({ format: PACKAGE_FORMAT, officeKey: o.officeKey.fingerprint });
    await writer.add(LOCK_ENTRY, new ReadableStream({ start: (c) => (c.enqueue(encoder.encode(lock)), c.close()) }));
  }
  const masked = o.header.personalData === 'masked' ? MASKED_COLUMNS : {};
  const since = o.header.since ?? 0;
  const tables: PackageHeader['tables'] = [];
  let done = 0;
  for (const table of TRANSFER_TABLES) {
    const hide = new Set(masked[table] ?? []);
    const columns = (await tableColumns(o.ds, table)).filter((c) => !hide.has(c));
    const hash = createHash('sha256');
    let rows = 0;
    let bytes = 0;
    const [inScope, params] = tablePredicate(o.scope, table)('t');
    const key = recordKeySql(table, 't');
    const selected = {
      columns: `${columns.map((c) => `t.${c}`).join(', ')}, (SELECT vv FROM record_version rv WHERE rv.entity = '${table}' AND rv.record_key = ${key}) AS __vv`,
      alias: 't',
    };
    // A whole package reads the table in rowid order; a package of changes looks its few rows up by key.
    const source =
      o.header.since !== null && o.forDesk
        ? pagesByKey(o.ds, { ...selected, table, keyColumns: KEY_COLUMNS[table], keys: await changedKeys(o.ds, table, since, o.forDesk), where: [inScope, params] }, o.signal)
        : pages(o.ds, { ...selected, from: `${table} t NOT INDEXED`, where: [inScope, params] }, o.signal);
    const removed = await tombstones(o.ds, table, since, o.forDesk);
    let tombstonesSent = false;
    const encode = (line: PackageLine) => `${JSON.stringify(line)}\n`;
    const readable = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await source.next();
        let text = '';
        let count = 0;
        if (next.done) {
          if (tombstonesSent) {
            controller.close();
            return;
          }
          tombstonesSent = true;
          for (const t of removed) {
            const values = t.key.split('|');
            const r = Object.fromEntries(KEY_COLUMNS[table].map((c, i) => [c, values[i] ?? '']));
            text += encode({ r, v: t.vv, d: 1 });
            count++;
          }
        } else {
          const page = next.value;
          const children = table === 'consultation' ? await consultantsOf(o.ds, page.map((r) => String(r['id']))) : null;
          for (const r of page) {
            const v = parseVector(r['__vv']);
            delete r['__vv'];
            const line: PackageLine = { r, v };
            if (children) line.cc = children.get(String(r['id'])) ?? [];
            text += encode(line);
          }
          count = page.length;
        }
        const chunk = encoder.encode(text);
        hash.update(chunk);
        rows += count;
        bytes += chunk.length;
        done += count;
        o.progress(done);
        if (chunk.length > 0) controller.enqueue(chunk);
        if (next.done) controller.close();
      },
    });
    await writer.add(`${table}.ndjson`, readable, sealed);
    throwIfCancelled(o.signal);
    tables.push({ table, entry: `${table}.ndjson`, columns, rows, bytes, sha256: hash.digest('hex') });
  }
  const header: PackageHeader = { ...o.header, maskedColumns: masked as Record<string, string[]>, tables };
  await writer.add(HEADER_ENTRY, new ReadableStream({ start: (c) => (c.enqueue(encoder.encode(JSON.stringify(header, null, 2))), c.close()) }), sealed);
  await writer.close();
  return header;
}

/** An opened package: its checked header and a way to stream each table's lines, verified. */
export interface OpenPackage {
  header: PackageHeader;
  encrypted: boolean;
  /**
   * Streams the table's lines in batches. Throws PackageError('damaged') when the entry's rows,
   * size or SHA-256 differ from the header (after the last batch: callers that write must do so in
   * a transaction they roll back).
   */
  lines(table: TransferTable, onBatch: (batch: PackageLine[]) => Promise<void>, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

const BATCH = 500;

/**
 * Opens a package. One locked with the office key (its fingerprint in `kunci.json`) opens with this
 * desk's office key only: none here, or another office's, is refused before anything is read.
 */
export async function openPackage(path: string, given: string | null, officeKey: OfficeKey | null = null): Promise<OpenPackage> {
  let reader: ZipReader<unknown>;
  let entries: Entry[];
  try {
    reader = new ZipReader(new BlobReader(await openAsBlob(path)));
    entries = await reader.getEntries();
  } catch (err) {
    throw packageErrorOf(err);
  }
  const byName = new Map(entries.filter((e): e is FileEntry => !e.directory).map((e) => [e.filename, e]));
  const headerEntry = byName.get(HEADER_ENTRY);
  if (!headerEntry) {
    await reader.close().catch(() => undefined);
    const looksLikeOne = entries.some((e) => e.filename.endsWith('.ndjson'));
    throw new PackageError(entries.length > 0 && !looksLikeOne ? 'notPackage' : 'damaged');
  }
  let password = given;
  const lockEntry = byName.get(LOCK_ENTRY);
  let lockedWith: string | null = null;
  if (lockEntry) {
    try {
      const lock = z.object({ officeKey: z.string().max(64) }).parse(JSON.parse(await lockEntry.getData(new TextWriter())));
      lockedWith = lock.officeKey;
    } catch {
      await reader.close().catch(() => undefined);
      throw new PackageError('damaged');
    }
    if (!officeKey || officeKey.fingerprint !== lockedWith) {
      await reader.close().catch(() => undefined);
      throw new PackageError(officeKey ? 'wrongOfficeKey' : 'noOfficeKey');
    }
    password = officeKey.secret;
  }
  const encrypted = headerEntry.encrypted;
  if (encrypted && !password) {
    await reader.close().catch(() => undefined);
    throw new PackageError('needsPassword');
  }
  let header: PackageHeader;
  try {
    const text = await headerEntry.getData(new TextWriter(), password ? { password } : {});
    const raw = JSON.parse(text) as { formatVersion?: unknown };
    // A later format is a newer app's: said as such, not as damage.
    if (typeof raw?.formatVersion === 'number' && raw.formatVersion > PACKAGE_FORMAT_VERSION) throw new PackageError('newer');
    const parsed = packageHeader.safeParse(raw);
    if (!parsed.success) throw new PackageError('damaged');
    header = parsed.data;
  } catch (err) {
    await reader.close().catch(() => undefined);
    // The office key's own fingerprint matched, so a refusal of it means the package was altered.
    const failure = packageErrorOf(err);
    throw lockedWith && failure instanceof PackageError && failure.key === 'transfer.package.wrongPassword' ? new PackageError('damaged') : failure;
  }
  if ((header.officeKey ?? null) !== lockedWith) {
    await reader.close().catch(() => undefined);
    throw new PackageError('damaged');
  }
  // Every entry of the header is there, and every entry is encrypted alike.
  for (const t of header.tables) {
    const e = byName.get(t.entry);
    if (!e || e.encrypted !== encrypted) {
      await reader.close().catch(() => undefined);
      throw new PackageError('damaged');
    }
  }
  return {
    header,
    encrypted,
    async lines(table, onBatch, signal) {
      const meta = header.tables.find((t) => t.table === table);
      if (!meta) return;
      const entry = byName.get(meta.entry)!;
      const hash = createHash('sha256');
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let rest = '';
      let rows = 0;
      let bytes = 0;
      let batch: PackageLine[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const b = batch;
        batch = [];
        await onBatch(b);
        await yieldToLoop();
      };
      const keys = KEY_COLUMNS[table];
      const take = (line: string) => {
        if (!line) return;
        let parsed: PackageLine;
        try {
          parsed = JSON.parse(line) as PackageLine;
        } catch {
          throw new PackageError('damaged');
        }
        if (!parsed || typeof parsed !== 'object' || !parsed.r || keys.some((k) => typeof parsed.r[k] !== 'string')) throw new PackageError('damaged');
        rows++;
        batch.push(parsed);
      };
      // Errors of our own (cancel, a refused line, a failed write while applying) pass as they are;
      // errors of the ZIP layer (CRC, authentication code, truncation) mean a damaged package.
      let own: unknown = null;
      try {
        await entry.getData(
          new WritableStream<Uint8Array>({
            async write(chunk) {
              try {
                throwIfCancelled(signal);
                hash.update(chunk);
                bytes += chunk.length;
                let text: string;
                try {
                  text = rest + decoder.decode(chunk, { stream: true });
                } catch {
                  throw new PackageError('damaged');
                }
                const parts = text.split('\n');
                rest = parts.pop() ?? '';
                for (const p of parts) take(p);
                if (batch.length >= BATCH) await flush();
              } catch (err) {
                own = err;
                throw err;
              }
            },
          }),
          password ? { password } : {},
        );
      } catch (err) {
        if (own) throw own;
        throw packageErrorOf(err);
      }
      try {
        take(rest + decoder.decode());
      } catch {
        throw new PackageError('damaged');
      }
      if (rows !== meta.rows || bytes !== meta.bytes || hash.digest('hex') !== meta.sha256) throw new PackageError('damaged');
      await flush();
    },
    close: () => reader.close().catch(() => undefined),
  };
}
