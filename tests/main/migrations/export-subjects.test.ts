import { describe, expect, it } from 'vitest';
import { ExportSubjects1765795000000 } from '../../../src/main/db/migrations/1765795000000-export-subjects';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();

describe('export subjects migration', () => {
  it('adds the table of whose data each export held, empty, keeping the export history', async () => {
    const db = await before(ExportSubjects1765795000000);
    await db.query(`INSERT INTO audit_log (id, at, action, entity, entity_id) VALUES ('a1', '2026-10-01T01:00:00.000Z', 'export', 'transfer', 'job-1')`);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT entity_id FROM audit_log WHERE action = 'export'`)).toEqual([{ entity_id: 'job-1' }]);
    expect(await ds.query(`SELECT * FROM export_subject`)).toEqual([]);
    await ds.query(`INSERT INTO export_subject (export_id, kind, record_id) VALUES ('job-1', 'business', 'b1')`);
    await expect(ds.query(`INSERT INTO export_subject (export_id, kind, record_id) VALUES ('job-1', 'consultant', 'k1')`)).rejects.toThrow(/CHECK/);
  });
});
