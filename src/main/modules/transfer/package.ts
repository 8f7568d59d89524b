import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { Writable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BlobReader, TextWriter, ZipReader, ZipWriter, configure, type Entry, type FileEntry } from '@zip.js/zip.js';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { EXPORT_CONTENTS, PERSONAL_DATA_MODES, TRANSFER_TABLES, exportScope, type TransferTable } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { throwIfCancelled } from './safe-write';
import { consultantsOf, pages, tableColumns, tablePredicate, type Row, type ScopeSql } from './transfer.queries';

// The core runs in Node (and Electron's main): no web workers; compression through CompressionStream.
configure({ useWebWorkers: false });

export const PACKAGE_FORMAT = 'klinik-bisnis-paket';
export const PACKAGE_FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'paket.json';

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

/** One line of a table's NDJSON: the row as the database has it, its base version, and child rows. */
export interface PackageLine {
  r: Row;
  /** The version this desk last received from another desk (null: never received). */
  b: string | null;
  /** Consultations only: [consultant_id, position] pairs. */
  cc?: Array<[string, number]>;
}

export const packageHeader = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  packageId: z.string().min(1).max(64),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  desk: z.object({ id: z.string(), code: z.string().nullable(), officeName: z.string().nullable() }),
  scope: exportScope,
  contents: z.array(z.enum(EXPORT_CONTENTS)).optional(),
  personalData: z.enum(PERSONAL_DATA_MODES),
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
type PackageFailure = 'damaged' | 'wrongPassword' | 'needsPassword' | 'notPackage' | 'newer' | 'unreadable';

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

/**
 * Writes the data package (a ZIP; AES-256 when a password is given) into `out`: one NDJSON entry per
 * table, streamed from SQLite in pages, then `paket.json` with every entry's row count and SHA-256.
 */
export async function writePackage(
  out: Writable,
  o: {
    ds: DataSource;
    scope: ScopeSql;
    header: Omit<PackageHeader, 'tables' | 'maskedColumns'>;
    password: string | null;
    signal: AbortSignal;
    progress: (rows: number) => void;
  },
): Promise<PackageHeader> {
  const writer = new ZipWriter(Writable.toWeb(out), o.password ? { password: o.password, encryptionStrength: 3 } : {});
  const masked = o.header.personalData === 'masked' ? MASKED_COLUMNS : {};
  const tables: PackageHeader['tables'] = [];
  let done = 0;
  for (const table of TRANSFER_TABLES) {
    const columns = await tableColumns(o.ds, table);
    const hide = new Set(masked[table] ?? []);
    const hash = createHash('sha256');
    let rows = 0;
    let bytes = 0;
    const [where, params] = tablePredicate(o.scope, table)('t');
    const hasUpdatedAt = columns.includes('updated_at');
    const source = pages(
      o.ds,
      {
        columns: `t.*${hasUpdatedAt ? `, (SELECT base_updated_at FROM transfer_base tb WHERE tb.entity = '${table}' AND tb.record_id = t.id) AS __base` : ''}`,
        from: `${table} t NOT INDEXED`,
        alias: 't',
        where: [where, params],
      },
      o.signal,
    );
    const readable = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await source.next();
        if (next.done) {
          controller.close();
          return;
        }
        const page = next.value;
        const children = table === 'consultation' ? await consultantsOf(o.ds, page.map((r) => String(r['id']))) : null;
        let text = '';
        for (const r of page) {
          const base = (r['__base'] as string | null | undefined) ?? null;
          delete r['__base'];
          for (const col of hide) if (col in r) r[col] = null;
          const line: PackageLine = { r, b: base };
          if (children) line.cc = children.get(String(r['id'])) ?? [];
          text += `${JSON.stringify(line)}\n`;
        }
        const chunk = encoder.encode(text);
        hash.update(chunk);
        rows += page.length;
        bytes += chunk.length;
        done += page.length;
        o.progress(done);
        controller.enqueue(chunk);
      },
    });
    await writer.add(`${table}.ndjson`, readable);
    throwIfCancelled(o.signal);
    tables.push({ table, entry: `${table}.ndjson`, columns: columns.filter((c) => !hide.has(c)), rows, bytes, sha256: hash.digest('hex') });
  }
  const header: PackageHeader = { ...o.header, maskedColumns: masked as Record<string, string[]>, tables };
  await writer.add(HEADER_ENTRY, new ReadableStream({ start: (c) => (c.enqueue(encoder.encode(JSON.stringify(header, null, 2))), c.close()) }));
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

export async function openPackage(path: string, password: string | null): Promise<OpenPackage> {
  let reader: ZipReader<unknown>;
  let entries: Entry[];
  try {
    reader = new ZipReader(new BlobReader(await openAsBlob(path)), password ? { password } : {});
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
  const encrypted = headerEntry.encrypted;
  if (encrypted && !password) {
    await reader.close().catch(() => undefined);
    throw new PackageError('needsPassword');
  }
  let header: PackageHeader;
  try {
    const text = await headerEntry.getData(new TextWriter(), password ? { password } : {});
    const parsed = packageHeader.safeParse(JSON.parse(text));
    if (!parsed.success) throw new PackageError('damaged');
    header = parsed.data;
  } catch (err) {
    await reader.close().catch(() => undefined);
    throw packageErrorOf(err);
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
