import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Levels of the Kemendagri hierarchy. */
export const REGION_LEVEL = { province: 1, regency: 2, district: 3, village: 4 } as const;

const FILES = [
  ['provinces.csv', REGION_LEVEL.province, null],
  ['regencies.csv', REGION_LEVEL.regency, 'province_code'],
  ['districts.csv', REGION_LEVEL.district, 'regency_code'],
  ['villages.csv', REGION_LEVEL.village, 'district_code'],
] as const;

const BATCH = 2000;

/**
 * All of Indonesia's provinces, regencies, districts and villages (idn-area-data, ODbL), read from
 * resources/regions. A factory, because where resources live differs between the shells.
 */
export function regionsMigration(resourcesDir: string) {
  return class Regions1764403200000 implements MigrationInterface {
    name = 'Regions1764403200000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE region (
          code varchar(13) PRIMARY KEY NOT NULL,
          parent_code varchar(8) NULL,
          level integer NOT NULL,
          name varchar NOT NULL
        )`);
      await q.query(`CREATE INDEX region_parent ON region (parent_code, name)`);
      for (const [file, level, parentColumn] of FILES) {
        const rows = parse(readFileSync(join(resourcesDir, 'regions', file)), { columns: true, skip_empty_lines: true }) as Array<
          Record<string, string>
        >;
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = rows.slice(i, i + BATCH);
          const params: Array<string | number | null> = [];
          for (const r of batch) params.push(r['code'] ?? '', parentColumn ? (r[parentColumn] ?? null) : null, level, r['name'] ?? '');
          await q.query(`INSERT INTO region (code, parent_code, level, name) VALUES ${batch.map(() => '(?, ?, ?, ?)').join(', ')}`, params);
        }
      }
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE region`);
    }
  };
}
