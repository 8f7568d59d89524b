import type { EntityManager } from 'typeorm';
import type { Region } from '../../../shared/contract';
import { childrenOf, codesUpToDistrict, provinces, regionName } from './region.queries';

/** Kemendagri regions, loaded by migration; small lookups, cached after first use per code. */
export class RegionService {
  private readonly names = new Map<string, string | null>();
  private codes: Promise<Set<string>> | null = null;

  constructor(private readonly db: EntityManager) {}

  async children(parentCode: string | null): Promise<Region[]> {
    return parentCode === null ? provinces(this.db) : childrenOf(this.db, parentCode);
  }

  /** Province, regency and district codes (about 7,800), for checks that must run synchronously. */
  knownCodes(): Promise<Set<string>> {
    this.codes ??= codesUpToDistrict(this.db).then((codes) => new Set(codes));
    return this.codes;
  }

  async exists(code: string): Promise<boolean> {
    return (await this.name(code)) !== null;
  }

  async name(code: string | null): Promise<string | null> {
    if (!code) return null;
    if (!this.names.has(code)) this.names.set(code, await regionName(this.db, code));
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
