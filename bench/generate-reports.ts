/**
 * The reports benchmark database: the consultations database (generate-consultations.ts) copied,
 * with trainings, their participants and attendance, and impact milestones added over the same
 * eight years, so the reports have everything they count. The consultations database and its
 * cache key are untouched: this is a further copy, cached beside it under that key plus this
 * generator's version.
 *
 * Rows are drawn from one seeded PRNG stream and inserted with prepared statements on a raw
 * connection (no journal, no syncs): a few hundred thousand rows take seconds.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CAPITAL_SOURCES, PERMIT_KINDS } from '../src/shared/contract/impact';
import { SALES_CHANNELS } from '../src/shared/contract/businesses';
import { TRAINING_TOPICS } from '../src/shared/contract/trainings';
import { databasePath, openDatabase } from '../src/main/db/data-source';
import { benchDataRoot, DEFAULT_SEED } from './generate';
import { ensureConsultationDb } from './generate-consultations';
import { RawDb } from './lib/floor';
import { Rng } from './lib/prng';
import { nowMs } from './lib/stats';
import { FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN } from './lib/words';

/** Bump when the generated rows change, so cached databases are rebuilt. */
export const REPORTS_GENERATOR_VERSION = 1;
export const DEFAULT_TRAININGS = 3_000;
export const PARTICIPANTS_PER_TRAINING = 25;
export const DEFAULT_MILESTONES = 60_000;

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 7);
/** The consultations' last day: the data is history as of this day. */
const LAST_DAY = Date.UTC(2026, 10, 27);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface ReportsDbMeta {
  base: string;
  generator: number;
  trainings: number;
  participants: number;
  attendance: number;
  milestones: number;
  buildMs: number;
  fileBytes: number;
}

export interface ReportsDatabase {
  dataDir: string;
  file: string;
  meta: ReportsDbMeta;
  cached: boolean;
  /** Consultations in the database (from its base). */
  consultations: number;
}

export interface ReportsEnsureOptions {
  profiles: number;
  consultations: number;
  seed?: number;
  trainings?: number;
  milestones?: number;
  root?: string;
  log?: (message: string) => void;
}

/** Returns the cached reports database for the consultations database of these options, building it if needed. */
export async function ensureReportsDb(options: ReportsEnsureOptions): Promise<ReportsDatabase> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => {});
  const root = options.root ?? benchDataRoot();
  const trainings = options.trainings ?? Math.max(50, Math.round((DEFAULT_TRAININGS * options.consultations) / 1_000_000));
  const milestones = options.milestones ?? Math.max(500, Math.round((DEFAULT_MILESTONES * options.consultations) / 1_000_000));
  const base = await ensureConsultationDb({ profiles: options.profiles, consultations: options.consultations, seed, root, log });
  const baseKey = basename(base.dataDir);
  const family = `reports-${baseKey.replace(/^consultations-/, '')}-`;
  const key = `${family}t${trainings}-m${milestones}-rg${REPORTS_GENERATOR_VERSION}`;
  const dataDir = join(root, key);
  const metaFile = join(dataDir, 'meta.json');
  if (existsSync(metaFile) && existsSync(databasePath(dataDir))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ReportsDbMeta;
    return { dataDir, file: databasePath(dataDir), meta, cached: true, consultations: base.meta.consultations };
  }
  const partial = join(root, `${key}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  const meta = await build(partial, base.file, baseKey, trainings, milestones, seed, log);
  writeFileSync(join(partial, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  // Reports databases of the same sizes made from an older consultations database (another schema) are stale.
  const sizes = `reports-n${options.profiles}-c${options.consultations}-s${seed}-`;
  for (const entry of readdirSync(root)) {
    if (entry.startsWith(sizes) && entry !== key && !entry.includes('.partial-')) {
      log(`removing stale ${entry}`);
      rmSync(join(root, entry), { recursive: true, force: true });
    }
  }
  return { dataDir, file: databasePath(dataDir), meta, cached: false, consultations: base.meta.consultations };
}

async function build(dataDir: string, baseFile: string, baseKey: string, trainings: number, milestones: number, seed: number, log: (m: string) => void): Promise<ReportsDbMeta> {
  const t0 = nowMs();
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(`${baseFile}-wal`) && statSync(`${baseFile}-wal`).size > 0) throw new Error(`${baseFile} has a non-empty WAL: is it open elsewhere?`);
  copyFileSync(baseFile, databasePath(dataDir));
  const db = await RawDb.open(databasePath(dataDir));
  await db.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;`);
  const r = new Rng((seed ^ 0x4e9021) >>> 0);

  const businesses = await db.all<{ id: string; regency: string | null }>(`SELECT id, regency_code AS regency FROM business WHERE deleted_at IS NULL ORDER BY rowid`);
  const maxRow = (await db.get<{ maxRow: number }>(`SELECT max(rowid) AS maxRow FROM consultation`))?.maxRow ?? 1;
  const stamp = (day: number) => new Date(day + 2 * 3_600_000).toISOString();
  const span = Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS);

  await db.exec('BEGIN');
  const insTraining = db.prepare(
    `INSERT INTO training (id, title, topic, topic_text, start_date, end_date, regency_code, venue, trainers, organiser, funding_source, capacity, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insParticipant = db.prepare(
    `INSERT INTO training_participant (id, training_id, name, gender, birth_date, age, phone, regency_code, has_business, business_id, business_name, converted_at, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insAttendance = db.prepare(`INSERT INTO training_attendance (participant_id, day, created_at) VALUES (?, ?, ?)`);
  const pending: Array<Promise<void>> = [];
  const flush = async () => {
    await Promise.all(pending);
    pending.length = 0;
  };
  let participants = 0;
  let attendance = 0;
  for (let i = 0; i < trainings; i++) {
    const id = r.uuid();
    const startDay = FIRST_DAY + r.int(0, span - 3) * DAY_MS;
    const days = r.pick([1, 1, 2, 2, 3, 5]);
    const start = isoDate(startDay);
    const end = isoDate(startDay + (days - 1) * DAY_MS);
    const regency = r.pick(businesses).regency;
    const topic = r.pick(TRAINING_TOPICS.filter((t) => t !== 'lainnya'));
    const deleted = r.chance(0.01) ? stamp(startDay + 3 * DAY_MS) : null;
    pending.push(
      insTraining.run([id, `Pelatihan ${topic.replace(/_/g, ' ')} angkatan ${i + 1}`, topic, start, end, regency, 'Aula Dinas Koperasi dan UKM', '["Instruktur"]', 'Dinas Koperasi dan UKM', r.pick(['apbd', 'kementerian', 'mitra']), 30, stamp(startDay - 14 * DAY_MS), stamp(startDay), deleted]),
    );
    const count = r.int(PARTICIPANTS_PER_TRAINING - 10, PARTICIPANTS_PER_TRAINING + 10);
    for (let p = 0; p < count; p++) {
      const pid = r.uuid();
      const woman = r.chance(0.58);
      const gender = r.chance(0.05) ? null : woman ? 'P' : 'L';
      const name = `${r.pick(woman ? FEMALE_GIVEN : MALE_GIVEN)} ${r.pick(FAMILY_NAMES)}`;
      const ageYears = r.int(15, 55);
      const birthKnown = r.chance(0.6);
      const birth = birthKnown ? isoDate(startDay - ageYears * 365.25 * DAY_MS - r.int(0, 300) * DAY_MS) : null;
      const age = !birthKnown && r.chance(0.75) ? ageYears : null;
      const hasBusiness = r.chance(0.55);
      const linked = hasBusiness && r.chance(0.7) ? r.pick(businesses).id : null;
      const converted = !hasBusiness && r.chance(0.08) ? stamp(startDay + r.int(20, 200) * DAY_MS) : null;
      const businessId = linked ?? (converted ? r.pick(businesses).id : null);
      pending.push(
        insParticipant.run([pid, id, name, gender, birth, age, regency, hasBusiness ? 1 : 0, businessId, hasBusiness && !linked ? `Usaha ${name}` : null, converted, stamp(startDay - 7 * DAY_MS), stamp(startDay), r.chance(0.01) ? stamp(startDay) : null]),
      );
      participants++;
      for (let d = 0; d < days; d++) {
        if (r.chance(0.85)) {
          pending.push(insAttendance.run([pid, isoDate(startDay + d * DAY_MS), stamp(startDay + d * DAY_MS)]));
          attendance++;
        }
      }
    }
    if (pending.length > 5_000) await flush();
  }
  await flush();
  log(`  ${trainings.toLocaleString('en')} trainings, ${participants.toLocaleString('en')} participants, ${attendance.toLocaleString('en')} attendance rows`);

  const insMilestone = db.prepare(
    `INSERT INTO impact_milestone (id, business_id, kind, milestone_date, consultation_id, training_id, evidence, note, job_kind, men, women, sales_before, sales_after,
       capital_source, amount, permit_kind, channel, channel_name, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const KINDS = ['business_started', 'jobs', 'jobs', 'sales', 'sales', 'capital', 'permit', 'permit', 'market'] as const;
  for (let i = 0; i < milestones; i++) {
    // Most milestones follow a consultation: its business, a few weeks after it.
    let businessId: string;
    let consultationId: string | null = null;
    let day: number;
    const credited = r.chance(0.6);
    const row = credited ? (await db.all<{ id: string; business_id: string; date: string }>(`SELECT id, business_id, consultation_date AS date FROM consultation WHERE rowid = ? AND status = 'final'`, [r.int(1, maxRow)]))[0] : undefined;
    if (row) {
      businessId = row.business_id;
      consultationId = row.id;
      day = Math.min(LAST_DAY, Date.parse(`${row.date}T00:00:00Z`) + r.int(7, 90) * DAY_MS);
    } else {
      businessId = r.pick(businesses).id;
      day = FIRST_DAY + r.int(0, span) * DAY_MS;
    }
    const kind = r.pick(KINDS);
    const before = kind === 'sales' ? r.int(2, 200) * 500_000 : null;
    pending.push(
      insMilestone.run([
        r.uuid(),
        businessId,
        kind,
        isoDate(day),
        consultationId,
        r.chance(0.9) ? r.pick(['Foto dokumen', 'Pengakuan pemilik lewat WA', 'Nota penjualan', 'Salinan sertifikat']) : null,
        kind === 'jobs' ? r.pick(['created', 'created', 'kept']) : null,
        kind === 'jobs' ? r.int(0, 4) : null,
        kind === 'jobs' ? r.int(1, 4) : null,
        before,
        before !== null ? Math.round(before * (1 + r.next() * 0.8)) : null,
        kind === 'capital' ? r.pick(CAPITAL_SOURCES) : null,
        kind === 'capital' ? r.int(2, 100) * 1_000_000 : null,
        kind === 'permit' ? r.pick(PERMIT_KINDS) : null,
        kind === 'market' ? r.pick(SALES_CHANNELS) : null,
        stamp(day),
        stamp(day),
        r.chance(0.01) ? stamp(day) : null,
      ]),
    );
    if (pending.length > 5_000) await flush();
  }
  await flush();
  await db.exec('COMMIT');
  for (const st of [insTraining, insParticipant, insAttendance, insMilestone]) await st.finalize();
  await db.close();
  log(`  ${milestones.toLocaleString('en')} milestones`);
  await (await openDatabase(dataDir)).destroy();
  return {
    base: baseKey,
    generator: REPORTS_GENERATOR_VERSION,
    trainings,
    participants,
    attendance,
    milestones,
    buildMs: Math.round(nowMs() - t0),
    fileBytes: statSync(databasePath(dataDir)).size,
  };
}
