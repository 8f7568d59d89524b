import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations (drafts and finalised), their consultants, their versions, the per-desk monthly
 * number sequence, and the follow-ups their action items become.
 *
 * A draft keeps the form exactly as typed in `draft_values`; the columns are filled on finalise.
 * Numbers are `KB/<desk>/<yyyy>/<mm>/<seq>`: the desk code keeps two desks' offline numbers apart.
 */
export class Consultations1764576000000 implements MigrationInterface {
  name = 'Consultations1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation (
        id varchar(36) PRIMARY KEY NOT NULL,
        business_id varchar(36) NULL REFERENCES business (id),
        status varchar NOT NULL CHECK (status IN ('draft', 'final')),
        number varchar NULL,
        desk_code varchar NULL,
        period varchar(7) NULL,
        seq integer NULL,
        version integer NOT NULL DEFAULT 1,
        consultation_date varchar(10) NULL,
        start_time varchar(5) NULL,
        contact_minutes integer NULL CHECK (contact_minutes IS NULL OR contact_minutes >= 0),
        prep_minutes integer NULL CHECK (prep_minutes IS NULL OR prep_minutes >= 0),
        channel varchar NULL,
        service_areas text NOT NULL DEFAULT '[]',
        complaint text NULL,
        diagnosis text NULL,
        advice text NULL,
        referrals text NOT NULL DEFAULT '[]',
        action_items text NOT NULL DEFAULT '[]',
        draft_values text NULL,
        finalized_at varchar NULL,
        finalized_by varchar(36) NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL,
        CHECK (status = 'draft' OR (number IS NOT NULL AND business_id IS NOT NULL AND consultation_date IS NOT NULL))
      )`);
    const indexes = [
      'CREATE UNIQUE INDEX consultation_number ON consultation (number) WHERE number IS NOT NULL',
      'CREATE UNIQUE INDEX consultation_desk_seq ON consultation (desk_code, period, seq) WHERE seq IS NOT NULL',
      // One live draft per business; a walk-in's draft has no business yet.
      `CREATE UNIQUE INDEX consultation_one_draft ON consultation (business_id)
         WHERE status = 'draft' AND deleted_at IS NULL AND business_id IS NOT NULL`,
      // The minutes ride along so the list's totals and the hours report read only the index.
      'CREATE INDEX consultation_live_date ON consultation (deleted_at, status, consultation_date, start_time, contact_minutes, prep_minutes)',
      'CREATE INDEX consultation_business ON consultation (business_id, consultation_date)',
    ];
    for (const sql of indexes) await q.query(sql);

    await q.query(`
      CREATE TABLE consultation_consultant (
        consultation_id varchar(36) NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
        consultant_id varchar(36) NOT NULL REFERENCES consultant (id),
        position integer NOT NULL,
        PRIMARY KEY (consultation_id, consultant_id)
      )`);
    await q.query(`CREATE INDEX consultation_consultant_by ON consultation_consultant (consultant_id, consultation_id)`);

    await q.query(`
      CREATE TABLE consultation_revision (
        id varchar(36) PRIMARY KEY NOT NULL,
        consultation_id varchar(36) NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
        version integer NOT NULL,
        reason text NULL,
        snapshot text NOT NULL,
        created_at varchar NOT NULL,
        created_by varchar(36) NULL,
        UNIQUE (consultation_id, version)
      )`);

    await q.query(`
      CREATE TABLE consultation_sequence (
        desk_code varchar NOT NULL,
        period varchar(7) NOT NULL,
        last_seq integer NOT NULL,
        PRIMARY KEY (desk_code, period)
      )`);

    await q.query(`
      CREATE TABLE follow_up (
        id varchar(36) PRIMARY KEY NOT NULL,
        business_id varchar(36) NOT NULL REFERENCES business (id),
        consultation_id varchar(36) NULL REFERENCES consultation (id),
        action_item_id varchar(36) NULL,
        title varchar NOT NULL,
        due_date varchar(10) NOT NULL,
        due_time varchar(5) NULL,
        assignee varchar NOT NULL CHECK (assignee IN ('business', 'consultant')),
        consultant_id varchar(36) NULL REFERENCES consultant (id),
        status varchar NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
        outcome text NULL,
        cancel_reason text NULL,
        completed_at varchar NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    const followUpIndexes = [
      'CREATE INDEX follow_up_due ON follow_up (deleted_at, status, due_date)',
      'CREATE INDEX follow_up_business ON follow_up (business_id, due_date)',
      'CREATE INDEX follow_up_consultation ON follow_up (consultation_id)',
      'CREATE UNIQUE INDEX follow_up_action_item ON follow_up (consultation_id, action_item_id) WHERE action_item_id IS NOT NULL',
    ];
    for (const sql of followUpIndexes) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['follow_up', 'consultation_sequence', 'consultation_revision', 'consultation_consultant', 'consultation']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
