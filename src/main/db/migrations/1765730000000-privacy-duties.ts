import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * UU PDP No. 27/2022, the controller's own duties (owned by the privacy module):
 *
 * - `retention_period`: how long each kind of record keeps its personal data, in months, set in
 *   Pengaturan; a new office starts from the defaults below (5 years after a business's last
 *   activity, 10 years for a consultation's narrative, 3 years after a training for its participants).
 * - `retention_review`: the months whose list of records past retention was raised, so the reminder
 *   engine raises it once a month.
 * - `retention_anonymised`: the consultations and participants whose personal data was ended at the
 *   end of their period (a business says so itself in `personal_data_erased_at`).
 * - `breach` and `breach_subject`: the breach register (a lost stick): the export it concerns,
 *   whether it was encrypted, the 3×24-hour deadline (reminded by the reminder engine a day before,
 *   `remind_at`, once: `reminded_at`), and whose data it held, listed when registered.
 * - `processing_record_text`: the record of processing's texts the office changed from the defaults.
 */
export class PrivacyDuties1765730000000 implements MigrationInterface {
  name = 'PrivacyDuties1765730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_period (
        kind varchar PRIMARY KEY NOT NULL CHECK (kind IN ('businessOwner', 'consultation', 'participant')),
        months integer NOT NULL CHECK (months > 0),
        updated_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    await q.query(`INSERT INTO retention_period (kind, months) VALUES ('businessOwner', 60), ('consultation', 120), ('participant', 36)`);
    await q.query(`
      CREATE TABLE retention_review (
        month varchar(7) PRIMARY KEY NOT NULL,
        raised_at varchar NOT NULL,
        due integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE retention_anonymised (
        kind varchar NOT NULL CHECK (kind IN ('consultation', 'participant')),
        record_id varchar(36) NOT NULL,
        anonymised_at varchar NOT NULL,
        anonymised_by varchar(36) NULL,
        PRIMARY KEY (kind, record_id)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE breach (
        id varchar(36) PRIMARY KEY NOT NULL,
        title varchar NOT NULL,
        occurred_at varchar NULL,
        discovered_at varchar NOT NULL,
        deadline_at varchar NOT NULL,
        remind_at varchar NOT NULL,
        reminded_at varchar NULL,
        description text NOT NULL,
        measures text NOT NULL,
        export_id varchar NULL,
        export_at varchar NULL,
        encrypted boolean NOT NULL,
        personal_data varchar NOT NULL,
        notified_subjects_at varchar NULL,
        notified_authority_at varchar NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    await q.query(`CREATE INDEX breach_remind ON breach (reminded_at, remind_at)`);
    await q.query(`
      CREATE TABLE breach_subject (
        breach_id varchar(36) NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
        kind varchar NOT NULL CHECK (kind IN ('business', 'participant')),
        record_id varchar(36) NOT NULL,
        PRIMARY KEY (breach_id, kind, record_id)
      ) WITHOUT ROWID`);
    await q.query(`
      CREATE TABLE processing_record_text (
        field varchar PRIMARY KEY NOT NULL,
        text text NOT NULL,
        updated_at varchar NOT NULL,
        updated_by varchar(36) NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['processing_record_text', 'breach_subject', 'breach', 'retention_anonymised', 'retention_review', 'retention_period']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
