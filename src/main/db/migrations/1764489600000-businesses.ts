import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business profiles, their tags, "not a duplicate" decisions, and a full-text index kept in step by
 * triggers. The index is contentless (it stores no copy of the text) and also holds the owner's
 * phone in the forms people type it: `+62812…`, `0812…` and `812…`.
 */
export class Businesses1764489600000 implements MigrationInterface {
  name = 'Businesses1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business (
        id varchar(36) PRIMARY KEY NOT NULL,
        name varchar NOT NULL,
        name_key varchar NOT NULL,
        brand varchar NULL,
        owner_name varchar NULL,
        owner_name_key varchar NULL,
        owner_nik varchar(16) NULL,
        owner_gender varchar(1) NULL,
        owner_birth_date varchar(10) NULL,
        owner_phone varchar NULL,
        owner_phone_is_whatsapp boolean NOT NULL DEFAULT 1,
        owner_email varchar NULL,
        address varchar NULL,
        province_code varchar(2) NULL,
        regency_code varchar(5) NULL,
        district_code varchar(8) NULL,
        village_code varchar(13) NULL,
        kbli_code varchar(5) NULL,
        kbli_category varchar(1) NULL,
        sector_text varchar NULL,
        products varchar NULL,
        year_started integer NULL,
        legal_form varchar NULL,
        status varchar NOT NULL,
        nib varchar(13) NULL,
        pirt_number varchar NULL,
        pirt_issued_at varchar(10) NULL,
        pirt_expires_at varchar(10) NULL,
        halal_number varchar NULL,
        halal_issued_at varchar(10) NULL,
        halal_expires_at varchar(10) NULL,
        bpom_number varchar NULL,
        merek_number varchar NULL,
        employees_male integer NULL,
        employees_female integer NULL,
        modal_usaha integer NULL,
        annual_sales integer NULL,
        scale varchar NULL,
        sales_channels text NOT NULL DEFAULT '[]',
        tags text NOT NULL DEFAULT '[]',
        notes text NULL,
        merged_into_id varchar(36) NULL REFERENCES business (id),
        personal_data_erased_at varchar NULL,
        created_at varchar NOT NULL,
        updated_at varchar NOT NULL,
        deleted_at varchar NULL,
        updated_by varchar(36) NULL
      )`);
    const indexes = [
      'CREATE INDEX business_live_name ON business (deleted_at, name COLLATE NOCASE)',
      'CREATE INDEX business_name_key ON business (name_key)',
      'CREATE INDEX business_owner_name_key ON business (owner_name_key)',
      'CREATE INDEX business_regency_name ON business (deleted_at, regency_code, name COLLATE NOCASE)',
      'CREATE INDEX business_district_name ON business (deleted_at, district_code, name COLLATE NOCASE)',
      'CREATE INDEX business_updated ON business (deleted_at, updated_at)',
      'CREATE INDEX business_created ON business (deleted_at, created_at)',
      'CREATE INDEX business_nik ON business (owner_nik) WHERE owner_nik IS NOT NULL',
      'CREATE INDEX business_nib ON business (nib) WHERE nib IS NOT NULL',
      'CREATE INDEX business_phone ON business (owner_phone) WHERE owner_phone IS NOT NULL',
      'CREATE INDEX business_kbli ON business (kbli_category, kbli_code)',
      'CREATE INDEX business_pirt_expiry ON business (pirt_expires_at) WHERE pirt_expires_at IS NOT NULL',
      'CREATE INDEX business_halal_expiry ON business (halal_expires_at) WHERE halal_expires_at IS NOT NULL',
    ];
    for (const sql of indexes) await q.query(sql);

    await q.query(`
      CREATE TABLE business_tag (
        business_id varchar(36) NOT NULL REFERENCES business (id) ON DELETE CASCADE,
        tag varchar NOT NULL,
        PRIMARY KEY (business_id, tag)
      )`);
    await q.query(`CREATE INDEX business_tag_tag ON business_tag (tag, business_id)`);

    await q.query(`
      CREATE TABLE business_not_duplicate (
        a_id varchar(36) NOT NULL,
        b_id varchar(36) NOT NULL,
        created_at varchar NOT NULL,
        updated_by varchar(36) NULL,
        PRIMARY KEY (a_id, b_id)
      )`);

    await q.query(`
      CREATE VIRTUAL TABLE business_fts USING fts5(
        name, brand, owner_name, phone, nib, products, tags,
        content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
      )`);
    const ftsValues = (r: string) => `
        ${r}.rowid, ${r}.name, coalesce(${r}.brand, ''), coalesce(${r}.owner_name, ''),
        CASE WHEN ${r}.owner_phone LIKE '+62%'
          THEN substr(${r}.owner_phone, 2) || ' 0' || substr(${r}.owner_phone, 4) || ' ' || substr(${r}.owner_phone, 4)
          ELSE coalesce(${r}.owner_phone, '') END,
        coalesce(${r}.nib, ''), coalesce(${r}.products, ''),
        (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(${r}.tags))`;
    const columns = 'rowid, name, brand, owner_name, phone, nib, products, tags';
    await q.query(`
      CREATE TRIGGER business_fts_insert AFTER INSERT ON business BEGIN
        INSERT INTO business_fts (${columns}) VALUES (${ftsValues('new')});
      END`);
    await q.query(`
      CREATE TRIGGER business_fts_update AFTER UPDATE OF name, brand, owner_name, owner_phone, nib, products, tags ON business BEGIN
        DELETE FROM business_fts WHERE rowid = old.rowid;
        INSERT INTO business_fts (${columns}) VALUES (${ftsValues('new')});
      END`);
    await q.query(`
      CREATE TRIGGER business_fts_delete AFTER DELETE ON business BEGIN
        DELETE FROM business_fts WHERE rowid = old.rowid;
      END`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['business_fts_insert', 'business_fts_update', 'business_fts_delete']) await q.query(`DROP TRIGGER ${t}`);
    await q.query(`DROP TABLE business_fts`);
    await q.query(`DROP TABLE business_not_duplicate`);
    await q.query(`DROP TABLE business_tag`);
    await q.query(`DROP TABLE business`);
  }
}
