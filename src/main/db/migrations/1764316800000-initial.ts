import type { MigrationInterface, QueryRunner } from 'typeorm';
import { randomUUID } from 'node:crypto';

/** Office settings, the desk's consultants and the audit log. */
export class Initial1764316800000 implements MigrationInterface {
  name = 'Initial1764316800000';

  async up(q: QueryRunner): Promise<void> {
    const record = `
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar NULL,
      updated_by varchar(36) NULL`;
    await q.query(`
      CREATE TABLE office_profile (
        id varchar(36) PRIMARY KEY NOT NULL,
        office_name varchar NULL,
        unit_name varchar NULL,
        address varchar NULL,
        phone varchar NULL,
        email varchar NULL,
        province_code varchar(2) NULL,
        regency_code varchar(5) NULL,
        logo_data_url text NULL,
        time_zone varchar NOT NULL DEFAULT 'Asia/Makassar',
        desk_code varchar(6) NULL,
        language varchar(2) NOT NULL DEFAULT 'id',
        ${record}
      )`);
    await q.query(`
      CREATE TABLE consultant (
        id varchar(36) PRIMARY KEY NOT NULL,
        name varchar NOT NULL,
        nip varchar(18) NULL,
        phone varchar NULL,
        active boolean NOT NULL DEFAULT 1,
        ${record}
      )`);
    await q.query(`CREATE UNIQUE INDEX consultant_nip_unique ON consultant (nip) WHERE nip IS NOT NULL AND deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE audit_log (
        id varchar(36) PRIMARY KEY NOT NULL,
        at varchar NOT NULL,
        actor_id varchar(36) NULL,
        action varchar NOT NULL,
        entity varchar NOT NULL,
        entity_id varchar(36) NULL,
        changes text NULL
      )`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`);
    const now = new Date().toISOString();
    await q.query(
      `INSERT INTO office_profile (id, time_zone, language, created_at, updated_at) VALUES (?, 'Asia/Makassar', 'id', ?, ?)`,
      [randomUUID(), now, now],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE consultant`);
    await q.query(`DROP TABLE office_profile`);
  }
}
