import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What import needs to tell "both desks changed it" from "only one did": for each record received
 * from another desk, the version (`updated_at`) last received. A local edit leaves it as it was, so
 * a record whose `updated_at` differs from its base has been changed here since.
 */
export class Transfer1764748800000 implements MigrationInterface {
  name = 'Transfer1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_base (
        entity varchar NOT NULL,
        record_id varchar(36) NOT NULL,
        base_updated_at varchar NOT NULL,
        PRIMARY KEY (entity, record_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE transfer_base`);
  }
}
