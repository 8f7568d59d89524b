import type { EntityManager } from 'typeorm';
import type { Region } from '../../../shared/contract';

/** The region module's SQL: the Kemendagri table is loaded by migration and only read here. */

export function provinces(db: EntityManager): Promise<Region[]> {
  return db.query(`SELECT code, name FROM region WHERE level = 1 ORDER BY name`);
}

export function childrenOf(db: EntityManager, parentCode: string): Promise<Region[]> {
  return db.query(`SELECT code, name FROM region WHERE parent_code = ? ORDER BY name`, [parentCode]);
}

/** Province, regency and district codes. */
export async function codesUpToDistrict(db: EntityManager): Promise<string[]> {
  const rows: Array<{ code: string }> = await db.query(`SELECT code FROM region WHERE level <= 3`);
  return rows.map((r) => r.code);
}

export async function regionName(db: EntityManager, code: string): Promise<string | null> {
  const rows: Array<{ name: string }> = await db.query(`SELECT name FROM region WHERE code = ?`, [code]);
  return rows[0]?.name ?? null;
}

/** Every region of one level (2: kabupaten/kota, 3: kecamatan), unordered: for matching names typed in a sheet. */
export function regionsAtLevel(db: EntityManager, level: 2 | 3): Promise<Region[]> {
  return db.query(`SELECT code, name FROM region WHERE level = ?`, [level]);
}
