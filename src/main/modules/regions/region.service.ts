import type { DataSource } from 'typeorm';

export interface Region {
  code: string;
  name: string;
}

/** Kemendagri regions, loaded by migration; small lookups, cached after first use per code. */
export class RegionService {
  private readonly names = new Map<string, string | null>();
  private codes: Promise<Set<string>> | null = null;

  constructor(private readonly ds: DataSource) {}

  async children(parentCode: string | null): Promise<Region[]> {
    return parentCode === null
      ? this.ds.query(`SELECT code, name FROM region WHERE level = 1 ORDER BY name`)
      : this.ds.query(`SELECT code, name FROM region WHERE parent_code = ? ORDER BY name`, [parentCode]);
  }

  /** Province, regency and district codes (about 7,800), for checks that must run synchronously. */
  knownCodes(): Promise<Set<string>> {
    this.codes ??= this.ds
      .query(`SELECT code FROM region WHERE level <= 3`)
      .then((rows: Array<{ code: string }>) => new Set(rows.map((r) => r.code)));
    return this.codes;
  }

  async exists(code: string): Promise<boolean> {
    return (await this.name(code)) !== null;
  }

  async name(code: string | null): Promise<string | null> {
    if (!code) return null;
    if (!this.names.has(code)) {
      const rows: Array<{ name: string }> = await this.ds.query(`SELECT name FROM region WHERE code = ?`, [code]);
      this.names.set(code, rows[0]?.name ?? null);
    }
    return this.names.get(code) ?? null;
  }

  /** Every code of the chain exists; returns the first field whose code is unknown. */
  async firstUnknown(codes: Record<string, string | null>): Promise<string | null> {
    for (const [field, code] of Object.entries(codes)) {
      if (code && !(await this.exists(code))) return field;
    }
    return null;
  }
}
