import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_TABLES, createVersionTriggers, dropVersionTriggers } from './version-triggers';

/**
 * Versions that do not trust clocks, for records that travel between desks (transfer module):
 *
 * - `desk_clock`: this desk's short name in version vectors (from its office row's id), its local
 *   change sequence, and the switch an import turns on while it writes what a package brings.
 * - `record_version`: per record a version vector, the local sequence of its last change (what an
 *   incremental package selects), whether it was deleted (a tombstone), and the desk its version
 *   came from (null: made here), so that a package of changes does not send a desk its own.
 * - `transfer_conflict`: records changed at two desks concurrently, parked with the incoming version
 *   until someone decides field by field (the Konflik inbox).
 * - `transfer_peer`: the desks this desk has heard from: how far it has applied their changes and
 *   how far they have acknowledged its own (for incremental packages).
 * - `office_key`: the key that encrypts packages between the office's own desks.
 *
 * Existing records get a version: a record not changed since it was last received from another
 * desk (its `updated_at` is its `transfer_base`) the empty vector, which any version of another desk
 * supersedes; every other record one change by this desk. `transfer_base` (versions by wall clock)
 * goes.
 */
export class RecordVersions1765700000000 implements MigrationInterface {
  name = 'RecordVersions1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE desk_clock (
        id integer PRIMARY KEY NOT NULL CHECK (id = 1),
        desk_id varchar NOT NULL,
        seq integer NOT NULL DEFAULT 0,
        applying integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      INSERT INTO desk_clock (id, desk_id, seq, applying)
      SELECT 1, lower(substr(replace(id, '-', ''), 1, 12)), 1, 0 FROM office_profile ORDER BY created_at LIMIT 1`);
    await q.query(`
      CREATE TABLE record_version (
        entity varchar NOT NULL,
        record_key varchar NOT NULL,
        vv varchar NOT NULL,
        seq integer NOT NULL,
        deleted integer NOT NULL DEFAULT 0,
        received_from varchar NULL,
        PRIMARY KEY (entity, record_key)
      ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX record_version_seq ON record_version (seq)`);
    // A package of changes asks for a table's tombstones since a sequence: few, found without a scan.
    await q.query(`CREATE INDEX record_version_tombstone ON record_version (entity, seq) WHERE deleted = 1`);
    for (const { table, key } of VERSIONED_TABLES) {
      const k = key('NEW').replaceAll('NEW.', 't.');
      const versioned = (await q.query(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = 'updated_at'`)).length > 0;
      const vv = versioned
        ? `CASE WHEN tb.base_updated_at = t.updated_at THEN '{}' ELSE json_object((SELECT desk_id FROM desk_clock), 1) END`
        : `json_object((SELECT desk_id FROM desk_clock), 1)`;
      const join = versioned ? `LEFT JOIN transfer_base tb ON tb.entity = '${table}' AND tb.record_id = t.id` : '';
      await q.query(`INSERT INTO record_version (entity, record_key, vv, seq, deleted) SELECT '${table}', ${k}, ${vv}, 1, 0 FROM ${table} t ${join}`);
    }
    await q.query(`DROP TABLE transfer_base`);
    await q.query(`
      CREATE TABLE transfer_conflict (
        id varchar(36) PRIMARY KEY NOT NULL,
        entity varchar NOT NULL,
        record_key varchar NOT NULL,
        local_vv varchar NOT NULL,
        incoming_vv varchar NOT NULL,
        incoming_line text NOT NULL,
        from_desk_code varchar NULL,
        detected_at varchar NOT NULL,
        status varchar NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'superseded')),
        decided_at varchar NULL,
        decided_by varchar(36) NULL
      )`);
    await q.query(`CREATE INDEX transfer_conflict_record ON transfer_conflict (entity, record_key, status)`);
    await q.query(`CREATE INDEX transfer_conflict_open ON transfer_conflict (status, detected_at)`);
    await q.query(`
      CREATE TABLE transfer_peer (
        desk_id varchar PRIMARY KEY NOT NULL,
        desk_code varchar NULL,
        office_name varchar NULL,
        received_seq integer NOT NULL DEFAULT 0,
        acked_seq integer NOT NULL DEFAULT 0,
        last_package_at varchar NULL
      )`);
    await q.query(`
      CREATE TABLE office_key (
        id integer PRIMARY KEY NOT NULL CHECK (id = 1),
        secret varchar NOT NULL,
        fingerprint varchar NOT NULL,
        office_name varchar NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        updated_by varchar(36) NULL
      )`);
    await createVersionTriggers(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropVersionTriggers(q);
    await q.query(`
      CREATE TABLE transfer_base (
        entity varchar NOT NULL,
        record_id varchar(36) NOT NULL,
        base_updated_at varchar NOT NULL,
        PRIMARY KEY (entity, record_id)
      )`);
    await q.query(`DROP TABLE office_key`);
    await q.query(`DROP TABLE transfer_peer`);
    await q.query(`DROP TABLE transfer_conflict`);
    await q.query(`DROP TABLE record_version`);
    await q.query(`DROP TABLE desk_clock`);
  }
}
