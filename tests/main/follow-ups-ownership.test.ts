import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: each table is written only by the module that owns it (migrations and the
 * triggers they create aside), and only from that module's `*.queries.ts` files, the seam another
 * engine plugs into. Inside the modules named below every statement and repository call sits in a
 * queries file; other modules reach them through their index.ts.
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
  .map((f) => ({ path: rel(f), text: readFileSync(f, 'utf8') }));

/** Files that write the table: a statement naming it, a transferred row written into it, or its entity's repository. */
function writersOf(table: string, entities: string[] = []): string[] {
  const statement = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"?${table}\\b`, 'i');
  const rowWrite = new RegExp(`writeRecordRow\\(\\s*\\w+,\\s*'${table}'`);
  const entity = entities.length > 0 ? new RegExp(`getRepository\\((${entities.join('|')})\\)|\\.(insert|update|delete|save|upsert|remove)\\(\\s*(${entities.join('|')})\\b`) : null;
  return sources
    .filter((f) => statement.test(f.text) || rowWrite.test(f.text) || (entity?.test(f.text) ?? false))
    .map((f) => f.path)
    .sort();
}

/** Each table, its entities, and the queries files of its owner that write it (none: only migrations and triggers do). */
const OWNERS: Array<[table: string, entities: string[], writers: string[]]> = [
  ['consultation', ['ConsultationEntity'], ['modules/consultations/consultation.queries.ts', 'modules/consultations/consultation.transfer.queries.ts']],
  ['consultation_revision', ['ConsultationRevisionEntity'], ['modules/consultations/consultation.queries.ts', 'modules/consultations/consultation.transfer.queries.ts']],
  ['consultation_consultant', [], ['modules/consultations/consultation.queries.ts', 'modules/consultations/consultation.transfer.queries.ts']],
  ['consultation_sequence', [], ['modules/consultations/consultation.queries.ts']],
  ['follow_up', ['FollowUpEntity'], ['modules/follow-ups/follow-up.queries.ts']],
  ['training', ['TrainingEntity'], ['modules/trainings/training.queries.ts']],
  ['training_participant', ['ParticipantEntity'], ['modules/trainings/participant.queries.ts']],
  ['training_attendance', ['AttendanceEntity'], ['modules/trainings/participant.queries.ts', 'modules/trainings/training.queries.ts']],
  ['impact_milestone', ['MilestoneEntity'], ['modules/impact/impact.queries.ts']],
  ['transfer_base', [], ['modules/transfer/transfer.import.queries.ts']],
  ['office_profile', ['OfficeProfileEntity'], ['modules/settings/settings.queries.ts']],
  ['region', [], []],
  ['report_business_month', [], []],
  ['report_month_area', [], []],
];

describe('table ownership', () => {
  it.each(OWNERS)('writes %s only in its owner’s queries files', (table, entities, writers) => {
    expect(writersOf(table, entities)).toEqual(writers);
  });

  it('keeps every statement of these modules in their queries files', () => {
    const access = /\.query\(|getRepository\(|createQueryBuilder\(|\.save\(|\.(insert|update|delete|upsert|remove)\(\s*\w+Entity\b/;
    const modules = ['consultations', 'follow-ups', 'impact', 'printing', 'regions', 'reports', 'settings', 'trainings', 'transfer'];
    const outside = modules
      .flatMap((m) => files(join(main, 'modules', m)))
      .filter((f) => !f.endsWith('.queries.ts') && access.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(outside).toEqual([]);
  });
});
