import type { Region } from '../../../shared/contract';
import { jaroWinkler } from '../../../shared/domain/names';
import { foldText } from '../../../shared/domain/text';

/** Short names people write for East Kalimantan's regencies and cities. */
const ALIASES: Record<string, string> = {
  kukar: 'kutai kartanegara',
  kubar: 'kutai barat',
  kutim: 'kutai timur',
  ppu: 'penajam paser utara',
  penajam: 'penajam paser utara',
  mahulu: 'mahakam ulu',
  bpp: 'balikpapan',
  bpn: 'balikpapan',
  smd: 'samarinda',
  btg: 'bontang',
  pasir: 'paser',
  tenggarong: 'kutai kartanegara',
  sangatta: 'kutai timur',
  sendawar: 'kutai barat',
  'tanjung redeb': 'berau',
  'tanah grogot': 'paser',
};

const KIND_WORDS: Array<[RegExp, 'kota' | 'kabupaten']> = [
  [/^(?:kota administrasi|kota adm|kotamadya|kodya|kota|city of)\s+/, 'kota'],
  [/^(?:kabupaten administrasi|kab adm|kabupaten|kab)\s+/, 'kabupaten'],
];

interface Regency {
  code: string;
  name: string;
  kind: 'kota' | 'kabupaten';
  /** Folded name without "Kota"/"Kabupaten". */
  base: string;
}

function fold(raw: string): string {
  return foldText(raw)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitKind(folded: string): { kind: 'kota' | 'kabupaten' | null; base: string } {
  for (const [re, kind] of KIND_WORDS) if (re.test(folded)) return { kind, base: folded.replace(re, '') };
  return { kind: null, base: folded };
}

/**
 * Finds the regency a consultant's sheet names: "Samarinda" → Kota Samarinda, "Kab. Kutai Kartanegara"
 * or "Kukar" → Kabupaten Kutai Kartanegara. A name both a kota and a kabupaten carry (Bandung) is
 * settled by the word before it or by the office's province; a district's name ("Samarinda Ulu")
 * gives its regency when only one district is called so; a small typo is forgiven within the
 * office's province. Answers null when the name cannot be settled.
 */
export class RegencyMatcher {
  private regencies: Regency[] | null = null;
  private districts: Array<{ regencyCode: string; base: string }> | null = null;
  private readonly cache = new Map<string, string | null>();

  constructor(
    /** The regions of a level, from the regions module. */
    private readonly regionsAt: (level: 2 | 3) => Promise<Region[]>,
    private readonly officeProvince: string | null,
  ) {}

  private async loadRegencies(): Promise<Regency[]> {
    if (!this.regencies) {
      const rows = await this.regionsAt(2);
      this.regencies = rows.map((r) => {
        const { kind, base } = splitKind(fold(r.name));
        return { code: r.code, name: r.name, kind: kind ?? 'kabupaten', base };
      });
    }
    return this.regencies;
  }

  private async loadDistricts(): Promise<Array<{ regencyCode: string; base: string }>> {
    if (!this.districts) {
      const rows = await this.regionsAt(3);
      this.districts = rows.map((r) => ({ regencyCode: r.code.slice(0, 5), base: fold(r.name) }));
    }
    return this.districts;
  }

  private settle<T extends { code?: string; regencyCode?: string }>(found: T[]): T | null {
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1 && this.officeProvince) {
      const home = found.filter((f) => (f.code ?? f.regencyCode ?? '').startsWith(`${this.officeProvince}.`));
      if (home.length === 1) return home[0] ?? null;
    }
    return null;
  }

  async match(raw: string): Promise<string | null> {
    const key = fold(raw);
    if (!this.cache.has(key)) this.cache.set(key, await this.find(raw));
    return this.cache.get(key) ?? null;
  }

  private async find(raw: string): Promise<string | null> {
    const regencies = await this.loadRegencies();
    const code = raw.trim();
    if (/^\d{2}\.\d{2}$/.test(code)) return regencies.some((r) => r.code === code) ? code : null;
    // "Samarinda, Kalimantan Timur": the regency is before the first comma.
    const head = fold(raw.split(',')[0] ?? '');
    if (!head) return null;
    const split = splitKind(head);
    const base = ALIASES[split.base] ?? split.base;
    const kind = split.kind;
    const named = regencies.filter((r) => r.base === base && (kind === null || r.kind === kind));
    const byName = this.settle(named);
    if (byName) return byName.code;
    if (named.length > 1) return null;
    if (kind === null) {
      const districts = (await this.loadDistricts()).filter((d) => d.base === base);
      const district = this.settle(districts);
      if (district) return district.regencyCode;
    }
    if (this.officeProvince && base.length >= 5) {
      const near = regencies
        .filter((r) => r.code.startsWith(`${this.officeProvince}.`) && (kind === null || r.kind === kind))
        .map((r) => ({ r, score: jaroWinkler(base, r.base) }))
        .filter((x) => x.score >= 0.9)
        .sort((a, b) => b.score - a.score);
      const [best, second] = near;
      if (best && (!second || second.score < best.score)) return best.r.code;
    }
    return null;
  }
}
