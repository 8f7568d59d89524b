import type { MigrationInterface, QueryRunner } from 'typeorm';
import { businessNameIndexWords, personNameIndexWords } from '../../../shared/domain/person-name';

/**
 * Why: the duplicate check has to find "H. Abdul Rahman" when "Haji Abd. Rahman" is typed, and
 * "Sukarno" for "Soekarno". The full-text index holds the words as written, so no lookup in it can
 * see through titles, short forms or the old spelling, and scoring every profile instead would be
 * a scan of 350,000 rows on every keystroke.
 *
 * So each profile keeps the keys of its business name and owner name (`name_words`,
 * `owner_name_words`: space-separated, from `shared/domain/person-name`), and a second contentless
 * full-text index holds those keys and the profile's kecamatan (`place`, as `d` and the code's
 * digits), kept in step by triggers. A candidate is then a few index lookups: all keys of the typed
 * name, or any distinctive key within the same kecamatan. A change to how keys are made needs a
 * migration like this one that computes them again.
 */
export class NameVariants1765447200000 implements MigrationInterface {
  name = 'NameVariants1765447200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE business ADD COLUMN name_words varchar NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE business ADD COLUMN owner_name_words varchar NOT NULL DEFAULT ''`);
    // The keys are made in TypeScript; rows are read and written a batch at a time by rowid.
    let after = 0;
    for (;;) {
      const rows: Array<{ rowid: number; name: string; owner_name: string | null }> = await q.query(
        `SELECT rowid, name, owner_name FROM business WHERE rowid > ? ORDER BY rowid LIMIT 2000`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.rowid;
      const keyed = rows.map((r) => [r.rowid, businessNameIndexWords(r.name), personNameIndexWords(r.owner_name)]);
      await q.query(
        `UPDATE business SET name_words = json_extract(j.value, '$[1]'), owner_name_words = json_extract(j.value, '$[2]')
         FROM json_each(?) j WHERE business.rowid = json_extract(j.value, '$[0]')`,
        [JSON.stringify(keyed)],
      );
    }
    await q.query(`
      CREATE VIRTUAL TABLE business_name_fts USING fts5(
        name_words, owner_words, place, content='', contentless_delete=1, tokenize='unicode61'
      )`);
    const values = (r: string) => `${r}.rowid, ${r}.name_words, ${r}.owner_name_words, 'd' || replace(coalesce(${r}.district_code, ''), '.', '')`;
    const columns = 'rowid, name_words, owner_words, place';
    await q.query(`INSERT INTO business_name_fts (${columns}) SELECT ${values('b')} FROM business b`);
    await q.query(`
      CREATE TRIGGER business_name_fts_insert AFTER INSERT ON business BEGIN
        INSERT INTO business_name_fts (${columns}) VALUES (${values('new')});
      END`);
    await q.query(`
      CREATE TRIGGER business_name_fts_update AFTER UPDATE OF name_words, owner_name_words, district_code ON business BEGIN
        DELETE FROM business_name_fts WHERE rowid = old.rowid;
        INSERT INTO business_name_fts (${columns}) VALUES (${values('new')});
      END`);
    await q.query(`
      CREATE TRIGGER business_name_fts_delete AFTER DELETE ON business BEGIN
        DELETE FROM business_name_fts WHERE rowid = old.rowid;
      END`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['business_name_fts_insert', 'business_name_fts_update', 'business_name_fts_delete']) await q.query(`DROP TRIGGER ${t}`);
    await q.query(`DROP TABLE business_name_fts`);
    await q.query(`ALTER TABLE business DROP COLUMN owner_name_words`);
    await q.query(`ALTER TABLE business DROP COLUMN name_words`);
  }
}
