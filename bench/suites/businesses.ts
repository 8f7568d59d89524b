/**
 * businesses:list, the find-a-business screen: searches by name word, phone and NIB, and filtered,
 * sorted pages; and businesses:checkDuplicates, run while a new profile is typed. Each figure goes
 * through core.router.invoke (validation, handler, service, TypeORM, output validation: the
 * renderer's path) and is set against its floor, the very SQL the repository ran (recorded from
 * searchBusinesses / findDuplicates themselves) replayed on a raw sqlite3 connection.
 */
import type { BusinessListQuery, DuplicateCandidate } from '../../src/shared/contract';
import { duplicateQuery, listQuery } from '../../src/shared/contract/businesses';
import { DeskSession } from '../../src/main/context';
import type { Core } from '../../src/main/core';
import { BusinessService } from '../../src/main/modules/businesses';
import { searchBusinesses } from '../../src/main/modules/businesses/business.search.queries';
import { ensureBusinessDb } from '../generate';
import { interruptCore, openBenchCore } from '../lib/core';
import { RawDb, recordStatements, replay, type Statement } from '../lib/floor';
import { Rng } from '../lib/prng';
import { measure, wanted, type Suite, type SuiteContext } from '../lib/suite';

type Channel = 'businesses:list' | 'businesses:checkDuplicates';

interface ListAnswer {
  rows: Array<{ id: string }>;
  total: number;
}

/** One figure: a channel, the inputs it rotates through, and how to check the floor's answer. */
interface FigureSpec {
  name: string;
  what: string;
  channel: Channel;
  inputs: unknown[];
  /** Throws when the router's answer and the floor's results disagree for this input. */
  verify(answer: unknown, floor: unknown[][], input: unknown): void;
  /** How many records the answer found, for the table's note. */
  found(answer: unknown): number;
  /** Anything else the note should say once measured. */
  remark?(): string;
}

interface Prepared {
  input: unknown;
  statements: Statement[];
}

const listTotal = (answer: unknown) => (answer as ListAnswer).total;

/** The list's floor must do the same work: the same page of rows and the same total. */
function verifyList(answer: unknown, [rows, count]: unknown[][], input: unknown): void {
  const a = answer as ListAnswer;
  const floorRows = (rows ?? []) as Array<{ id: string }>;
  const floorTotal = (count as Array<{ n: number }> | undefined)?.[0]?.n;
  if (a.total !== floorTotal || a.rows.map((r) => r.id).join() !== floorRows.map((r) => r.id).join()) {
    throw new Error(`the floor's result differs from the router's for ${JSON.stringify(input)}`);
  }
  if (a.total === 0) throw new Error(`${JSON.stringify(input)} finds nothing`);
}

/**
 * Words of business names in the search index, with how many profiles carry each anywhere (a
 * search looks in every indexed column: "sulaiman" may be rare in names and common in owners').
 */
async function nameVocabulary(raw: RawDb): Promise<Array<{ term: string; doc: number }>> {
  await raw.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab_col USING fts5vocab(main, business_fts, 'col')`);
  await raw.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab_row USING fts5vocab(main, business_fts, 'row')`);
  return raw.all<{ term: string; doc: number }>(
    `SELECT r.term, r.doc FROM temp.bench_vocab_row r
     WHERE length(r.term) >= 3 AND r.term GLOB '[a-z]*' AND r.term NOT GLOB '*[0-9]*'
       AND EXISTS (SELECT 1 FROM temp.bench_vocab_col c WHERE c.term = r.term AND c.col = 'name')
     ORDER BY r.term`,
  );
}

/** `count` distinct items of `items`, chosen by `rng`, in a stable order. */
function choose<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

/** Live rows at evenly spread pseudo-random rowids: the source of real phones, NIBs and names. */
async function sampleRows(raw: RawDb, rng: Rng, profiles: number, count: number, where: string) {
  const rowids = Array.from({ length: count * 4 }, () => rng.int(1, profiles));
  const rows = await raw.all<{
    rowid: number;
    id: string;
    name: string;
    owner_name: string | null;
    owner_phone: string | null;
    nib: string | null;
    province_code: string | null;
    regency_code: string | null;
    district_code: string | null;
  }>(
    `SELECT rowid, id, name, owner_name, owner_phone, nib, province_code, regency_code, district_code FROM business WHERE rowid IN (${rowids.join(',')}) AND deleted_at IS NULL AND ${where}`,
  );
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  const out: typeof rows = [];
  for (const id of rowids) {
    const row = byRowid.get(id);
    if (row && !out.includes(row)) out.push(row);
    if (out.length === count) break;
  }
  return out;
}

/** The inputs of each figure, chosen from the data so every search finds something. */
async function figureSpecs(raw: RawDb, seed: number, profiles: number): Promise<FigureSpec[]> {
  const rng = new Rng(seed ^ 0x5eed);
  const vocab = await nameVocabulary(raw);
  // Searches are prefix searches ("kue"*), so a word that begins other words ("hang": "hangat")
  // finds more than its own count: the middle and rare bands take only words that begin no other.
  const stem = new Set(vocab.filter((v, i) => vocab[i + 1]?.term.startsWith(v.term)).map((v) => v.term));
  const band = (lo: number, hi: number, prefixes = true) =>
    vocab.filter((v) => v.doc >= lo && v.doc <= hi && (prefixes || !stem.has(v.term))).map((v) => v.term);
  const common = choose(rng, band(profiles * 0.01, profiles * 0.2), 6);
  const medium = choose(rng, band(Math.max(3, profiles * 0.0005), Math.max(10, profiles * 0.005), false), 6);
  const rare = choose(rng, band(1, Math.max(3, Math.round(profiles / 20_000)), false), 6);
  const named = await sampleRows(raw, rng, profiles, 12, 'owner_phone IS NOT NULL AND owner_name IS NOT NULL');
  const twoWords = named.map((r) => {
    const words = r.name.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
    return words.length >= 2 ? `${words[0]} ${words[words.length - 1]}` : r.name;
  });
  const phones = (await sampleRows(raw, rng, profiles, 12, `owner_phone LIKE '+628%'`)).map((r) => `0${(r.owner_phone as string).slice(3)}`);
  const nibs = (await sampleRows(raw, rng, profiles, 12, 'nib IS NOT NULL')).map((r) => r.nib as string);
  const district = (await raw.get<{ code: string }>(`SELECT code FROM region WHERE parent_code = '64.72' ORDER BY code LIMIT 1 OFFSET 2`))?.code;
  if (!district || common.length === 0 || rare.length === 0 || phones.length === 0 || nibs.length === 0) {
    throw new Error('the benchmark database has too little data to choose search inputs from');
  }
  const list = (name: string, what: string, queries: BusinessListQuery[]): FigureSpec => ({
    name,
    what,
    channel: 'businesses:list',
    inputs: queries,
    verify: verifyList,
    found: listTotal,
  });
  // What the list screen sends while searching: best match first.
  const q = (query: string): BusinessListQuery => ({ query, sort: 'relevance' });
  const duplicates = (name: string, what: string, inputs: Array<{ input: Record<string, string>; id: string }>): FigureSpec => {
    // The floor has no scoring to compare with. The answer should at least list the very profile
    // that was typed in again; when it does not, that is a finding about the check, not a reason
    // to stop measuring it, so it is counted and shown.
    const missed = new Set<unknown>();
    return {
      name,
      what,
      channel: 'businesses:checkDuplicates',
      inputs: inputs.map((i) => i.input),
      verify: (answer, _floor, input) => {
        const expected = inputs.find((i) => i.input === input)?.id;
        if (!(answer as DuplicateCandidate[]).some((c) => c.id === expected)) missed.add(input);
      },
      found: (answer) => (answer as DuplicateCandidate[]).length,
      remark: () => (missed.size ? `; the typed-in profile MISSING from the answer for ${missed.size} input(s): ${[...missed].map((m) => JSON.stringify(m)).join(' ')}` : ''),
    };
  };
  return [
    list('search.word-common', `a common name word (${common.join(', ')})`, common.map(q)),
    list('search.word-common-by-name', 'a common name word, the result sorted by name instead', common.map((w) => ({ query: w, sort: 'name' }))),
    list('search.word-medium', `a less common name word (${medium.join(', ')})`, medium.map(q)),
    list('search.word-rare', `a rare name word (${rare.join(', ')})`, rare.map(q)),
    list('search.two-words', `two words of a real name (${twoWords.slice(0, 3).join(', ')}, ...)`, twoWords.map(q)),
    list('search.prefix-3', 'the first three letters of a common word, as typed', common.map((w) => q(w.slice(0, 3)))),
    list(
      'search.phone',
      'a real phone in 08.. form, 9 digits up to the whole number',
      phones.map((p, i) => q(p.slice(0, Math.min(p.length, 9 + (i % 4))))),
    ),
    list('search.phone-prefix-4', 'the first four digits of a phone (0812..), as typed', [...new Set(phones.map((p) => p.slice(0, 4)))].map(q)),
    list('search.nib', 'an existing NIB, exact', nibs.map(q)),
    list('list.all-by-name', 'no filter, sorted by name, page 1 (the first screen)', [{}]),
    list('list.regency-by-name', "regencyCode '64.72' sorted by name, page 1", [{ regencyCode: '64.72', sort: 'name', page: 1 }]),
    list('list.regency-status-scale', "regencyCode '64.72', status aktif, scale mikro, by name", [
      { regencyCode: '64.72', status: 'aktif', scale: 'mikro', sort: 'name' },
    ]),
    list('list.district-kbli', `districtCode '${district}', KBLI category C, by name`, [{ districtCode: district, kbliCategory: 'C', sort: 'name' }]),
    list('list.recently-updated', 'no filter, sort updated desc', [{ sort: 'updated', direction: 'desc' }]),
    list('list.tag', "tag 'kur', by name", [{ tag: 'kur' }]),
    list('list.word-in-regency', "a common word within regencyCode '64.72'", common.map((w) => ({ query: w, regencyCode: '64.72' }))),
    duplicates(
      'duplicates.existing',
      'businesses:checkDuplicates with the name, owner and phone of an existing profile (typing it in again)',
      named.map((r) => ({
        input: { name: r.name, ownerName: r.owner_name as string, ownerPhone: `0${(r.owner_phone as string).slice(3)}` },
        id: r.id,
      })),
    ),
    duplicates(
      'duplicates.owner-variant-in-district',
      "businesses:checkDuplicates with an existing owner's name given a title and the old spelling, and the profile's kecamatan",
      named
        .filter((r) => r.district_code)
        .map((r) => ({
          input: {
            ownerName: `Hj. ${(r.owner_name as string).replace(/u/g, 'oe').replace(/j/g, 'dj')}`,
            provinceCode: r.province_code as string,
            regencyCode: r.regency_code as string,
            districtCode: r.district_code as string,
          },
          id: r.id,
        })),
    ),
  ];
}

function totalsNote(totals: number[], what: string): string {
  const show = (n: number) => (n > 10_000 ? '>10000' : String(n));
  const lo = Math.min(...totals);
  const hi = Math.max(...totals);
  return lo === hi ? `${what} ${show(lo)}` : `${what} ${show(lo)}..${show(hi)}`;
}

/** The statements the repository runs for an input, recorded from the repository code itself. */
function recorder(core: Core, today: string) {
  return async (channel: Channel, input: unknown): Promise<Statement[]> => {
    const empty = (sql: string) => (/count\(\*\)/.test(sql) ? [{ n: 0 }] : []);
    if (channel === 'businesses:list') {
      const parsed = listQuery.parse(input);
      return recordStatements((ds) => searchBusinesses(ds.manager, parsed, today), empty);
    }
    const parsed = duplicateQuery.parse(input);
    const quiet = { info() {}, warn() {}, error() {} };
    const { audit, regions, settings } = core.services;
    return recordStatements(
      (ds) => new BusinessService({ ds, clock: () => new Date(), session: new DeskSession(), logger: quiet }, audit, regions, settings).findDuplicates(parsed),
      empty,
    );
  };
}

export const businessesSuite: Suite = {
  name: 'businesses',
  description: "businesses:list and :checkDuplicates via core.router.invoke, against the repository's SQL on a raw sqlite3 connection",
  async run(ctx: SuiteContext): Promise<void> {
    const db = await ensureBusinessDb({ profiles: ctx.profiles, seed: ctx.seed, log: ctx.log });
    const m = db.meta;
    ctx.log(
      `database ${db.cached ? 'cached' : 'built'}: ${m.profiles.toLocaleString('en')} profiles, ${(m.fileBytes / 1e6).toFixed(0)} MB, ` +
        `built in ${(m.buildMs / 1000).toFixed(1)} s (schema ${(m.schemaMs / 1000).toFixed(1)} s, generate+insert ${(m.insertMs / 1000).toFixed(1)} s, ` +
        `first open ${(m.reopenMs / 1000).toFixed(1)} s), SQLite ${m.sqliteVersion}`,
    );
    const { core, problems } = await openBenchCore(db.dataDir);
    const raw = await RawDb.open(db.file, { readonly: true });
    try {
      const specs = await figureSpecs(raw, ctx.seed, m.profiles);
      const record = recorder(core, await core.services.businesses.today());
      for (const spec of specs.filter((sp) => wanted(ctx, `businesses.${sp.name}`))) {
        const prepared: Prepared[] = [];
        for (const input of spec.inputs) prepared.push({ input, statements: await record(spec.channel, input) });
        ctx.log(`  ${spec.name}: ${spec.what}`);
        if (ctx.explain) {
          for (const st of prepared[0]?.statements ?? []) {
            const plan = await raw.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params);
            ctx.log(`    plan of ${st.sql.replace(/\s+/g, ' ').slice(0, 60)}...`);
            for (const r of plan) ctx.log(`      ${r.detail}`);
          }
        }
        const found = new Map<Prepared, number>();
        const figure = await measure({
          name: `businesses.${spec.name}`,
          n: m.profiles,
          inputs: prepared,
          subject: async (p: Prepared) => {
            const reply = await core.router.invoke(spec.channel, p.input);
            if (!reply.ok) throw new Error(`${spec.name}: ${reply.error.code} ${reply.error.message}`);
            found.set(p, spec.found(reply.value));
            return reply.value;
          },
          floor: (p: Prepared) => replay(raw, p.statements),
          verify: (answer, floor, p) => {
            try {
              spec.verify(answer, floor, p.input);
            } catch (err) {
              throw new Error(`${spec.name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
            }
          },
          iterations: ctx.iterations,
          warmup: ctx.warmup,
          budgetMs: ctx.budgetMs,
          interrupt: { subject: () => interruptCore(core), floor: () => raw.interrupt() },
        });
        const used = found.size < prepared.length ? `, ${found.size} of ${prepared.length} inputs` : '';
        const noun = spec.channel === 'businesses:list' ? 'matches' : 'candidates';
        const matched = found.size ? totalsNote([...found.values()], noun) : 'nothing answered';
        const cut = figure.timed_out ? `; INTERRUPTED after ${Math.round(ctx.budgetMs / 1000)} s, times are lower bounds` : '';
        ctx.report({ ...figure, note: `${matched}${used}${cut}${spec.remark?.() ?? ''}` });
      }
      // Interrupted calls leave "handler failed" errors in the core's log; those are expected.
      for (const p of problems.filter((x) => !/SQLITE_INTERRUPT/.test(x))) ctx.log(`core logged ${p}`);
    } finally {
      await raw.close();
      await core.close();
    }
  },
};
