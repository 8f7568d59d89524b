import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reports need to count a month without reading whole tables:
 *
 * - `consultation_final_business`: each business's live finalised consultations by date, so
 *   "is this the business's first consultation ever?" (new clients) is one probe of an index
 *   alone, without reading the rows of drafts and deleted consultations;
 * - `follow_up_done`: completed follow-ups by the instant they were completed, so the follow-ups
 *   done in a period are an index range instead of a scan of every follow-up.
 */
export class ReportSpeed1765180800000 implements MigrationInterface {
  name = 'ReportSpeed1765180800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX consultation_final_business ON consultation (business_id, consultation_date) WHERE status = 'final' AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX follow_up_done ON follow_up (completed_at) WHERE status = 'done' AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX follow_up_done`);
    await q.query(`DROP INDEX consultation_final_business`);
  }
}
