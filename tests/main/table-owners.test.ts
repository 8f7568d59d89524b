import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/data-source';
import { freshDataDir } from './helpers/core';

/**
 * One owner per table, for every table the migrations make: each is written (INSERT, UPDATE,
 * DELETE, or a TypeORM repository write of its entity) in one module only, and there only in that
 * module's `*.queries.ts` files, the seam a second database engine plugs into. Tables kept by
 * triggers (search index, month aggregates) are written by no code at all. The map is printed:
 * table → owning module → files.
 */
const main = resolve('src/main');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(main, path).split('\\').join('/');
const sources = files(main)
  .filter((f) => !rel(f).startsWith('db/migrations/'))
  .map((f) => ({ file: rel(f), text: readFileSync(f, 'utf8') }));

/** The module a file belongs to (`modules/<name>/…`), or its folder under src/main. */
const ownerOf = (file: string) => /^modules\/([^/]+)\//.exec(file)?.[1] ?? file.split('/')[0] ?? file;

/**
 * Statements, repositories and an entity manager's writes (`m.save(XEntity, …)`), which reach the
 * database: only queries files may hold them.
 */
const ACCESS = /\.query\(|getRepository\(|createQueryBuilder\(|\.(save|insert|upsert|update|delete|remove)\(\s*[A-Z]\w*Entity\b/;

/** Files that open SQLite files themselves (copies and checks of whole database files), not tables. */
const FILE_LEVEL = new Set(['modules/backups/sqlite-file.ts', 'db/data-source.ts', 'db/pragmas.ts', 'db/transactions.ts', 'db/record-rows.ts']);

/**
 * Columns an entity leaves out on purpose: kept by triggers (a business's last activity, a
 * consultation's kabupaten copy), or worked out and written by the owner's statements alone (a
 * follow-up's due, reminder and notification instants; the reminder settings), so that saving an
 * entity can never overwrite them with a stale value.
 */
const UNMAPPED = new Set([
  'business.last_activity_at',
  'business.restricted_at',
  'training_participant.restricted_at',
  'consultation.regency_code',
  'follow_up.due_at',
  'follow_up.snoozed_until',
  'follow_up.effective_at',
  'follow_up.remind_at',
  'follow_up.notified_at',
  'office_profile.reminder_lead_minutes',
  'office_profile.idle_days',
]);

let ds: DataSource;
let tables: string[] = [];
const entityOf = new Map<string, string>();

beforeAll(async () => {
  const dir = await freshDataDir();
  ds = await openDatabase(dir);
  const rows = (await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name`,
  )) as Array<{ name: string }>;
  // An FTS5 table's shadow tables (<name>_data, _idx, _content, _docsize, _config) belong to it.
  const names = rows.map((r) => r.name);
  tables = names.filter((n) => !names.some((base) => base !== n && new RegExp(`^${base}_(data|idx|content|docsize|config)$`).test(n)));
  // Entities are EntitySchemas: `export const XEntity = new EntitySchema<…>({ … tableName: 'x' … })`.
  for (const { text } of sources) {
    for (const m of text.matchAll(/export const (\w+)\s*=\s*new EntitySchema\b[\s\S]*?tableName:\s*'(\w+)'/g)) entityOf.set(m[2] as string, m[1] as string);
  }
});

afterAll(async () => {
  await ds?.destroy();
});

function writersOf(table: string): string[] {
  const sql = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+["\`]?${table}["\`]?(\\s|\\(|$)`, 'i');
  const entity = entityOf.get(table);
  const repo = entity
    ? new RegExp(`(getRepository|\\.save|\\.insert|\\.update|\\.delete|\\.upsert|\\.increment|\\.decrement|\\.softDelete)\\(\\s*${entity}\\b`)
    : null;
  return sources.filter(({ text }) => sql.test(text) || (repo?.test(text) ?? false)).map(({ file }) => file);
}

describe('one owner per table', () => {
  it('every table is written by one module, and there only in its queries files', () => {
    const map: Array<{ table: string; owner: string; files: string[] }> = [];
    const problems: string[] = [];
    for (const table of tables) {
      const writers = writersOf(table);
      const owners = [...new Set(writers.map(ownerOf))];
      map.push({ table, owner: owners.join(' + ') || '(migrations, triggers)', files: writers });
      if (owners.length > 1) problems.push(`${table} is written by ${owners.join(', ')}: ${writers.join(', ')}`);
      for (const file of writers) if (!file.endsWith('.queries.ts') && !FILE_LEVEL.has(file)) problems.push(`${table} is written outside a queries file: ${file}`);
    }
    console.log(`table owners:\n${map.map((m) => `  ${m.table.padEnd(28)} ${m.owner.padEnd(16)} ${m.files.join(', ')}`).join('\n')}`);
    expect(tables.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('every entity maps each column of its table by the migrated name, nullability and key', async () => {
    expect(ds.entityMetadatas.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const metadata of ds.entityMetadatas) {
      const table = metadata.tableName;
      const columns = (await ds.query(`PRAGMA table_info(${table})`)) as Array<{ name: string; notnull: number; pk: number }>;
      const schema = new Map(columns.map((c) => [c.name, `${c.notnull || c.pk ? 'not null' : 'null'}${c.pk ? ' key' : ''}`]));
      const mapped = new Map(metadata.columns.map((c) => [c.databaseName, `${c.isNullable ? 'null' : 'not null'}${c.isPrimary ? ' key' : ''}`]));
      for (const [name, shape] of schema) {
        if (!mapped.has(name) && UNMAPPED.has(`${table}.${name}`)) continue;
        if (mapped.get(name) !== shape) problems.push(`${table}.${name}: table ${shape}, entity ${mapped.get(name) ?? 'missing'}`);
      }
      for (const name of mapped.keys()) if (!schema.has(name)) problems.push(`${table}.${name}: in the entity, not in the table`);
    }
    expect(problems).toEqual([]);
  });

  it('modules keep every statement and repository call in their queries files', () => {
    const outside = sources
      .filter(({ file }) => file.startsWith('modules/') && !file.endsWith('.queries.ts') && !FILE_LEVEL.has(file))
      .filter(({ text }) => ACCESS.test(text))
      .map(({ file }) => file);
    expect(outside).toEqual([]);
  });
});
