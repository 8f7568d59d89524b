import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whose data each export held, written with the export (transfer module): the businesses and
 * training participants of its files and of its data package. A breach (a stick lost) lists them
 * from here, exactly, whatever changed since.
 */
export class ExportSubjects1765795000000 implements MigrationInterface {
  name = 'ExportSubjects1765795000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_subject (
        export_id varchar(36) NOT NULL,
        kind varchar NOT NULL CHECK (kind IN ('business', 'participant')),
        record_id varchar(36) NOT NULL,
        PRIMARY KEY (export_id, kind, record_id)
      ) WITHOUT ROWID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_subject`);
  }
}
