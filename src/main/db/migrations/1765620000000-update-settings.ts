import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The folder (a share or a stick) the office puts app updates in. One row, owned by the updates module. */
export class UpdateSettings1765620000000 implements MigrationInterface {
  name = 'UpdateSettings1765620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE update_settings (
        id integer PRIMARY KEY NOT NULL CHECK (id = 1),
        folder varchar NULL,
        updated_at varchar NOT NULL,
        updated_by varchar(36) NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE update_settings`);
  }
}
