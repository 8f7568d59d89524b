import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * UU PDP No. 27/2022: the register of data subjects' requests (access, correction, erasure,
 * restriction, objection), each answered within 3×24 hours of receipt; owned by the privacy module.
 * A person (a business owner or a training participant) can have processing of their data
 * restricted: `restricted_at` on their own record, written by its owning module's statements only.
 * A participant under 18 needs a parent's or guardian's name and consent date before more than
 * name, age and attendance is kept.
 */
export class PrivacyRequests1765720000000 implements MigrationInterface {
  name = 'PrivacyRequests1765720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_request (
        id varchar(36) PRIMARY KEY NOT NULL,
        subject_kind varchar NOT NULL CHECK (subject_kind IN ('business', 'participant')),
        subject_id varchar(36) NOT NULL,
        kind varchar NOT NULL CHECK (kind IN ('access', 'correction', 'erasure', 'restriction', 'objection')),
        received_at varchar NOT NULL,
        deadline_at varchar NOT NULL,
        remind_at varchar NOT NULL,
        notes text NULL,
        status varchar NOT NULL DEFAULT ('open') CHECK (status IN ('open', 'answered', 'refused')),
        answer text NULL,
        answered_at varchar NULL,
        answered_by varchar(36) NULL,
        reminder_stage integer NOT NULL DEFAULT (0),
        recorded_by varchar(36) NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL,
        CHECK (status <> 'refused' OR length(trim(coalesce(answer, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX idx_privacy_request_open ON privacy_request (status, deadline_at)`);
    await q.query(`CREATE INDEX idx_privacy_request_subject ON privacy_request (subject_kind, subject_id)`);
    await q.query(`ALTER TABLE business ADD COLUMN restricted_at varchar NULL`);
    await q.query(`ALTER TABLE training_participant ADD COLUMN restricted_at varchar NULL`);
    await q.query(`ALTER TABLE training_participant ADD COLUMN guardian_name varchar NULL`);
    await q.query(`ALTER TABLE training_participant ADD COLUMN guardian_consent_date varchar(10) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_participant DROP COLUMN guardian_consent_date`);
    await q.query(`ALTER TABLE training_participant DROP COLUMN guardian_name`);
    await q.query(`ALTER TABLE training_participant DROP COLUMN restricted_at`);
    await q.query(`ALTER TABLE business DROP COLUMN restricted_at`);
    await q.query(`DROP TABLE privacy_request`);
  }
}
