/**
 * The benchmark database: N realistic business profiles, generated deterministically from a seed
 * and written straight into a database whose schema was made by the app's own migrations.
 *
 * The rows have the shape BusinessService writes (name_key via normalizeName, the name keys of the
 * duplicate check via shared/domain/person-name, kbli_category,
 * scale via classifyScale, JSON arrays, ISO timestamps, business_tag mirrored), and the FTS index
 * is kept by the migration's own triggers, so the search index is the one the app would have built.
 * Databases are cached under bench/.data keyed by N, seed, schema version and generator version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SALES_CHANNELS } from '../src/shared/contract';
import { kbliByCode, kbliCategoryOf, KBLI_ENTRIES } from '../src/shared/domain/kbli';
import { normalizeName } from '../src/shared/domain/names';
import { businessNameIndexWords, personNameIndexWords } from '../src/shared/domain/person-name';
import { classifyScale } from '../src/shared/domain/scale';
import { databasePath, openDatabase } from '../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../src/main/db/migrations';
import { RawDb } from './lib/floor';
import { Rng, Weighted } from './lib/prng';
import { nowMs } from './lib/stats';
import {
  AREA_CODES,
  BLESSING_PAIRS,
  BLESSINGS,
  BUSINESS_KINDS,
  CHRISTIAN_GIVEN,
  DAYAK_SURNAMES,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_SURNAMES,
  HONORIFICS,
  LEGAL_PREFIXES,
  MALE_GIVEN,
  MOBILE_PREFIXES,
  NON_NICK_NAMES,
  NOTES,
  PLACES,
  SPECIALITY_PLACES,
  STREETS,
  SYLLABLES,
  TAGS,
  type BusinessKind,
} from './lib/words';

/** Bump when the generated rows change, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20_260_630;

/** Generated timestamps fall in this window, fixed so the output does not depend on today. */
const EPOCH_START = Date.UTC(2019, 0, 1);
const EPOCH_END = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

/** Population (thousands, BPS 2023, rounded) of Kaltim's kabupaten/kota: where profiles land. */
const KALTIM_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['64.72', 840], // Kota Samarinda
  ['64.02', 760], // Kab. Kutai Kartanegara
  ['64.71', 740], // Kota Balikpapan
  ['64.08', 440], // Kab. Kutai Timur
  ['64.01', 300], // Kab. Paser
  ['64.03', 270], // Kab. Berau
  ['64.09', 190], // Kab. Penajam Paser Utara
  ['64.74', 190], // Kota Bontang
  ['64.07', 170], // Kab. Kutai Barat
  ['64.11', 38], // Kab. Mahakam Ulu
];

/** Where the 15% from outside Kaltim come from: neighbours and the big migrant origins. */
const OTHER_PROVINCE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['63', 25], // Kalimantan Selatan
  ['73', 20], // Sulawesi Selatan
  ['35', 12], // Jawa Timur
  ['65', 10], // Kalimantan Utara
  ['62', 8], // Kalimantan Tengah
  ['33', 8], // Jawa Tengah
  ['32', 5], // Jawa Barat
  ['31', 3], // DKI Jakarta
  ['72', 3], // Sulawesi Tengah
  ['74', 3], // Sulawesi Tenggara
  ['*', 3], // anywhere else
];

/** The columns written, in order; every NOT NULL column of `business` is among them. */
const COLUMNS = [
  'id', 'name', 'name_key', 'name_words', 'brand', 'owner_name', 'owner_name_key', 'owner_name_words', 'owner_nik', 'owner_gender', 'owner_birth_date',
  'owner_phone', 'owner_phone_is_whatsapp', 'owner_email', 'address', 'province_code', 'regency_code', 'district_code',
  'village_code', 'kbli_code', 'kbli_category', 'sector_text', 'products', 'year_started', 'legal_form', 'status', 'nib',
  'pirt_number', 'pirt_issued_at', 'pirt_expires_at', 'halal_number', 'halal_issued_at', 'halal_expires_at', 'bpom_number',
  'merek_number', 'employees_male', 'employees_female', 'modal_usaha', 'annual_sales', 'scale', 'sales_channels', 'tags',
  'notes', 'merged_into_id', 'personal_data_erased_at', 'created_at', 'updated_at', 'deleted_at', 'updated_by',
] as const;

type Column = (typeof COLUMNS)[number];
type Value = string | number | null;
export type ProfileRow = Record<Column, Value>;

interface Regions {
  /** Districts (`64.72.01`) of each regency (`64.72`). */
  districtsByRegency: Map<string, string[]>;
  /** Districts of each province (`64`). */
  districtsByProvince: Map<string, string[]>;
  villagesByDistrict: Map<string, string[]>;
  provinces: string[];
  allDistricts: string[];
}

async function loadRegions(db: { query(sql: string): Promise<unknown> }): Promise<Regions> {
  const rows = (await db.query(`SELECT code, parent_code, level FROM region WHERE level IN (1, 3, 4) ORDER BY code`)) as Array<{
    code: string;
    parent_code: string | null;
    level: number;
  }>;
  const regions: Regions = {
    districtsByRegency: new Map(),
    districtsByProvince: new Map(),
    villagesByDistrict: new Map(),
    provinces: [],
    allDistricts: [],
  };
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const r of rows) {
    if (r.level === 1) regions.provinces.push(r.code);
    else if (r.level === 3 && r.parent_code) {
      push(regions.districtsByRegency, r.parent_code, r.code);
      push(regions.districtsByProvince, r.code.slice(0, 2), r.code);
      regions.allDistricts.push(r.code);
    } else if (r.level === 4 && r.parent_code) push(regions.villagesByDistrict, r.parent_code, r.code);
  }
  for (const [code] of KALTIM_WEIGHTS) {
    if (!regions.districtsByRegency.get(code)?.length) throw new Error(`region data has no districts for ${code}`);
  }
  return regions;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/** "Kue" + "Kering" style heads are title-cased already; products are lower-case lists. */
function capitalize(word: string): string {
  return word.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
}

/**
 * Makes one profile after another from a single PRNG stream: the same seed always gives the same
 * profiles in the same order, whatever the batch sizes of the writer.
 */
export class ProfileGenerator {
  private readonly kinds: Weighted<BusinessKind>;
  private readonly kaltim = new Weighted(KALTIM_WEIGHTS);
  private readonly otherProvince = new Weighted(OTHER_PROVINCE_WEIGHTS);
  private readonly usedNibs = new Set<string>();
  private readonly otherEntries = KBLI_ENTRIES.filter((e) => !BUSINESS_KINDS.some((k) => k.kbli === e.code));

  constructor(
    private readonly rng: Rng,
    private readonly regions: Regions,
  ) {
    for (const kind of BUSINESS_KINDS) {
      if (!kbliByCode(kind.kbli)) throw new Error(`KBLI ${kind.kbli} is not in KBLI_ENTRIES`);
    }
    // About one profile in twelve registers under some other curated code.
    this.kinds = new Weighted<BusinessKind>([
      ...BUSINESS_KINDS.map((k) => [k, k.weight] as const),
      [{ kbli: '*', weight: 8, heads: [], products: [] }, 8],
    ]);
  }

  private ownerName(gender: 'L' | 'P'): { full: string; nick: string } {
    const r = this.rng;
    const given = gender === 'P' ? FEMALE_GIVEN : MALE_GIVEN;
    const x = r.next();
    let words: string[];
    if (x < 0.05) {
      // Dayak: a baptismal name and a family name.
      words = [r.pick(CHRISTIAN_GIVEN[gender]), r.pick(DAYAK_SURNAMES)];
    } else if (x < 0.13) {
      // Bugis nobility: Andi before the name.
      words = ['Andi', r.pick(given), r.pick(FAMILY_NAMES)];
    } else if (x < 0.22) {
      // Hajj title.
      words = [gender === 'P' ? 'Hj.' : 'H.', r.pick(given), r.pick(FAMILY_NAMES)];
    } else if (x < 0.37) {
      words = [r.pick(given)];
    } else if (x < 0.62) {
      words = [r.pick(given), gender === 'P' && r.chance(0.5) ? r.pick(FEMALE_SURNAMES) : r.pick(given)];
    } else {
      words = [r.pick(given), gender === 'P' && r.chance(0.3) ? r.pick(FEMALE_SURNAMES) : r.pick(FAMILY_NAMES)];
    }
    const full = words.join(' ');
    const meaningful = full.split(' ').filter((w) => !NON_NICK_NAMES.has(w));
    const nick = meaningful[0] ?? words[words.length - 1] ?? full;
    return { full, nick };
  }

  /** A made-up brand word of two to four syllables: "Malira", "Kesowani". */
  private coined(): string {
    const r = this.rng;
    let word = '';
    const syllables = r.chance(0.5) ? 3 : r.chance(0.7) ? 2 : 4;
    for (let i = 0; i < syllables; i++) word += r.pick(SYLLABLES);
    if (r.chance(0.2)) word += r.pick(['n', 'h', 'r', 'k']);
    return capitalize(word);
  }

  private businessName(kind: BusinessKind, head: string, gender: 'L' | 'P', nick: string): { name: string; legalForm: string | null } {
    const r = this.rng;
    const x = r.next();
    const honorific = r.pick(HONORIFICS[gender]);
    const outlet = kind.outlets && r.chance(0.6) ? `${r.pick(kind.outlets)} ` : '';
    if (x < 0.28) return { name: `${outlet}${head} ${honorific} ${nick}`, legalForm: null };
    if (x < 0.38) return { name: `${outlet}${head} ${nick}`, legalForm: null };
    if (x < 0.46) return { name: `${head} Khas ${r.pick(SPECIALITY_PLACES)}`, legalForm: null };
    if (x < 0.56) return { name: `${outlet}${head} ${r.pick(PLACES)}`, legalForm: null };
    if (x < 0.72) return { name: `${outlet}${head} ${r.pick(BLESSINGS)}`, legalForm: null };
    if (x < 0.78) return { name: `${head} ${r.pick(BLESSINGS)} ${r.pick(BLESSINGS)}`, legalForm: null };
    if (x < 0.82) return { name: `Dapur ${honorific} ${nick}`, legalForm: null };
    if (x < 0.94) return { name: r.chance(0.6) ? `${outlet}${head} ${this.coined()}` : `${this.coined()} ${head}`, legalForm: null };
    const [prefix, form] = r.pick(LEGAL_PREFIXES);
    const [a, b] = r.pick(BLESSING_PAIRS);
    return { name: r.chance(0.5) ? `${prefix} ${a} ${b}` : `${prefix} ${head} ${r.pick(BLESSINGS)}`, legalForm: form };
  }

  private region(): { province: string; regency: string; district: string; village: string | null } {
    const r = this.rng;
    let district: string;
    if (r.chance(0.85)) {
      district = r.pick(this.regions.districtsByRegency.get(this.kaltim.pick(r)) ?? []);
    } else {
      let province = this.otherProvince.pick(r);
      if (province === '*') province = r.pick(this.regions.provinces.filter((p) => p !== '64'));
      const districts = this.regions.districtsByProvince.get(province);
      district = districts?.length ? r.pick(districts) : r.pick(this.regions.allDistricts);
    }
    const villages = this.regions.villagesByDistrict.get(district);
    const village = villages?.length && r.chance(0.9) ? r.pick(villages) : null;
    return { province: district.slice(0, 2), regency: district.slice(0, 5), district, village };
  }

  private phone(): { phone: string | null; whatsapp: number } {
    const r = this.rng;
    const x = r.next();
    if (x < 0.08) return { phone: null, whatsapp: 1 };
    if (x < 0.11) return { phone: `+62${r.pick(AREA_CODES)}${r.digits(6)}`, whatsapp: 0 };
    return { phone: `+628${r.pick(MOBILE_PREFIXES)}${r.int(1, 9)}${r.digits(r.int(6, 8))}`, whatsapp: r.chance(0.93) ? 1 : 0 };
  }

  private nib(): string {
    for (;;) {
      const nib = `${this.rng.pick(['0', '1', '2', '8', '9'])}${this.rng.digits(12)}`;
      if (!this.usedNibs.has(nib)) {
        this.usedNibs.add(nib);
        return nib;
      }
    }
  }

  private money(): { modal: number | null; sales: number | null } {
    const r = this.rng;
    const x = r.next();
    const round = (v: number) => Math.round(v / 50_000) * 50_000;
    let modal: number;
    let sales: number;
    if (x < 0.97) {
      modal = round(r.logUniform(1_000_000, 900_000_000));
      sales = round(r.logUniform(6_000_000, 1_900_000_000));
    } else if (x < 0.995) {
      modal = round(r.logUniform(1_100_000_000, 4_900_000_000));
      sales = round(r.logUniform(2_100_000_000, 14_000_000_000));
    } else if (x < 0.999) {
      modal = round(r.logUniform(5_100_000_000, 9_900_000_000));
      sales = round(r.logUniform(15_100_000_000, 49_000_000_000));
    } else {
      modal = round(r.logUniform(10_100_000_000, 40_000_000_000));
      sales = round(r.logUniform(51_000_000_000, 200_000_000_000));
    }
    return { modal: r.chance(0.12) ? null : modal, sales: r.chance(0.2) ? null : sales };
  }

  private pick<T>(items: readonly T[], min: number, max: number): T[] {
    const count = this.rng.int(min, Math.min(max, items.length));
    const out = new Set<T>();
    while (out.size < count) out.add(this.rng.pick(items));
    return [...out];
  }

  next(): { row: ProfileRow; tags: string[] } {
    const r = this.rng;
    const id = r.uuid();
    let kind = this.kinds.pick(r);
    if (kind.kbli === '*') {
      const entry = r.pick(this.otherEntries);
      const head = capitalize(entry.keywords[0] ?? entry.title.split(/[ ,/]/).slice(0, 2).join(' '));
      kind = { kbli: entry.code, weight: 0, heads: [head], products: entry.keywords.length ? entry.keywords : [entry.title.toLowerCase()] };
    }
    const gender: 'L' | 'P' = r.chance(0.56) ? 'P' : 'L';
    const owner = this.ownerName(gender);
    const head = r.pick(kind.heads);
    const { name, legalForm } = this.businessName(kind, head, gender, owner.nick);
    const region = this.region();

    // Birth date 1958..2006; NIK registered where they live (80%) or anywhere else.
    const birthMs = Date.UTC(1958, 0, 1) + r.int(0, 48 * 365) * DAY_MS;
    const birth = isoDate(birthMs);
    let nik: string | null = null;
    if (r.chance(0.8)) {
      const nikDistrict = r.chance(0.8) ? region.district : r.pick(this.regions.allDistricts);
      const day = Number(birth.slice(8, 10)) + (gender === 'P' ? 40 : 0);
      const serial = pad(r.chance(0.9) ? r.int(1, 120) : r.int(121, 4000), 4);
      nik = `${nikDistrict.replace(/\./g, '')}${pad(day)}${birth.slice(5, 7)}${birth.slice(2, 4)}${serial}`;
    }

    const { phone, whatsapp } = this.phone();
    const createdMs = EPOCH_START + Math.floor(r.next() * (EPOCH_END - EPOCH_START));
    const updatedMs = r.chance(0.4) ? createdMs : createdMs + Math.floor(r.next() * (EPOCH_END - createdMs));
    const statusX = r.next();
    const status = statusX < 0.78 ? 'aktif' : statusX < 0.9 ? 'tidak_aktif' : 'calon';
    const { modal, sales } = this.money();
    const tagCount = (() => {
      const t = r.next();
      return t < 0.55 ? 0 : t < 0.85 ? 1 : t < 0.97 ? 2 : 3;
    })();
    const tags = this.pick(TAGS, tagCount, tagCount);
    const products = this.pick(kind.products, 1, 4).join(', ');
    const yearStarted = status === 'calon' && r.chance(0.7) ? null : 2026 - Math.min(36, Math.floor(r.logUniform(1, 37)) - 1);

    // Permits: food businesses often hold P-IRT and halal; a few BPOM and trademarks.
    const regencyDigits = region.regency.replace('.', '');
    let pirt: [string, string, string] | null = null;
    let halal: [string, string, string | null] | null = null;
    if (kind.food && r.chance(0.4)) {
      const issued = isoDate(EPOCH_START - 2 * 365 * DAY_MS + Math.floor(r.next() * (EPOCH_END - EPOCH_START + 2 * 365 * DAY_MS)));
      pirt = [`${r.int(1, 2)}${r.digits(2)}${regencyDigits}${r.digits(6)}${issued.slice(2, 4)}`, issued, addYears(issued, 5)];
    }
    if (kind.food && r.chance(0.25)) {
      const issued = isoDate(EPOCH_START + Math.floor(r.next() * (EPOCH_END - EPOCH_START)));
      halal = [`ID${regencyDigits}${r.digits(9)}${issued.slice(5, 7)}${issued.slice(2, 4)}`, issued, issued < '2023-01-01' ? addYears(issued, 4) : null];
    }
    const deleted = r.chance(0.01);
    const updatedAt = new Date(updatedMs).toISOString();

    const row: ProfileRow = {
      id,
      name,
      name_key: normalizeName(name),
      name_words: businessNameIndexWords(name),
      brand: r.chance(0.12) ? `${r.chance(0.5) ? r.pick(BLESSINGS) : this.coined()} ${r.pick(['Food', 'Snack', 'Collection', 'Craft', 'Store', 'Kitchen'])}` : null,
      owner_name: owner.full,
      owner_name_key: normalizeName(owner.full),
      owner_name_words: personNameIndexWords(owner.full),
      owner_nik: nik,
      owner_gender: gender,
      owner_birth_date: r.chance(0.85) || nik ? birth : null,
      owner_phone: phone,
      owner_phone_is_whatsapp: whatsapp,
      owner_email: r.chance(0.15) ? `${owner.nick.toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 999)}@gmail.com` : null,
      address: r.chance(0.9) ? `Jl. ${r.pick(STREETS)} No. ${r.int(1, 250)}, RT ${pad(r.int(1, 60), 3)}` : null,
      province_code: region.province,
      regency_code: region.regency,
      district_code: region.district,
      village_code: region.village,
      kbli_code: kind.kbli,
      kbli_category: kbliCategoryOf(kind.kbli),
      sector_text: r.chance(0.3) ? head : null,
      products,
      year_started: yearStarted,
      legal_form: legalForm ?? (r.chance(0.9) ? 'perorangan' : null),
      status,
      nib: status !== 'calon' && r.chance(0.66) ? this.nib() : null,
      pirt_number: pirt?.[0] ?? null,
      pirt_issued_at: pirt?.[1] ?? null,
      pirt_expires_at: pirt?.[2] ?? null,
      halal_number: halal?.[0] ?? null,
      halal_issued_at: halal?.[1] ?? null,
      halal_expires_at: halal?.[2] ?? null,
      bpom_number: kind.food && r.chance(0.03) ? `MD${r.digits(12)}` : null,
      merek_number: r.chance(0.03) ? `IDM${r.digits(9)}` : null,
      employees_male: r.chance(0.8) ? r.int(0, 3) : null,
      employees_female: r.chance(0.8) ? r.int(0, 4) : null,
      modal_usaha: modal,
      annual_sales: sales,
      scale: classifyScale({ modal, sales }).scale,
      sales_channels: JSON.stringify(this.pick(SALES_CHANNELS, 1, 3)),
      tags: JSON.stringify(tags),
      notes: r.chance(0.05) ? r.pick(NOTES) : null,
      merged_into_id: null,
      personal_data_erased_at: null,
      created_at: new Date(createdMs).toISOString(),
      updated_at: updatedAt,
      deleted_at: deleted ? updatedAt : null,
      updated_by: null,
    };
    return { row, tags };
  }
}

export interface BenchDbMeta {
  profiles: number;
  seed: number;
  schema: string;
  /** dbLayerHash() when built. */
  dbLayer: string;
  generator: number;
  /** Wall time of the whole build: schema, generation and inserts (ms). */
  buildMs: number;
  /** Of which: schema creation through openDatabase (migrations, region data). */
  schemaMs: number;
  /** Of which: generating rows and inserting them, FTS triggers included. */
  insertMs: number;
  /** Of which: opening the filled file through openDatabase once, as the app would (statistics). */
  reopenMs: number;
  fileBytes: number;
  sqliteVersion: string;
}

export interface BenchDatabase {
  dataDir: string;
  file: string;
  meta: BenchDbMeta;
  /** True when an earlier run's database was reused. */
  cached: boolean;
}

export interface EnsureOptions {
  profiles: number;
  seed?: number;
  /** Where cached databases live; defaults to bench/.data (or BENCH_DATA_DIR). */
  root?: string;
  /** Rebuild even when a cached database exists. */
  rebuild?: boolean;
  log?: (message: string) => void;
}

/**
 * A short hash of the database layer's source (migrations, data-source, pragmas): migrations are
 * edited in place before a release, and what openDatabase does to a file (e.g. PRAGMA optimize)
 * shapes the plans, so either changing makes a new cached database.
 */
export function dbLayerHash(): string {
  const hash = createHash('sha256');
  const dir = resolve('src', 'main', 'db');
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)),
    ...readdirSync(join(dir, 'migrations')).filter((f) => f.endsWith('.ts')).map((f) => join(dir, 'migrations', f)),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 8);
}

/** The newest migration's name: a cached database made under another schema is not reused. */
export function latestMigrationName(): string {
  const list = createMigrations(defaultResourcesDir());
  const last = list[list.length - 1];
  if (!last) throw new Error('no migrations');
  return new last().name;
}

export function benchDataRoot(): string {
  return process.env['BENCH_DATA_DIR'] || resolve('bench', '.data');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Returns the cached database for (N, seed, schema, generator), building it if needed. */
export async function ensureBusinessDb(options: EnsureOptions): Promise<BenchDatabase> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => {});
  const root = options.root ?? benchDataRoot();
  const schema = latestMigrationName();
  const dbLayer = dbLayerHash();
  const key = `businesses-n${options.profiles}-s${seed}-${schema}-${dbLayer}-g${GENERATOR_VERSION}`;
  const dataDir = join(root, key);
  const metaFile = join(dataDir, 'meta.json');
  mkdirSync(root, { recursive: true });

  if (!options.rebuild && existsSync(metaFile) && existsSync(databasePath(dataDir))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as BenchDbMeta;
    return { dataDir, file: databasePath(dataDir), meta, cached: true };
  }

  // Partial builds of killed runs are removed; a running build of another process is left alone.
  for (const entry of readdirSync(root)) {
    const m = new RegExp(`^${key}\\.partial-(\\d+)$`).exec(entry);
    if (m && !isAlive(Number(m[1]))) rmSync(join(root, entry), { recursive: true, force: true });
  }
  const partial = join(root, `${key}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });

  const meta = await buildDatabase(partial, options.profiles, seed, { schema, dbLayer }, log);
  writeFileSync(join(partial, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  // Databases of the same size and seed made under an older schema or generator are stale: drop them.
  const family = `businesses-n${options.profiles}-s${seed}-`;
  for (const entry of readdirSync(root)) {
    if (entry.startsWith(family) && entry !== key && !entry.includes('.partial-')) {
      log(`removing stale ${entry}`);
      rmSync(join(root, entry), { recursive: true, force: true });
    }
  }
  return { dataDir, file: databasePath(dataDir), meta, cached: false };
}

const CHUNK = 2_000;
const ROWS_PER_TRANSACTION = 50_000;

async function buildDatabase(
  dataDir: string,
  profiles: number,
  seed: number,
  { schema, dbLayer }: { schema: string; dbLayer: string },
  log: (m: string) => void,
): Promise<BenchDbMeta> {
  const t0 = nowMs();
  // 1. The real schema: migrations applied by the app's own openDatabase, then closed.
  const ds = await openDatabase(dataDir);
  const regions = await loadRegions(ds);
  await ds.destroy();
  const schemaMs = nowMs() - t0;
  log(`schema and region data: ${(schemaMs / 1000).toFixed(1)} s`);

  // 2. Bulk insert on a raw connection. The file is a cache built under a temporary name, so
  // durability does not matter here: no journal, no syncs, a large page cache.
  const t1 = nowMs();
  const db = await RawDb.open(databasePath(dataDir));
  await db.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;`);
  // Each chunk travels as one JSON parameter that SQLite unpacks with json_each: binding 47
  // parameters per row costs the driver more than SQLite's whole insert, triggers included.
  const insertBusiness = db.prepare(
    `INSERT INTO business (${COLUMNS.join(', ')}) SELECT ${COLUMNS.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?)`,
  );
  const insertTags = db.prepare(`INSERT INTO business_tag (business_id, tag) SELECT value ->> 0, value ->> 1 FROM json_each(?)`);
  const gen = new ProfileGenerator(new Rng(seed), regions);
  let done = 0;
  let lastLog = nowMs();
  await db.run('BEGIN');
  while (done < profiles) {
    const n = Math.min(CHUNK, profiles - done);
    const rows: Value[][] = [];
    const tagRows: string[][] = [];
    for (let i = 0; i < n; i++) {
      const { row, tags } = gen.next();
      rows.push(COLUMNS.map((c) => row[c]));
      for (const tag of tags) tagRows.push([row.id as string, tag]);
    }
    await insertBusiness.run([JSON.stringify(rows)]);
    if (tagRows.length) await insertTags.run([JSON.stringify(tagRows)]);
    done += n;
    if (done % ROWS_PER_TRANSACTION === 0 || done === profiles) {
      await db.run('COMMIT');
      if (done < profiles) await db.run('BEGIN');
    }
    if (nowMs() - lastLog > 5_000) {
      const rate = done / ((nowMs() - t1) / 1000);
      log(`  ${done.toLocaleString('en')} / ${profiles.toLocaleString('en')} profiles (${Math.round(rate).toLocaleString('en')}/s)`);
      lastLog = nowMs();
    }
  }
  await insertBusiness.finalize();
  await insertTags.finalize();
  const insertMs = nowMs() - t1;
  log(`generated and inserted ${profiles.toLocaleString('en')} profiles: ${(insertMs / 1000).toFixed(1)} s`);

  // 3. Back to the journal mode the app requires, and a sanity check of the search index.
  await db.exec(`PRAGMA journal_mode = WAL;`);
  const count = await db.get<{ n: number }>(`SELECT count(*) AS n FROM business`);
  if (count?.n !== profiles) throw new Error(`expected ${profiles} rows, found ${count?.n}`);
  const probe = await db.get<{ rowid: number; name: string }>(`SELECT rowid, name FROM business WHERE rowid = ?`, [Math.ceil(profiles / 2)]);
  if (probe) {
    const word = probe.name.split(' ').find((w) => /^\p{L}{3,}$/u.test(w)) ?? probe.name;
    const hit = await db.get(`SELECT rowid FROM business_fts WHERE business_fts MATCH ? AND rowid = ?`, [`name : "${word}"`, probe.rowid]);
    if (!hit) throw new Error(`search index does not find row ${probe.rowid} by "${word}"`);
  }
  const version = await db.get<{ v: string }>(`SELECT sqlite_version() AS v`);
  await db.close();

  // 4. Open it once the way the app does, so the cached file is in the state the app leaves it in
  // (openDatabase may gather planner statistics) rather than changing on the first benchmark run.
  const t2 = nowMs();
  await (await openDatabase(dataDir)).destroy();
  const reopenMs = nowMs() - t2;
  log(`opened once through openDatabase: ${(reopenMs / 1000).toFixed(1)} s`);

  return {
    profiles,
    seed,
    schema,
    dbLayer,
    generator: GENERATOR_VERSION,
    buildMs: Math.round(nowMs() - t0),
    schemaMs: Math.round(schemaMs),
    insertMs: Math.round(insertMs),
    reopenMs: Math.round(reopenMs),
    fileBytes: statSync(databasePath(dataDir)).size,
    sqliteVersion: version?.v ?? 'unknown',
  };
}
