/**
 * Consultations at the size of eight years of a busy clinic (1,000,000 finalised consultations):
 *
 * - save: what the intake form sends for one consultation, consultations:saveDraft then
 *   consultations:finalize, a full intake with 3 dated action items, 2 referrals and 2 areas.
 *   Its floor is the very statements the core's connection ran for that (captured from a real,
 *   unmeasured save), replayed on a raw sqlite3 connection with the same durability (WAL,
 *   synchronous=FULL, foreign keys on), inside the same BEGIN/COMMIT, committing for real. Each
 *   floor iteration writes a consultation of its own: fresh ids for everything the save created,
 *   and desk code FLR1 (whose sequence row starts where the office desk's is), so numbers stay
 *   unique; the number comes from the replayed sequence statement, as the service's does.
 * - list: consultations:list for a month (page 1 of 50), and the month filtered by consultant,
 *   service area or kabupaten/kota. The floor is the SQL listConsultations runs, recorded from it.
 *
 * Rows the run writes (both sides' consultations) are removed afterwards, and the sequence rows
 * put back, so the cached database stays as generated.
 */
import { randomUUID } from 'node:crypto';
import type { ConsultationDetail, ConsultationDraftValues, ConsultationInput, ConsultationListQuery } from '../../src/shared/contract';
import { consultationListQuery } from '../../src/shared/contract/consultations';
import { todayIn } from '../../src/main/context';
import type { Core } from '../../src/main/core';
import { consultationNumber } from '../../src/main/modules/consultations/consultation.mapper';
import { listConsultations } from '../../src/main/modules/consultations/consultation.queries';
import { ensureConsultationDb, OFFICE_DESK } from '../generate-consultations';
import { BENCH_PIN, captureStatements, interruptCore, openBenchCore } from '../lib/core';
import { RawDb, recordStatements, replay, type Statement } from '../lib/floor';
import { Rng } from '../lib/prng';
import { measure, wanted, type Suite, type SuiteContext } from '../lib/suite';

/** The desk code the floor's consultations are numbered under, apart from the office's. */
const FLOOR_DESK = 'FLR1';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function explain(ctx: SuiteContext, raw: RawDb, statements: readonly Statement[]): Promise<void> {
  for (const st of statements) {
    if (!/^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(st.sql)) continue;
    const plan = await raw.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params);
    ctx.log(`    plan of ${st.sql.replace(/\s+/g, ' ').trim().slice(0, 70)}...`);
    for (const r of plan) ctx.log(`      ${r.detail}`);
  }
}

// ------------------------------------------------------------------------------------ list

interface ListAnswer {
  rows: Array<{ id: string }>;
  total: number;
  totalContactMinutes: number;
}

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The six full months before the data's last one: the ones a list screen is mostly opened on. */
async function recentMonths(raw: RawDb): Promise<string[]> {
  const last = (await raw.get<{ m: string }>(`SELECT max(period) AS m FROM consultation WHERE status = 'final'`))?.m;
  if (!last) throw new Error('the benchmark database has no consultations');
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 2 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

async function listSpecs(raw: RawDb, rng: Rng): Promise<Array<{ name: string; what: string; inputs: ConsultationListQuery[] }>> {
  const months = await recentMonths(raw);
  const month = (mo: string, extra: Partial<ConsultationListQuery> = {}): ConsultationListQuery => ({
    from: `${mo}-01`,
    to: monthEnd(mo),
    page: 1,
    pageSize: 50,
    ...extra,
  });
  // A consultant of ordinary load: the median of those active in the latest month.
  const consultants = await raw.all<{ id: string; name: string; n: number }>(
    `SELECT k.id, k.name, count(*) AS n FROM consultation c JOIN consultation_consultant cc ON cc.consultation_id = c.id
     JOIN consultant k ON k.id = cc.consultant_id
     WHERE c.consultation_date BETWEEN ? AND ? AND k.active = 1 GROUP BY k.id ORDER BY n, k.id`,
    [`${months[0]}-01`, monthEnd(months[0] as string)],
  );
  const consultant = consultants[Math.floor(consultants.length / 2)];
  if (!consultant) throw new Error('no active consultant in the latest month');
  const area = rng.pick(['legalitas', 'pemasaran', 'pembiayaan'] as const);
  return [
    { name: 'list.month', what: `a month (${months.join(', ')}), page 1 of 50, newest first`, inputs: months.map((mo) => month(mo)) },
    {
      name: 'list.month-consultant',
      what: `a month, consultant ${consultant.name} (${consultant.n} that month)`,
      inputs: months.map((mo) => month(mo, { consultantId: consultant.id })),
    },
    { name: 'list.month-area', what: `a month, service area ${area}`, inputs: months.map((mo) => month(mo, { serviceArea: area })) },
    { name: 'list.month-regency', what: "a month, kabupaten/kota '64.72' (Kota Samarinda)", inputs: months.map((mo) => month(mo, { regencyCode: '64.72' })) },
  ];
}

async function runList(ctx: SuiteContext, core: Core, raw: RawDb, n: number, rng: Rng): Promise<void> {
  for (const spec of await listSpecs(raw, rng)) {
    if (!wanted(ctx, `consultations.${spec.name}`)) continue;
    const prepared: Array<{ input: ConsultationListQuery; statements: Statement[] }> = [];
    for (const input of spec.inputs) {
      const parsed = consultationListQuery.parse(input);
      const statements = await recordStatements(
        (ds) => listConsultations(ds, parsed),
        (sql) => (/count\(\*\) AS total/.test(sql) ? [{ total: 0, minutes: 0 }] : []),
      );
      prepared.push({ input, statements });
    }
    ctx.log(`  ${spec.name}: ${spec.what}`);
    if (ctx.explain) await explain(ctx, raw, prepared[0]?.statements ?? []);
    const totals = new Map<unknown, number>();
    const figure = await measure({
      name: `consultations.${spec.name}`,
      n,
      inputs: prepared,
      subject: async (p) => {
        const reply = await core.router.invoke('consultations:list', p.input);
        if (!reply.ok) throw new Error(`${spec.name}: ${reply.error.code} ${reply.error.message}`);
        const answer = reply.value as ListAnswer;
        totals.set(p, answer.total);
        return answer;
      },
      floor: (p) => replay(raw, p.statements),
      verify: (answer, floor, p) => {
        // listConsultations runs the totals and the page together: find each by its shape.
        const sums = floor.find((r) => r.length === 1 && 'total' in (r[0] as object))?.[0] as { total: number; minutes: number } | undefined;
        const rows = (floor.find((r) => r !== undefined && !(r.length === 1 && 'total' in (r[0] as object))) ?? []) as Array<{ id: string }>;
        if (
          answer.total !== sums?.total ||
          answer.totalContactMinutes !== sums.minutes ||
          answer.rows.map((r) => r.id).join() !== rows.map((r) => r.id).join()
        ) {
          throw new Error(`${spec.name}: the floor's result differs from the router's for ${JSON.stringify(p.input)}`);
        }
        if (answer.total === 0 || answer.rows.length === 0) throw new Error(`${spec.name}: ${JSON.stringify(p.input)} finds nothing`);
      },
      iterations: ctx.iterations,
      warmup: ctx.warmup,
      budgetMs: ctx.budgetMs,
      interrupt: { subject: () => interruptCore(core), floor: () => raw.interrupt() },
    });
    const values = [...totals.values()];
    const cut = figure.timed_out ? `; INTERRUPTED after ${Math.round(ctx.budgetMs / 1000)} s, times are lower bounds` : '';
    ctx.report({ ...figure, note: `matches ${Math.min(...values)}..${Math.max(...values)}${cut}` });
  }
}

// ------------------------------------------------------------------------------------ save

interface SaveInput {
  businessId: string;
  consultantIds: string[];
}

/** The intake as the form holds it: 2 areas, 2 referrals, 3 dated action items, texts of real length. */
function intake(base: SaveInput, date: string, itemIds: string[]): { draft: ConsultationDraftValues; values: ConsultationInput } {
  const due = (days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const items = [
    { what: 'Mendaftar NIB melalui OSS', who: 'business' as const, dueDate: due(7) },
    { what: 'Mengikuti penyuluhan keamanan pangan untuk P-IRT', who: 'business' as const, dueDate: due(14) },
    { what: 'Menghubungkan dengan petugas KUR bank penyalur', who: 'consultant' as const, dueDate: due(30) },
  ].map((item, i) => ({ id: itemIds[i] as string, ...item }));
  const values = {
    businessId: base.businessId,
    consultantIds: base.consultantIds,
    date,
    startTime: '09:30',
    contactMinutes: 45,
    prepMinutes: 15,
    channel: 'datang_langsung' as const,
    serviceAreas: ['legalitas' as const, 'pembiayaan' as const],
    complaint:
      'Pelaku usaha datang ke klinik dan menyampaikan bahwa toko modern meminta nomor P-IRT dan sertifikat halal sebelum mau menerima produknya. ' +
      'Selain itu, pengajuan KUR sebelumnya ditolak karena tidak ada catatan keuangan. Omzet rata-rata per bulan menurut pemilik sekitar 12 juta rupiah.',
    diagnosis:
      'Produk termasuk pangan olahan risiko rendah yang bisa mengurus P-IRT dan sertifikat halal melalui jalur pernyataan pelaku usaha. ' +
      'Tidak ada pembukuan; pemilik tidak tahu laba bersih per bulan maupun perputaran kas usaha.',
    advice:
      'Disarankan mengikuti penyuluhan keamanan pangan untuk P-IRT, lalu mendaftar sertifikasi halal gratis melalui pendamping proses produk halal. ' +
      'Pisahkan rekening usaha dan pribadi, catat pemasukan dan pengeluaran harian, dan ajukan KUR mikro setelah catatan penjualan tiga bulan tersedia.',
    referrals: [
      { kind: 'dinkes_pirt' as const, note: 'Pendaftaran P-IRT baru' },
      { kind: 'bank_kur' as const, note: 'Pengajuan KUR mikro ke bank penyalur terdekat' },
    ],
    actionItems: items,
  };
  const draft: ConsultationDraftValues = {
    ...values,
    serviceAreas: [...values.serviceAreas],
    referrals: values.referrals.map((r) => ({ kind: r.kind, note: r.note })),
    actionItems: items.map((i) => ({ ...i })),
  };
  return { draft, values };
}

/** One save, as the form does it: the last autosave, then finalise. */
async function save(core: Core, base: SaveInput, date: string): Promise<{ id: string; detail: ConsultationDetail }> {
  const id = randomUUID();
  const { draft, values } = intake(base, date, [randomUUID(), randomUUID(), randomUUID()]);
  const saved = await core.router.invoke('consultations:saveDraft', { id, values: draft });
  if (!saved.ok) throw new Error(`saveDraft: ${saved.error.code} ${saved.error.message}`);
  const final = await core.router.invoke('consultations:finalize', { id, values });
  if (!final.ok) throw new Error(`finalize: ${final.error.code} ${final.error.message} ${JSON.stringify(final.error.fields ?? {})}`);
  return { id, detail: final.value as ConsultationDetail };
}

/**
 * Where a recorded finalise put the sequence number of the consultation's number: the parameter
 * bound to the `seq` column (`seq = ?` in the UPDATE of the draft, or `seq` in an INSERT's column
 * list), found by the column and not by the value, since a small number (the first save of a
 * month the data has few or no consultations in) equals other parameters such as `version = 1` or
 * a consultant's `position`. Throws when there is no such parameter or it holds another value.
 */
export function sequenceSlots(statements: readonly Statement[], seq: number): Map<number, number[]> {
  const slots = new Map<number, number[]>();
  statements.forEach((s, si) => {
    // Only statements with plain `?` placeholders, one per parameter: the n-th `?` is parameter n.
    if (/\?\d/.test(s.sql)) return;
    const parts = s.sql.split('?');
    if (parts.length - 1 !== s.params.length) return;
    const found: number[] = [];
    const insert = /^\s*INSERT\s+INTO\s+"?consultation"?\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)/i.exec(s.sql);
    if (insert) {
      const columns = (insert[1] as string).split(',').map((c) => c.trim().replace(/"/g, ''));
      const values = (insert[2] as string).split(',').map((v) => v.trim());
      const at = columns.indexOf('seq');
      if (at >= 0 && values.length === columns.length && values.slice(0, at + 1).every((v) => v === '?')) found.push(at);
    } else if (/^\s*UPDATE\s+"?consultation"?\s+SET\b/i.test(s.sql)) {
      for (let i = 0; i < parts.length - 1; i++) if (/(^|[\s,"])seq"?\s*=\s*$/.test(parts[i] as string)) found.push(i);
    }
    if (found.length) slots.set(si, found);
  });
  const all = [...slots.entries()].flatMap(([si, ps]) => ps.map((pi) => (statements[si] as Statement).params[pi]));
  if (all.length !== 1 || all[0] !== seq) {
    throw new Error(`the save's sequence number ${seq} is not where the floor looks for it (found ${JSON.stringify(all)} in seq columns)`);
  }
  return slots;
}

/**
 * A recorded save turned into a floor that writes a consultation of its own each time: every id
 * the save created is replaced by a fresh one, the office desk by FLOOR_DESK, and the number and
 * its sequence by what the replayed sequence statement returns.
 */
class SaveFloor {
  readonly created: string[] = [];
  private constructor(
    private readonly statements: Statement[],
    private readonly fresh: Set<string>,
    private readonly number: string,
    /** Where the sequence number sits among the parameters: statement index -> parameter indexes. */
    private readonly seqSlots: Map<number, number[]>,
    private readonly period: string,
  ) {}

  static async from(raw: RawDb, statements: Statement[], detail: ConsultationDetail): Promise<SaveFloor> {
    const m = /^KB\/([^/]+)\/(\d{4})\/(\d{2})\/(\d+)$/.exec(detail.number ?? '');
    if (!m || m[1] !== OFFICE_DESK) throw new Error(`unexpected consultation number ${detail.number}`);
    const seq = Number(m[4]);
    // Ids in the statements that existed before the save (business, consultants, office) stay.
    const ids = new Set<string>();
    for (const s of statements) for (const p of s.params) if (typeof p === 'string') for (const u of p.match(UUID) ?? []) ids.add(u);
    const existing = new Set<string>();
    for (const table of ['business', 'consultant', 'office_profile', 'region']) {
      const list = [...ids];
      const rows = await raw.all<{ id: string }>(`SELECT id FROM ${table} WHERE id IN (${list.map(() => '?').join(',')})`, list).catch(() => []);
      for (const r of rows) existing.add(r.id);
    }
    const fresh = new Set([...ids].filter((id) => !existing.has(id)));
    if (!fresh.has(detail.id)) throw new Error('the recorded save does not show the consultation id');
    if (!statements.some((s) => /consultation_sequence/.test(s.sql) && /RETURNING/i.test(s.sql))) {
      throw new Error('the save took its number in a way the floor does not know (no RETURNING from consultation_sequence)');
    }
    return new SaveFloor(statements, fresh, detail.number as string, sequenceSlots(statements, seq), `${m[2]}-${m[3]}`);
  }

  /** The floor desk's sequence starts where the office desk's stands, so both take the same branch. */
  async seed(raw: RawDb): Promise<void> {
    await raw.run(`DELETE FROM consultation_sequence WHERE desk_code = ?`, [FLOOR_DESK]);
    await raw.run(
      `INSERT INTO consultation_sequence (desk_code, period, last_seq) SELECT ?, period, last_seq FROM consultation_sequence WHERE desk_code = ? AND period = ?`,
      [FLOOR_DESK, OFFICE_DESK, this.period],
    );
  }

  async run(raw: RawDb): Promise<unknown[][]> {
    const map = new Map<string, string>();
    for (const id of this.fresh) map.set(id, randomUUID());
    let number: string | null = null;
    let seq: number | null = null;
    const results: unknown[][] = [];
    for (const [si, s] of this.statements.entries()) {
      const slots = this.seqSlots.get(si) ?? [];
      const params = s.params.map((p, pi) => {
        if (slots.includes(pi)) {
          if (seq === null) throw new Error('the number is used before the sequence statement ran');
          return seq;
        }
        if (typeof p !== 'string') return p;
        if (p === OFFICE_DESK) return FLOOR_DESK;
        let out = p.replace(UUID, (u) => map.get(u) ?? u);
        if (out.includes(this.number)) {
          if (number === null) throw new Error('the number is used before the sequence statement ran');
          out = out.split(this.number).join(number);
        }
        return out;
      });
      const rows = await raw.all(s.sql, params);
      if (seq === null && /consultation_sequence/.test(s.sql) && /RETURNING/i.test(s.sql)) {
        seq = (rows[0] as { last_seq?: number } | undefined)?.last_seq ?? null;
        if (typeof seq !== 'number') throw new Error('the replayed sequence statement returned no number');
        number = consultationNumber(FLOOR_DESK, this.period, seq);
      }
      results.push(rows);
    }
    this.created.push(map.get([...this.fresh][0] as string) as string);
    return results;
  }
}

/**
 * The date the measured saves carry: today, or the data's last day when today is past it. The
 * generated consultations end on a fixed day (2026-11-27), so a save dated today in a later month
 * would be the first of an empty month instead of one among the thousands of a month the data has.
 */
export async function saveDate(raw: RawDb, now: () => Date): Promise<string> {
  const today = todayIn('Asia/Makassar', now);
  const last = await raw.get<{ d: string | null }>(
    `SELECT max(consultation_date) AS d FROM consultation WHERE status = 'final' AND desk_code = ? AND deleted_at IS NULL`,
    [OFFICE_DESK],
  );
  return last?.d && last.d < today ? last.d : today;
}

async function runSave(ctx: SuiteContext, core: Core, file: string, n: number, rng: Rng): Promise<void> {
  const name = 'consultations.save.three-actions';
  if (!wanted(ctx, name)) return;
  const raw = await RawDb.open(file);
  // What the app's connection runs with: a confirmed save survives a power cut.
  await raw.exec(`PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;`);
  const journal = await raw.get<{ journal_mode: string }>(`PRAGMA journal_mode`);
  if (journal?.journal_mode !== 'wal') throw new Error(`the benchmark database is in ${journal?.journal_mode} mode, not WAL`);
  const sequenceBefore = await raw.all<{ desk_code: string; period: string; last_seq: number }>(
    `SELECT desk_code, period, last_seq FROM consultation_sequence WHERE desk_code IN (?, ?)`,
    [OFFICE_DESK, FLOOR_DESK],
  );
  const subjectIds: string[] = [];
  let floors: SaveFloor[] = [];
  try {
    // The consultant on duty, and the office desk's live businesses and active consultants to save for.
    const team = await raw.all<{ id: string }>(`SELECT id FROM consultant WHERE active = 1 AND deleted_at IS NULL ORDER BY id`);
    if (team.length < 2) throw new Error('too few active consultants');
    const actor = (team[0] as { id: string }).id;
    const started = await core.router.invoke('session:start', { consultantId: actor, pin: BENCH_PIN });
    if (!started.ok) throw new Error(`session:start: ${started.error.message}`);
    const rowids = Array.from({ length: 40 }, () => rng.int(1, ctx.profiles));
    const businesses = await raw.all<{ id: string }>(
      `SELECT id FROM business WHERE rowid IN (${rowids.join(',')}) AND deleted_at IS NULL ORDER BY rowid LIMIT 8`,
    );
    const inputs: SaveInput[] = businesses.map((b, i) => ({
      businessId: b.id,
      consultantIds: i % 2 ? [actor] : [actor, (team[1 + (i % (team.length - 1))] as { id: string }).id],
    }));
    const date = await saveDate(raw, () => new Date());

    // One unmeasured save per input, its statements captured as that input's floor.
    for (const input of inputs) {
      const { value, statements } = await captureStatements(core, () => save(core, input, date));
      subjectIds.push(value.id);
      floors.push(await SaveFloor.from(raw, statements, value.detail));
    }
    await (floors[0] as SaveFloor).seed(raw);
    const statementCount = (floors[0] as unknown as { statements: Statement[] }).statements.length;
    ctx.log(`  save.three-actions: consultations:saveDraft + :finalize, 3 dated action items, 2 referrals, 2 areas (${statementCount} statements)`);
    if (ctx.explain) await explain(ctx, raw, (floors[0] as unknown as { statements: Statement[] }).statements.filter((s) => /WHERE/i.test(s.sql)));

    const byInput = new Map(inputs.map((input, i) => [input, floors[i] as SaveFloor]));
    let followUps = 0;
    const figure = await measure({
      name,
      n,
      inputs,
      subject: async (input) => {
        const { id, detail } = await save(core, input, date);
        subjectIds.push(id);
        if (detail.status !== 'final' || detail.followUps.length !== 3) throw new Error(`${name}: the save came back ${detail.status} with ${detail.followUps.length} follow-ups`);
        followUps += detail.followUps.length;
        return detail;
      },
      floor: (input) => (byInput.get(input) as SaveFloor).run(raw),
      iterations: ctx.iterations,
      warmup: ctx.warmup,
      budgetMs: ctx.budgetMs,
    });
    // The floor must have written what the service writes: a final consultation with its 3 follow-ups each time.
    const floorIds = floors.flatMap((f) => f.created);
    const written = await raw.get<{ c: number; f: number; r: number }>(
      `SELECT count(*) AS c, (SELECT count(*) FROM follow_up WHERE consultation_id IN (SELECT value FROM json_each(?1))) AS f,
              (SELECT count(*) FROM consultation_revision WHERE consultation_id IN (SELECT value FROM json_each(?1))) AS r
       FROM consultation WHERE status = 'final' AND desk_code = ? AND id IN (SELECT value FROM json_each(?1))`,
      [JSON.stringify(floorIds), FLOOR_DESK],
    );
    if (written?.c !== floorIds.length || written.f !== 3 * floorIds.length || written.r !== floorIds.length) {
      throw new Error(`${name}: the floor wrote ${JSON.stringify(written)} for ${floorIds.length} saves`);
    }
    ctx.report({
      ...figure,
      note:
        `${statementCount} statements, 2 commits; floor: the same, committed (WAL, synchronous FULL), fresh ids, desk ${FLOOR_DESK}; ` +
        `${followUps / Math.max(1, subjectIds.length - inputs.length)} follow-ups per save`,
    });
  } finally {
    // Leave the cached database as generated: remove both sides' consultations, restore the sequences.
    const ids = JSON.stringify([...subjectIds, ...floors.flatMap((f) => f.created)]);
    await raw.exec('BEGIN');
    for (const table of ['follow_up', 'consultation_revision', 'consultation_consultant']) {
      await raw.run(`DELETE FROM ${table} WHERE consultation_id IN (SELECT value FROM json_each(?))`, [ids]);
    }
    await raw.run(`DELETE FROM audit_log WHERE entity = 'consultation' AND entity_id IN (SELECT value FROM json_each(?))`, [ids]);
    await raw.run(`DELETE FROM consultation WHERE id IN (SELECT value FROM json_each(?))`, [ids]);
    await raw.run(`DELETE FROM consultation_sequence WHERE desk_code IN (?, ?)`, [OFFICE_DESK, FLOOR_DESK]);
    await raw.run(`INSERT INTO consultation_sequence (desk_code, period, last_seq) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`, [
      JSON.stringify(sequenceBefore.map((s) => [s.desk_code, s.period, s.last_seq])),
    ]);
    await raw.exec('COMMIT');
    floors = [];
    await raw.close();
  }
}

export const consultationsSuite: Suite = {
  name: 'consultations',
  description: "consultations:saveDraft+finalize and :list via core.router.invoke, against the statements the core ran on a raw sqlite3 connection",
  async run(ctx: SuiteContext): Promise<void> {
    const db = await ensureConsultationDb({ profiles: ctx.profiles, consultations: ctx.consultations, seed: ctx.seed, log: ctx.log });
    const m = db.meta;
    ctx.log(
      `database ${db.cached ? 'cached' : 'built'}: ${m.consultations.toLocaleString('en')} consultations, ${m.followUps.toLocaleString('en')} follow-ups ` +
        `over ${m.profiles.toLocaleString('en')} profiles, ${(m.fileBytes / 1e6).toFixed(0)} MB, built in ${(m.buildMs / 1000).toFixed(1)} s ` +
        `(copy ${(m.copyMs / 1000).toFixed(1)} s, generate+insert ${(m.insertMs / 1000).toFixed(1)} s, first open ${(m.reopenMs / 1000).toFixed(1)} s)`,
    );
    const { core, problems } = await openBenchCore(db.dataDir);
    const raw = await RawDb.open(db.file, { readonly: true });
    const rng = new Rng(ctx.seed ^ 0xc0de);
    try {
      await runList(ctx, core, raw, m.consultations, rng);
      await runSave(ctx, core, db.file, m.consultations, rng);
      for (const p of problems.filter((x) => !/SQLITE_INTERRUPT/.test(x))) ctx.log(`core logged ${p}`);
    } finally {
      await raw.close();
      await core.close();
    }
  },
};
