import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: follow_up is written only by the follow-ups module, office_profile only by
 * the settings module (migrations aside), and inside those modules, and the regions module, every
 * statement and repository call sits in a `*.queries.ts` file, the seam another engine plugs into.
 */
const main = resolve('src/main');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(main, path).split('\\').join('/');

function writersOf(table: string, entity: string): string[] {
  const write = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM)\\s+${table}\\b|getRepository\\(${entity}\\)`, 'i');
  return files(main)
    .filter((f) => !rel(f).startsWith('db/migrations/'))
    .filter((f) => write.test(readFileSync(f, 'utf8')))
    .map(rel);
}

describe('table ownership of follow-ups and settings', () => {
  it('writes follow_up only in the follow-ups queries files', () => {
    expect(writersOf('follow_up', 'FollowUpEntity')).toEqual(['modules/follow-ups/follow-up.queries.ts']);
  });

  it('writes office_profile only in the settings queries file', () => {
    expect(writersOf('office_profile', 'OfficeProfileEntity')).toEqual(['modules/settings/settings.queries.ts']);
  });

  it('keeps every statement of the follow-ups, settings and regions modules in their queries files', () => {
    const access = /\.query\(|getRepository\(|createQueryBuilder\(|\.save\(/;
    const outside = ['follow-ups', 'settings', 'regions']
      .flatMap((m) => files(join(main, 'modules', m)))
      .filter((f) => !f.endsWith('.queries.ts') && access.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(outside).toEqual([]);
  });
});
