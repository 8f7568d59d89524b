/**
 * The consultations benchmark database: the business database (generate.ts) copied, with N
 * finalised consultations added over eight years, as a clinic's several desks would have made them
 * and merged: consultants, numbers `KB/<desk>/<yyyy>/<mm>/<seq>` unique per desk and month with
 * their sequence rows, one revision each, and a follow-up for each dated action item.
 *
 * Rows are generated deterministically (one PRNG stream, fixed seed) in date order, the order the
 * app writes them, and bulk-inserted on a raw connection: each chunk travels as one JSON parameter
 * unpacked by json_each, and each revision's snapshot is built by SQLite from the row just written
 * (json_object), so the long texts cross the driver once. Cached like the business database, keyed
 * by both generators' versions and the database layer's sources (the consultations migration
 * included).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CONSULTATION_CHANNELS, REFERRAL_KINDS, SERVICE_AREAS } from '../src/shared/contract/consultations';
import { databasePath, openDatabase } from '../src/main/db/data-source';
import { benchDataRoot, DEFAULT_SEED, ensureBusinessDb, GENERATOR_VERSION, type BenchDatabase } from './generate';
import {
  AREA_TEXTS,
  CANCEL_REASONS,
  CLOSINGS,
  CONTEXTS,
  DEGREES,
  OPENERS,
  OUTCOMES,
  type ServiceArea,
} from './lib/consultation-words';
import { RawDb } from './lib/floor';
import { Rng, Weighted } from './lib/prng';
import { nowMs } from './lib/stats';
import { FAMILY_NAMES, FEMALE_GIVEN, FEMALE_SURNAMES, MALE_GIVEN, PLACES } from './lib/words';

/** Bump when the generated consultation rows change, so cached databases are rebuilt. */
export const CONSULTATION_GENERATOR_VERSION = 2;
export const DEFAULT_CONSULTATIONS = 1_000_000;
export const QUICK_CONSULTATIONS = 60_000;

/** This desk: the office profile's desk code in the generated database. */
export const OFFICE_DESK = 'SMD1';
/** The clinic's desks whose records were merged into this database, with their share of the work. */
const DESKS: ReadonlyArray<readonly [string, number]> = [
  [OFFICE_DESK, 60],
  ['SMD2', 25],
  ['BPN1', 15],
];
export const CONSULTANT_COUNT = 25;

/** Consultations fall in these 95 months; fixed so the data does not depend on today. */
const FIRST_MONTH = Date.UTC(2019, 0, 1);
const MONTHS = 95; // 2019-01 .. 2026-11
/** The last day with consultations: the data is history as of this day. */
const LAST_DAY = Date.UTC(2026, 10, 27);
/** Follow-ups due before this are mostly closed (or at least reminded of); later ones are open. */
const AS_OF = '2026-11-27';
/** Follow-ups due before this are old: closed but for a few forgotten ones. */
const OLD_BEFORE = '2026-09-28';
const DAY_MS = 86_400_000;
/** Asia/Makassar: consultation times are office-local, timestamps UTC. */
const OFFSET_MS = 8 * 3_600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A v4-shaped UUID from four 32-bit draws (Rng.uuid draws once per hex digit: slower). */
function uuid(r: Rng): string {
  const h = () => ((r.next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
  const a = h();
  const b = h();
  const c = h();
  const d = h();
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[parseInt(c[0] as string, 16) & 3]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

export interface ConsultationDbMeta {
  profiles: number;
  consultations: number;
  seed: number;
  schema: string;
  dbLayer: string;
  generator: number;
  consultationGenerator: number;
  consultants: number;
  followUps: number;
  /** Wall time: copying the business database, generating and inserting, reopening (ms). */
  buildMs: number;
  copyMs: number;
  insertMs: number;
  reopenMs: number;
  fileBytes: number;
  /** Consultations per month: the fewest, the most and the latest full month's. */
  perMonth: { min: number; max: number };
  base: { buildMs: number; cached: boolean };
}

export interface ConsultationDatabase {
  dataDir: string;
  file: string;
  meta: ConsultationDbMeta;
  cached: boolean;
}

export interface ConsultationEnsureOptions {
  profiles: number;
  consultations: number;
  seed?: number;
  root?: string;
  rebuild?: boolean;
  log?: (message: string) => void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Returns the cached consultations database for (profiles, consultations, seed, schema), building it if needed. */
export async function ensureConsultationDb(options: ConsultationEnsureOptions): Promise<ConsultationDatabase> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => {});
  const root = options.root ?? benchDataRoot();
  // The business database is the base; its key carries the schema and the db layer's hash.
  // (--rebuild rebuilds the business database separately: not twice here.)
  const base = await ensureBusinessDb({ profiles: options.profiles, seed, root, log });
  const { schema, dbLayer } = base.meta;
  const family = `consultations-n${options.profiles}-c${options.consultations}-s${seed}-`;
  const key = `${family}${schema}-${dbLayer}-g${GENERATOR_VERSION}-cg${CONSULTATION_GENERATOR_VERSION}`;
  const dataDir = join(root, key);
  const metaFile = join(dataDir, 'meta.json');
  mkdirSync(root, { recursive: true });

  if (!options.rebuild && existsSync(metaFile) && existsSync(databasePath(dataDir))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ConsultationDbMeta;
    return { dataDir, file: databasePath(dataDir), meta, cached: true };
  }
  for (const entry of readdirSync(root)) {
    const m = new RegExp(`^${key}\\.partial-(\\d+)$`).exec(entry);
    if (m && !isAlive(Number(m[1]))) rmSync(join(root, entry), { recursive: true, force: true });
  }
  const partial = join(root, `${key}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });

  const meta = await buildConsultations(partial, base, options.consultations, seed, log);
  writeFileSync(join(partial, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  for (const entry of readdirSync(root)) {
    if (entry.startsWith(family) && entry !== key && !entry.includes('.partial-')) {
      log(`removing stale ${entry}`);
      rmSync(join(root, entry), { recursive: true, force: true });
    }
  }
  return { dataDir, file: databasePath(dataDir), meta, cached: false };
}

interface Consultant {
  id: string;
  name: string;
  desk: string;
  /** Months (0-based from FIRST_MONTH) the consultant worked: [from, to]. */
  from: number;
  to: number;
  load: number;
}

function makeConsultants(r: Rng): Consultant[] {
  const desk = new Weighted(DESKS);
  const out: Consultant[] = [];
  for (let i = 0; i < CONSULTANT_COUNT; i++) {
    const female = r.chance(0.55);
    const given = r.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    const family = female && r.chance(0.4) ? r.pick(FEMALE_SURNAMES) : r.pick(FAMILY_NAMES);
    const name = `${given} ${family}${r.chance(0.8) ? `, ${r.pick(DEGREES)}` : ''}`;
    // Ten were there from the start; the others joined over the years; four have left.
    const from = i < 10 ? 0 : r.int(3, MONTHS - 12);
    const to = i >= 6 && i < 10 ? r.int(from + 24, MONTHS - 6) : MONTHS - 1;
    out.push({ id: uuid(r), name, desk: i < 3 ? OFFICE_DESK : desk.pick(r), from, to, load: 0.5 + r.next() });
  }
  return out;
}

interface Business {
  id: string;
  createdMs: number;
  product: string;
  place: string;
}

const CHANNELS = new Weighted<(typeof CONSULTATION_CHANNELS)[number]>([
  ['datang_langsung', 50],
  ['whatsapp', 20],
  ['telepon', 12],
  ['kunjungan_lapangan', 12],
  ['daring', 6],
]);
const AREAS = new Weighted<ServiceArea>([
  ['pemasaran', 25],
  ['legalitas', 22],
  ['pembiayaan', 18],
  ['produksi', 12],
  ['digital', 10],
  ['kelembagaan', 5],
  ['sdm', 4],
  ['jaringan', 4],
]);
for (const a of SERVICE_AREAS) if (!AREA_TEXTS[a]) throw new Error(`no texts for area ${a}`);

/** One consultation's rows. */
interface Generated {
  row: unknown[];
  consultants: string[];
  followUps: unknown[][];
}

class ConsultationGenerator {
  constructor(
    private readonly r: Rng,
    private readonly businesses: Business[],
  ) {}

  private fill(text: string, b: Business): string {
    return text
      .replace(/\{p\}/g, b.product)
      .replace(/\{k\}/g, b.place)
      .replace(/\{n\}/g, () => String(this.r.int(2, 40)));
  }

  private areas(): ServiceArea[] {
    const count = this.r.chance(0.45) ? 1 : this.r.chance(0.7) ? 2 : 3;
    const out = new Set<ServiceArea>();
    while (out.size < count) out.add(AREAS.pick(this.r));
    return [...out];
  }

  /** Picks a business that existed by `dayMs`; long-standing clients come back more often. */
  private business(dayMs: number): Business {
    const list = this.businesses;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as Business).createdMs <= dayMs + DAY_MS) lo = mid + 1;
      else hi = mid;
    }
    const k = Math.max(lo, Math.min(500, list.length));
    const u = this.r.next();
    const index = this.r.chance(0.25) ? Math.floor(k * u * u) : Math.floor(k * u);
    return list[index] as Business;
  }

  make(dayMs: number, minuteOfDay: number, team: Consultant[], number: string, desk: string, seq: number): Generated {
    const r = this.r;
    const b = this.business(dayMs);
    const id = uuid(r);
    const date = isoDate(dayMs);
    const startTime = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
    const channel = CHANNELS.pick(r);
    const contact = channel === 'kunjungan_lapangan' ? 5 * r.int(12, 36) : channel === 'telepon' || channel === 'whatsapp' ? 5 * r.int(2, 9) : 5 * r.int(6, 24);
    const prep = r.chance(0.3) ? 0 : 5 * r.int(1, 12);
    const areas = this.areas();
    const texts = areas.map((a) => AREA_TEXTS[a]);
    const first = texts[0] as (typeof texts)[number];

    const complaintParts = [`${r.pick(OPENERS)} ${this.fill(r.pick(first.complaint), b)}`];
    for (const t of texts.slice(1)) if (r.chance(0.7)) complaintParts.push(`Selain itu, ${this.fill(r.pick(t.complaint), b)}`);
    if (r.chance(0.6)) complaintParts.push(this.fill(r.pick(CONTEXTS), b));
    const complaint = complaintParts.join(' ');
    const diagnosis = r.chance(0.85) ? texts.map((t) => r.pick(t.diagnosis)).join(' ') : null;
    const adviceParts = texts.map((t) => this.fill(r.pick(t.advice), b));
    if (r.chance(0.5)) adviceParts.push(r.pick(CLOSINGS));
    const advice = adviceParts.join(' ');

    const referrals: Array<{ kind: string; note: string | null }> = [];
    if (r.chance(0.45)) {
      const count = r.chance(0.75) ? 1 : 2;
      for (let i = 0; i < count; i++) {
        const [kind, notes] = r.pick(r.pick(texts).referrals);
        if (!referrals.some((x) => x.kind === kind)) referrals.push({ kind, note: r.chance(0.8) ? r.pick(notes) : null });
      }
    }

    const itemCount = (() => {
      const x = r.next();
      return x < 0.08 ? 0 : x < 0.3 ? 1 : x < 0.68 ? 2 : x < 0.92 ? 3 : 4;
    })();
    const items: Array<{ id: string; what: string; who: string; dueDate: string | null }> = [];
    const usedActions = new Set<string>();
    for (let i = 0; i < itemCount; i++) {
      const [what, who] = r.pick(r.pick(texts).actions);
      if (usedActions.has(what)) continue;
      usedActions.add(what);
      items.push({ id: uuid(r), what, who, dueDate: r.chance(0.82) ? isoDate(dayMs + r.int(3, 60) * DAY_MS) : null });
    }

    const createdMs = dayMs - OFFSET_MS + minuteOfDay * 60_000 + r.int(0, 59) * 1000;
    const finalizedMs = createdMs + (contact + r.int(2, 30)) * 60_000 + r.int(0, 59_999);
    const createdAt = new Date(createdMs).toISOString();
    const finalizedAt = new Date(finalizedMs).toISOString();
    const lead = (team[0] as Consultant).id;

    const followUps: unknown[][] = [];
    for (const item of items) {
      if (!item.dueDate) continue;
      let status = 'open';
      let outcome: string | null = null;
      let cancelReason: string | null = null;
      let completedAt: string | null = null;
      let updatedAt = finalizedAt;
      if (item.dueDate < AS_OF) {
        // Recent follow-ups are often still open; older ones have nearly all been closed, and a
        // few per cent were forgotten and stay overdue.
        const old = item.dueDate < OLD_BEFORE;
        const x = r.next();
        if (x < (old ? 0.88 : 0.72)) {
          status = 'done';
          outcome = r.chance(0.7) ? r.pick(OUTCOMES) : null;
        } else if (x < (old ? 0.98 : 0.8)) {
          status = 'cancelled';
          cancelReason = r.pick(CANCEL_REASONS);
        }
        if (status !== 'open') {
          const closedMs = Math.max(finalizedMs + DAY_MS, Date.parse(`${item.dueDate}T02:00:00Z`) + r.int(-10, 5) * DAY_MS + r.int(0, 28_800_000));
          // The follow-up service stamps both closings, done and cancelled.
          completedAt = new Date(closedMs).toISOString();
          updatedAt = new Date(closedMs).toISOString();
        }
      }
      // The follow-up service's schedule for a date without a time: due by the end of that office
      // day, reminded at 08:00, no lead time, no snooze; the engine has fired for those already due.
      const remindAt = new Date(Date.parse(`${item.dueDate}T08:00:00Z`) - OFFSET_MS).toISOString();
      const dueAt = new Date(Date.parse(`${item.dueDate}T00:00:00Z`) + DAY_MS - OFFSET_MS - 1).toISOString();
      followUps.push([
        uuid(r),
        b.id,
        id,
        item.id,
        item.what,
        item.dueDate,
        item.who,
        lead,
        status,
        outcome,
        cancelReason,
        completedAt,
        finalizedAt,
        updatedAt,
        lead,
        dueAt,
        dueAt,
        remindAt,
        item.dueDate < AS_OF ? new Date(Date.parse(remindAt) + r.int(1, 600) * 1000).toISOString() : null,
      ]);
    }

    const row = [
      id,
      b.id,
      number,
      desk,
      date.slice(0, 7),
      seq,
      date,
      startTime,
      contact,
      prep,
      channel,
      JSON.stringify(areas),
      complaint,
      diagnosis,
      advice,
      JSON.stringify(referrals),
      JSON.stringify(items),
      finalizedAt,
      lead,
      createdAt,
      finalizedAt,
      lead,
      uuid(r),
    ];
    return { row, consultants: team.map((c) => c.id), followUps };
  }
}

/** consultation columns written from a chunk row (by position); the last position is the revision id. */
const CONSULTATION_COLUMNS = [
  'id', 'business_id', 'number', 'desk_code', 'period', 'seq', 'consultation_date', 'start_time', 'contact_minutes',
  'prep_minutes', 'channel', 'service_areas', 'complaint', 'diagnosis', 'advice', 'referrals', 'action_items',
  'finalized_at', 'finalized_by', 'created_at', 'updated_at', 'updated_by',
] as const;
const FOLLOW_UP_COLUMNS = [
  'id', 'business_id', 'consultation_id', 'action_item_id', 'title', 'due_date', 'assignee', 'consultant_id', 'status',
  'outcome', 'cancel_reason', 'completed_at', 'created_at', 'updated_at', 'updated_by', 'due_at', 'effective_at', 'remind_at',
  'notified_at',
] as const;

const CHUNK = 2_000;
/**
 * A chunk's rows, each element's JSON text kept once: `value ->> i` straight on json_each renders
 * and parses the element again for every column, which costs more than the insert itself.
 */
const ROWS = 'WITH r AS MATERIALIZED (SELECT value AS v FROM json_each(?))';

async function buildConsultations(
  dataDir: string,
  base: BenchDatabase,
  total: number,
  seed: number,
  log: (m: string) => void,
): Promise<ConsultationDbMeta> {
  const t0 = nowMs();
  mkdirSync(dataDir, { recursive: true });
  // The business database was closed through openDatabase, so its WAL is checkpointed into the file.
  if (existsSync(`${base.file}-wal`) && statSync(`${base.file}-wal`).size > 0) {
    throw new Error(`${base.file} has a non-empty WAL: is it open elsewhere?`);
  }
  copyFileSync(base.file, databasePath(dataDir));
  const copyMs = nowMs() - t0;

  const t1 = nowMs();
  const db = await RawDb.open(databasePath(dataDir));
  await db.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -786432; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;`);
  const r = new Rng((seed ^ 0xc0a517) >>> 0);

  // The office is desk SMD1; consultants of every desk are in the (merged) consultant table.
  await db.run(`UPDATE office_profile SET desk_code = ?, office_name = COALESCE(office_name, ?)`, [OFFICE_DESK, 'PLUT-KUMKM Kalimantan Timur']);
  const consultants = makeConsultants(r);
  for (const c of consultants) {
    const joined = new Date(FIRST_MONTH + c.from * 30 * DAY_MS - 20 * DAY_MS).toISOString();
    const left = c.to < MONTHS - 1 ? new Date(FIRST_MONTH + (c.to + 1) * 30.4 * DAY_MS).toISOString() : null;
    const nip = r.chance(0.6) ? `19${r.int(70, 99)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}20${r.int(10, 19)}${pad(r.int(1, 12))}${r.int(1, 2)}${pad(r.int(1, 20), 3)}` : null;
    await db.run(
      `INSERT INTO consultant (id, name, nip, phone, active, created_at, updated_at, deleted_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
      [c.id, c.name, nip, `+628${r.pick(['11', '12', '13', '21', '52', '53'])}${r.digits(8)}`, left ? 0 : 1, joined, left ?? joined],
    );
  }

  const businesses = (
    await db.all<{ id: string; created_at: string; products: string | null; district_code: string | null }>(
      `SELECT id, created_at, products, district_code FROM business WHERE deleted_at IS NULL ORDER BY created_at`,
    )
  ).map((b) => ({
    id: b.id,
    createdMs: Date.parse(b.created_at),
    product: (b.products ?? 'produk').split(', ')[0] as string,
    place: PLACES[(b.district_code ?? '').length % PLACES.length] as string,
  }));
  if (businesses.length === 0) throw new Error('the business database has no live profiles');
  const gen = new ConsultationGenerator(r, businesses);

  // Secondary indexes are dropped for the load and made again afterwards from their own SQL (a
  // sorted build instead of a million random inserts each): same schema, a few times faster.
  const indexes = await db.all<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN ('consultation', 'consultation_consultant', 'consultation_revision', 'follow_up') ORDER BY rowid`,
  );
  for (const index of indexes) await db.run(`DROP INDEX ${index.name}`);

  const insertConsultations = db.prepare(
    `${ROWS} INSERT INTO consultation (status, version, ${CONSULTATION_COLUMNS.join(', ')}) SELECT 'final', 1, ${CONSULTATION_COLUMNS.map((_, i) => `v ->> ${i}`).join(', ')} FROM r`,
  );
  const insertTeams = db.prepare(
    `${ROWS} INSERT INTO consultation_consultant (consultation_id, consultant_id, position) SELECT v ->> 0, v ->> 1, v ->> 2 FROM r`,
  );
  // A revision per consultation, its snapshot the finalised values as the form sends them.
  const insertRevisions = db.prepare(
    `${ROWS} INSERT INTO consultation_revision (id, consultation_id, version, reason, snapshot, created_at, created_by)
     SELECT r.v ->> 1, c.id, 1, NULL,
       json_object('businessId', c.business_id, 'consultantIds', json(r.v ->> 2), 'date', c.consultation_date,
         'startTime', c.start_time, 'contactMinutes', c.contact_minutes, 'prepMinutes', c.prep_minutes, 'channel', c.channel,
         'serviceAreas', json(c.service_areas), 'complaint', c.complaint, 'diagnosis', c.diagnosis, 'advice', c.advice,
         'referrals', json(c.referrals), 'actionItems', json(c.action_items)),
       c.finalized_at, c.finalized_by
     FROM r JOIN consultation c ON c.id = r.v ->> 0`,
  );
  const insertFollowUps = db.prepare(
    `${ROWS} INSERT INTO follow_up (${FOLLOW_UP_COLUMNS.join(', ')}) SELECT ${FOLLOW_UP_COLUMNS.map((_, i) => `v ->> ${i}`).join(', ')} FROM r`,
  );

  // Months grow from about 60% to 150% of the average as the clinic became known.
  const weights = Array.from({ length: MONTHS }, (_, m) => 0.6 + (0.9 * m) / (MONTHS - 1));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const counts: number[] = [];
  let assigned = 0;
  let cumulative = 0;
  for (const w of weights) {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / weightSum);
    counts.push(upTo - assigned);
    assigned = upTo;
  }

  let done = 0;
  let followUpCount = 0;
  let lastLog = nowMs();
  let rows: unknown[][] = [];
  let teams: unknown[][] = [];
  let revisions: unknown[][] = [];
  let followUps: unknown[][] = [];
  // The driver runs statements on its own thread: the next chunk is generated while the last is written.
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    await pending;
    if (rows.length === 0) return;
    const chunk = [rows, teams, revisions, followUps].map((a) => JSON.stringify(a));
    rows = [];
    teams = [];
    revisions = [];
    followUps = [];
    pending = (async () => {
      await insertConsultations.run([chunk[0]]);
      await insertTeams.run([chunk[1]]);
      await insertRevisions.run([chunk[2]]);
      if (chunk[3] !== '[]') await insertFollowUps.run([chunk[3]]);
    })();
  };

  await db.run('BEGIN');
  for (let m = 0; m < MONTHS; m++) {
    const monthStart = Date.UTC(2019, m, 1);
    const monthDays = (Date.UTC(2019, m + 1, 1) - monthStart) / DAY_MS;
    // Working days: Monday to Friday, some Saturdays, rarely a Sunday.
    const days = new Weighted(
      Array.from({ length: monthDays }, (_, d) => {
        const dow = new Date(monthStart + d * DAY_MS).getUTCDay();
        if (monthStart + d * DAY_MS > LAST_DAY) return [d, 0] as const;
        return [d, dow === 0 ? 0.02 : dow === 6 ? 0.12 : 1] as const;
      }),
    );
    const active = consultants.filter((c) => c.from <= m && c.to >= m);
    const team = new Weighted(active.map((c) => [c, c.load] as const));
    const slots: Array<{ day: number; minute: number }> = [];
    for (let i = 0; i < (counts[m] as number); i++) {
      // 08:00 to 15:55, mostly mornings.
      const minute = 8 * 60 + 5 * Math.floor(Math.min(r.next(), r.next(), r.next() * 1.2) * 96);
      slots.push({ day: days.pick(r), minute: Math.min(minute, 15 * 60 + 55) });
    }
    slots.sort((a, b) => a.day - b.day || a.minute - b.minute);
    const seqs = new Map<string, number>();
    const yyyy = new Date(monthStart).getUTCFullYear();
    const mm = pad(new Date(monthStart).getUTCMonth() + 1);
    for (const slot of slots) {
      const lead = team.pick(r);
      const members = [lead];
      if (r.chance(0.3) && active.length > 1) {
        let other = team.pick(r);
        while (other === lead) other = team.pick(r);
        members.push(other);
      }
      const seq = (seqs.get(lead.desk) ?? 0) + 1;
      seqs.set(lead.desk, seq);
      const number = `KB/${lead.desk}/${yyyy}/${mm}/${pad(seq, 4)}`;
      const g = gen.make(monthStart + slot.day * DAY_MS, slot.minute, members, number, lead.desk, seq);
      const revisionId = g.row.pop();
      rows.push(g.row);
      g.consultants.forEach((cid, position) => teams.push([g.row[0], cid, position]));
      revisions.push([g.row[0], revisionId, JSON.stringify(g.consultants)]);
      for (const f of g.followUps) followUps.push(f);
      followUpCount += g.followUps.length;
      done++;
      if (rows.length === CHUNK) await flush();
      if (done % 100_000 === 0) {
        await flush();
        await pending;
        await db.run('COMMIT');
        await db.run('BEGIN');
      }
      if (nowMs() - lastLog > 10_000) {
        log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} consultations (${Math.round(done / ((nowMs() - t1) / 1000)).toLocaleString('en')}/s)`);
        lastLog = nowMs();
      }
    }
  }
  await flush();
  await pending;
  // As the follow-up service does: a deleted business's follow-ups are deleted with it.
  await db.run(`UPDATE follow_up SET deleted_at = (SELECT b.deleted_at FROM business b WHERE b.id = follow_up.business_id)
                WHERE business_id IN (SELECT id FROM business WHERE deleted_at IS NOT NULL)`);
  const tIndex = nowMs();
  for (const index of indexes) await db.run(index.sql);
  log(`  indexes made again: ${((nowMs() - tIndex) / 1000).toFixed(1)} s`);
  await db.run(`INSERT INTO consultation_sequence (desk_code, period, last_seq) SELECT desk_code, period, max(seq) FROM consultation WHERE seq IS NOT NULL GROUP BY desk_code, period`);
  await db.run('COMMIT');
  for (const s of [insertConsultations, insertTeams, insertRevisions, insertFollowUps]) await s.finalize();
  const insertMs = nowMs() - t1;
  log(`generated and inserted ${total.toLocaleString('en')} consultations, ${followUpCount.toLocaleString('en')} follow-ups: ${(insertMs / 1000).toFixed(1)} s`);

  await db.exec(`PRAGMA journal_mode = WAL;`);
  const check = await db.get<{ c: number; r: number; t: number }>(
    `SELECT (SELECT count(*) FROM consultation) AS c, (SELECT count(*) FROM consultation_revision) AS r, (SELECT count(*) FROM consultation_consultant) AS t`,
  );
  if (check?.c !== total || check.r !== total || check.t < total) throw new Error(`expected ${total} consultations and revisions, found ${JSON.stringify(check)}`);
  const fk = await db.all(`PRAGMA foreign_key_check`);
  if (fk.length) throw new Error(`generated rows break foreign keys: ${JSON.stringify(fk.slice(0, 3))}`);
  await db.close();

  // Opened once as the app does (planner statistics), like the business database.
  const t2 = nowMs();
  await (await openDatabase(dataDir)).destroy();
  const reopenMs = nowMs() - t2;
  log(`opened once through openDatabase: ${(reopenMs / 1000).toFixed(1)} s`);

  return {
    profiles: base.meta.profiles,
    consultations: total,
    seed,
    schema: base.meta.schema,
    dbLayer: base.meta.dbLayer,
    generator: GENERATOR_VERSION,
    consultationGenerator: CONSULTATION_GENERATOR_VERSION,
    consultants: consultants.length,
    followUps: followUpCount,
    buildMs: Math.round(nowMs() - t0),
    copyMs: Math.round(copyMs),
    insertMs: Math.round(insertMs),
    reopenMs: Math.round(reopenMs),
    fileBytes: statSync(databasePath(dataDir)).size,
    perMonth: { min: Math.min(...counts), max: Math.max(...counts) },
    base: { buildMs: base.meta.buildMs, cached: base.cached },
  };
}

/** Referral kinds used by the texts must be the contract's. */
for (const area of Object.values(AREA_TEXTS)) {
  for (const [kind] of area.referrals) {
    if (!(REFERRAL_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown referral kind ${kind}`);
  }
}
