import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainings (Pelatihan) with their participants and attendance per day; impact milestones per
 * business; and follow-ups that belong to a training's participant (the check-in "sudah mulai
 * usaha?"), which a calon wirausaha without a business profile can have: follow_up.business_id
 * becomes nullable, so the table is rebuilt the way SQLite documents (new table, copy, drop,
 * rename, then its indexes and triggers again from their stored SQL).
 */
/** follow_up's columns as the version before made them, in order; business_id's nullability is what changes. */
function followUpColumns(businessId: 'NULL' | 'NOT NULL'): string[] {
  return [
    'id varchar(36) PRIMARY KEY NOT NULL',
    `business_id varchar(36) ${businessId} REFERENCES business (id)`,
    'consultation_id varchar(36) NULL REFERENCES consultation (id)',
    'action_item_id varchar(36) NULL',
    'title varchar NOT NULL',
    'due_date varchar(10) NOT NULL',
    'due_time varchar(5) NULL',
    "assignee varchar NOT NULL CHECK (assignee IN ('business', 'consultant'))",
    'consultant_id varchar(36) NULL REFERENCES consultant (id)',
    "status varchar NOT NULL CHECK (status IN ('open', 'done', 'cancelled'))",
    'outcome text NULL',
    'cancel_reason text NULL',
    'completed_at varchar NULL',
    'created_at varchar NOT NULL',
    'updated_at varchar NOT NULL',
    'deleted_at varchar NULL',
    'updated_by varchar(36) NULL',
    'due_at varchar NULL',
    'snoozed_until varchar NULL',
    'effective_at varchar NULL',
    'remind_at varchar NULL',
    'notified_at varchar NULL',
  ];
}

/** The columns copied across a rebuild, both ways: those the table had before. */
const copied = followUpColumns('NULL')
  .map((definition) => definition.split(' ')[0])
  .join(', ');

/** Laid out as the statement was written before, since SQLite keeps its text as the table's schema. */
const createTable = (name: string, definitions: string[]) => `CREATE TABLE ${name} (\n${definitions.map((d) => `        ${d}`).join(',\n')}\n      )`;

export class TrainingsImpact1765094400000 implements MigrationInterface {
  name = 'TrainingsImpact1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training (
        id varchar(36) PRIMARY KEY NOT NULL,
        title varchar NOT NULL,
        topic varchar NOT NULL,
        topic_text varchar NULL,
        start_date varchar(10) NOT NULL,
        end_date varchar(10) NOT NULL CHECK (end_date >= start_date),
        regency_code varchar NULL,
        district_code varchar NULL,
        venue varchar NULL,
        trainers text NOT NULL DEFAULT '[]',
        organiser varchar NULL,
        funding_source varchar NULL,
        funding_note varchar NULL,
        capacity integer NULL CHECK (capacity IS NULL OR capacity > 0),
        notes text NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    await q.query('CREATE INDEX training_live_start ON training (deleted_at, start_date)');
    await q.query('CREATE INDEX training_regency ON training (regency_code, start_date)');

    await q.query(`
      CREATE TABLE training_participant (
        id varchar(36) PRIMARY KEY NOT NULL,
        training_id varchar(36) NOT NULL REFERENCES training (id),
        name varchar NOT NULL,
        gender varchar NULL CHECK (gender IS NULL OR gender IN ('L', 'P')),
        birth_date varchar(10) NULL,
        age integer NULL CHECK (age IS NULL OR age BETWEEN 0 AND 130),
        phone varchar NULL,
        regency_code varchar NULL,
        has_business integer NOT NULL DEFAULT 0,
        business_id varchar(36) NULL REFERENCES business (id),
        business_name varchar NULL,
        converted_at varchar NULL,
        notes text NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    await q.query('CREATE INDEX training_participant_training ON training_participant (training_id, name)');
    await q.query('CREATE INDEX training_participant_business ON training_participant (business_id) WHERE business_id IS NOT NULL');
    await q.query('CREATE INDEX training_participant_phone ON training_participant (phone) WHERE phone IS NOT NULL');

    await q.query(`
      CREATE TABLE training_attendance (
        participant_id varchar(36) NOT NULL REFERENCES training_participant (id) ON DELETE CASCADE,
        day varchar(10) NOT NULL,
        created_at varchar NOT NULL,
        updated_by varchar(36) NULL,
        PRIMARY KEY (participant_id, day)
      )`);

    await q.query(`
      CREATE TABLE impact_milestone (
        id varchar(36) PRIMARY KEY NOT NULL,
        business_id varchar(36) NOT NULL REFERENCES business (id),
        kind varchar NOT NULL CHECK (kind IN ('business_started', 'jobs', 'sales', 'capital', 'permit', 'market')),
        milestone_date varchar(10) NOT NULL,
        consultation_id varchar(36) NULL REFERENCES consultation (id),
        training_id varchar(36) NULL REFERENCES training (id),
        evidence text NULL,
        note text NULL,
        job_kind varchar NULL,
        men integer NULL CHECK (men IS NULL OR men >= 0),
        women integer NULL CHECK (women IS NULL OR women >= 0),
        sales_before integer NULL CHECK (sales_before IS NULL OR sales_before >= 0),
        sales_after integer NULL CHECK (sales_after IS NULL OR sales_after >= 0),
        capital_source varchar NULL,
        amount integer NULL CHECK (amount IS NULL OR amount >= 0),
        permit_kind varchar NULL,
        channel varchar NULL,
        channel_name varchar NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    await q.query('CREATE INDEX impact_milestone_business ON impact_milestone (business_id, milestone_date)');
    await q.query('CREATE INDEX impact_milestone_live_date ON impact_milestone (milestone_date) WHERE deleted_at IS NULL');

    // follow_up: business_id nullable, and the participant and training a check-in belongs to.
    const dependents = (await q.query(
      `SELECT sql FROM sqlite_master WHERE tbl_name = 'follow_up' AND type IN ('index', 'trigger') AND sql IS NOT NULL`,
    )) as Array<{ sql: string }>;
    await q.query(
      createTable('follow_up_new', [
        ...followUpColumns('NULL'),
        'participant_id varchar(36) NULL REFERENCES training_participant (id)',
        'training_id varchar(36) NULL REFERENCES training (id)',
        'CHECK (business_id IS NOT NULL OR participant_id IS NOT NULL)',
      ]),
    );
    await q.query(`INSERT INTO follow_up_new (${copied}) SELECT ${copied} FROM follow_up`);
    await q.query('DROP TABLE follow_up');
    await q.query('ALTER TABLE follow_up_new RENAME TO follow_up');
    for (const { sql } of dependents) await q.query(sql);
    await q.query('CREATE INDEX follow_up_participant ON follow_up (participant_id) WHERE participant_id IS NOT NULL');
    await q.query('CREATE INDEX follow_up_training ON follow_up (training_id) WHERE training_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    const dependents = (await q.query(
      `SELECT sql FROM sqlite_master WHERE tbl_name = 'follow_up' AND type IN ('index', 'trigger') AND sql IS NOT NULL
         AND name NOT IN ('follow_up_participant', 'follow_up_training')`,
    )) as Array<{ sql: string }>;
    await q.query(`DELETE FROM follow_up WHERE business_id IS NULL`);
    await q.query(`ALTER TABLE follow_up RENAME TO follow_up_old`);
    await q.query(createTable('follow_up', followUpColumns('NOT NULL')));
    await q.query(`INSERT INTO follow_up (${copied}) SELECT ${copied} FROM follow_up_old`);
    await q.query('DROP TABLE follow_up_old');
    for (const { sql } of dependents) await q.query(sql);
    for (const table of ['impact_milestone', 'training_attendance', 'training_participant', 'training']) await q.query(`DROP TABLE ${table}`);
  }
}
