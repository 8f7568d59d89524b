import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table for the core modules: business, business_tag and business_not_duplicate are
 * written only by the businesses module, consultant by consultants, audit_log by audit,
 * office_profile by settings and backup_settings by backups (migrations aside), each only in its
 * `*.queries.ts` files. Inside these modules every statement and repository call sits in a queries
 * file, each module is reached through its index.ts, and every refusal names its sentence by key.
 */
const main = resolve('src/main');
const MODULES = ['businesses', 'consultants', 'audit', 'settings', 'session', 'system', 'backups'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(main, path).split('\\').join('/');
const source = (path: string) => readFileSync(path, 'utf8');

/** Files that write the table: SQL, its entity's repository, or the data-package row writer. */
function writersOf(table: string, entity: string | null): string[] {
  const patterns = [
    `\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE(\\s+OR\\s+\\w+)?|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+${table}\\b`,
    `writeRecordRow\\(\\s*\\w+,\\s*'${table}'`,
    ...(entity ? [`getRepository\\(${entity}\\)`] : []),
  ];
  const write = new RegExp(patterns.join('|'), 'i');
  return files(main)
    .filter((f) => !rel(f).startsWith('db/migrations/'))
    .filter((f) => write.test(source(f)))
    .map(rel);
}

const OWNERS: Array<[table: string, entity: string | null, module: string]> = [
  ['business', 'BusinessEntity', 'businesses'],
  ['business_tag', null, 'businesses'],
  ['business_not_duplicate', null, 'businesses'],
  ['consultant', 'ConsultantEntity', 'consultants'],
  ['audit_log', 'AuditEntity', 'audit'],
  ['office_profile', 'OfficeProfileEntity', 'settings'],
  ['backup_settings', null, 'backups'],
];

describe('table ownership of the core modules', () => {
  it.each(OWNERS)('writes %s only in the queries files of its module', (table, entity, module) => {
    const writers = writersOf(table, entity);
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((f) => !(f.startsWith(`modules/${module}/`) && f.endsWith('.queries.ts')))).toEqual([]);
  });

  it('keeps every statement and repository call of these modules in their queries files', () => {
    const access = /\.query\(|getRepository\(|createQueryBuilder\(|\.save\(|\b(manager|m|db)\.(insert|update|delete|remove|find\w*|count)\(/;
    const outside = MODULES.flatMap((m) => files(join(main, 'modules', m)))
      .filter((f) => !f.endsWith('.queries.ts') && access.test(source(f)))
      .map(rel);
    expect(outside).toEqual([]);
  });

  it('gives each of these modules a public face', () => {
    expect(MODULES.filter((m) => !existsSync(join(main, 'modules', m, 'index.ts')))).toEqual([]);
  });

  it('refuses with a sentence key, never a sentence written out', () => {
    const written = /new AppError\(\s*'[A-Z_]+',\s*(['`"])[^'`"]*\s[^'`"]*\1/;
    const sentences = MODULES.flatMap((m) => files(join(main, 'modules', m)))
      .filter((f) => written.test(source(f)))
      .map(rel);
    expect(sentences).toEqual([]);
  });
});
