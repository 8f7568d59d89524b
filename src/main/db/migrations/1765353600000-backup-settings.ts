import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the desk's backups also go, and the office's backup password for them. One row, owned by
 * the backups module. The second folder is another drive, a stick or a share: copies that leave
 * the PC are AES-encrypted with this password, and they are made unattended (daily, at close), so
 * the password has to be at hand without a person typing it. It sits in the database it protects a
 * copy of; anyone who can read it here can read the data itself already.
 */
export class BackupSettings1765353600000 implements MigrationInterface {
  name = 'BackupSettings1765353600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE backup_settings (
        id integer PRIMARY KEY NOT NULL CHECK (id = 1),
        second_folder varchar NULL,
        password varchar NULL,
        updated_at varchar NOT NULL,
        updated_by varchar(36) NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE backup_settings`);
  }
}
