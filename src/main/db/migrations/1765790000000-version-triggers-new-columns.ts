import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createVersionTriggers } from './version-triggers';

/**
 * The version triggers count changes to the columns added since they were made (a restriction of
 * processing, a child's guardian and consent): a change to those alone is a change of the record
 * that travels, as any other.
 */
export class VersionTriggersNewColumns1765790000000 implements MigrationInterface {
  name = 'VersionTriggersNewColumns1765790000000';

  async up(q: QueryRunner): Promise<void> {
    await createVersionTriggers(q);
  }

  async down(q: QueryRunner): Promise<void> {
    // As they were before: without the columns the migrations before this one added (and drop again).
    await createVersionTriggers(q, {
      business: ['restricted_at'],
      training_participant: ['restricted_at', 'guardian_name', 'guardian_consent_date'],
    });
  }
}
