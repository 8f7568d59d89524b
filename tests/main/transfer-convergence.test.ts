import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prng } from '../../src/harness/prng';
import { LOCAL_COLUMNS } from '../../src/main/modules/transfer/package';
import { TRANSFER_TABLES, type BusinessInput, type TransferTable } from '../../src/shared/contract';
import { profile, type Desk } from './helpers/business';
import { TEST_PIN } from './helpers/core';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { milestone } from './helpers/impact';
import { createTraining, distinctParticipant } from './helpers/training';
import { exportTo, transferBench } from './helpers/transfer';

/**
 * Five desks and the office desk, each on its own data folder with its clock a random amount
 * (up to a day) ahead or behind, make records and change them at random, exchange packages in
 * random orders (some desks cut off for a while, packages applied twice, old ones again, packages
 * of changes only), with concurrent edits injected on purpose. After full rounds through the office,
 * which decides every parked conflict field by field, every desk holds the same records.
 *
 * Seeds are printed; `CONVERGENCE_SEEDS=1,2,3 CONVERGENCE_STEPS=400` runs others.
 */
const SEEDS = (process.env['CONVERGENCE_SEEDS'] ?? '20261206').split(',').map(Number);
const STEPS = Number(process.env['CONVERGENCE_STEPS'] ?? 140);

const bench = transferBench();
afterEach(() => bench.dispose());

/** Every table a package carries, and the two made from them, in key order; columns each desk works out itself left out. */
const DUMP: Array<[string, string]> = [
  ...TRANSFER_TABLES.map((t): [string, string] => [t, t === 'business_not_duplicate' ? 'a_id, b_id' : t === 'training_attendance' ? 'participant_id, day' : 'id']),
  ['consultation_consultant', 'consultation_id, position'],
  ['business_tag', 'business_id, tag'],
];

async function dump(d: Desk): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of DUMP) {
    const rows = (await d.t.core.ds.query(`SELECT * FROM ${table} ORDER BY ${order}`)) as Array<Record<string, unknown>>;
    const skip = new Set(LOCAL_COLUMNS[table as TransferTable] ?? []);
    out[table] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([c]) => !skip.has(c))));
  }
  return JSON.stringify(out);
}
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

interface BusinessModel {
  id: string;
  owner: number;
  input: BusinessInput;
  products: string;
  /** Desks that made records pointing at it. */
  touchedBy: Set<number>;
  gone: boolean;
  erased: boolean;
  /** Edited concurrently on purpose: left alone until the office decides. */
  frozen: boolean;
}

describe('desks converge whatever the order of exchange', () => {
  for (const seed of SEEDS) {
    it(`six desks, random work and exchanges, clocks a day apart: identical records, unique numbers, conflicts as injected (seed ${seed})`, async () => {
      console.log(`convergence seed ${seed}, ${STEPS} steps`);
      const rnd = prng(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const chance = (p: number) => rnd() < p;
      const OFFICE = 5;
      const codes = ['SMD1', 'BPN1', 'BTG1', 'KTM1', 'PPU1', 'KANTOR'];
      const base = Date.parse('2026-06-15T02:00:00.000Z');
      const desks: Desk[] = [];
      const starts: number[] = [];
      for (const code of codes) {
        const start = base + Math.round((rnd() * 2 - 1) * 24 * 3600) * 1000;
        starts.push(start);
        desks.push(await bench.desk(code, new Date(start).toISOString()));
      }
      // The office day each desk's clock started in (Samarinda, UTC+8): consultations are dated then.
      const todayOf = (i: number) => new Date(starts[i]! + 8 * 3600_000).toISOString().slice(0, 10);
      const fresh = (d: Desk) => d.call('session:confirmPin', { pin: TEST_PIN });
      // One office, one key.
      await fresh(desks[OFFICE]!);
      await desks[OFFICE]!.call('transfer:createOfficeKey');
      await fresh(desks[OFFICE]!);
      const { key } = await desks[OFFICE]!.call('transfer:revealOfficeKey');
      for (const d of desks.slice(0, OFFICE)) {
        await fresh(d);
        await d.call('transfer:joinOfficeKey', { key });
      }

      const businesses: BusinessModel[] = [];
      const trainings: Array<{ id: string; owner: number; participants: string[]; day: string; present: Set<string> }> = [];
      const consultations: Array<{ id: string; owner: number; businessId: string }> = [];
      const packages: Array<{ path: string; from: number }> = [];
      const deskIds: string[] = [];
      for (const d of desks) deskIds.push(((await d.t.core.ds.query(`SELECT desk_id FROM desk_clock`)) as Array<{ desk_id: string }>)[0]!.desk_id);
      let injected = 0;
      let serial = 0;
      let offline = new Set<number>();
      const stats: Record<string, number> = {};
      const count = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);

      const has = async (i: number, table: string, id: string) =>
        ((await desks[i]!.t.core.ds.query(`SELECT 1 FROM ${table} WHERE id = ?`, [id])) as unknown[]).length > 0;
      const versionAt = async (i: number, table: string, id: string) =>
        ((await desks[i]!.t.core.ds.query(`SELECT vv FROM record_version WHERE entity = ? AND record_key = ?`, [table, id])) as Array<{ vv: string }>)[0]?.vv ?? null;

      async function exchange(from: number, to: number): Promise<void> {
        const d = desks[from]!;
        const peers = await d.call('transfer:peers');
        const known = peers.find((p) => p.deskId === deskIds[to] && p.acknowledged);
        const since = known && chance(0.5) ? { deskId: deskIds[to]! } : null;
        const res = await exportTo(d, bench.folder(), { contents: ['package'], ...(since ? { since } : {}) });
        const path = join(res.folder!, res.files.find((f) => f.name.endsWith('.klb'))!.name);
        packages.push({ path, from });
        await apply(to, path);
        count(since ? 'incremental' : 'full');
        if (chance(0.15)) {
          await apply(to, path);
          count('twice');
        }
      }

      async function apply(to: number, path: string): Promise<void> {
        const d = desks[to]!;
        const p = await d.call('transfer:previewImport', { jobId: randomUUID(), path, password: null });
        expect(p.problems).toEqual([]);
        await d.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
      }

      async function createBusiness(i: number): Promise<void> {
        const d = desks[i]!;
        const n = ++serial;
        const input = profile({
          name: `${pick(['Kue', 'Amplang', 'Sablon', 'Kopi', 'Tenun', 'Bengkel', 'Keripik', 'Batik'])} ${pick(['Mahakam', 'Tepian', 'Borneo', 'Etam', 'Lestari', 'Jaya', 'Sejahtera'])} ${codes[i]} ${n}`,
          ownerName: `${pick(['Siti', 'Budi', 'Rina', 'Agus', 'Dewi', 'Yusuf', 'Putri'])} ${pick(['Rahma', 'Santoso', 'Marlina', 'Setiawan', 'Lestari', 'Maulana'])} ${n}`,
          ownerNik: `647201520390${String(n).padStart(4, '0')}`,
          ownerPhone: `0813${String(55000000 + n)}`,
          nib: `9${String(n).padStart(12, '0')}`,
          products: `produk awal ${n}`,
        });
        const candidates = await d.call('businesses:checkDuplicates', {
          name: input.name,
          ownerName: input.ownerName ?? undefined,
          ownerNik: input.ownerNik ?? undefined,
          nib: input.nib ?? undefined,
          ownerPhone: input.ownerPhone ?? undefined,
          provinceCode: input.provinceCode,
          regencyCode: input.regencyCode,
          districtCode: input.districtCode,
          villageCode: input.villageCode,
        });
        const b = await d.create(input, candidates.map((c) => c.id));
        businesses.push({ id: b.id, owner: i, input, products: input.products ?? '', touchedBy: new Set([i]), gone: false, erased: false, frozen: false });
        count('create');
      }

      async function editBusiness(i: number, b: BusinessModel, products: string): Promise<void> {
        const d = desks[i]!;
        const cur = await d.call('businesses:get', { id: b.id });
        await d.call('businesses:update', { id: b.id, expectedUpdatedAt: cur.updatedAt, keepNik: true, profile: { ...b.input, products, ownerNik: null } });
      }

      const liveAt = async (i: number) => {
        const out: BusinessModel[] = [];
        for (const b of businesses) if (!b.gone && (await has(i, 'business', b.id)) && !((await desks[i]!.t.core.ds.query(`SELECT 1 FROM business WHERE id = ? AND deleted_at IS NOT NULL`, [b.id])) as unknown[]).length) out.push(b);
        return out;
      };

      for (let step = 0; step < STEPS; step++) {
        if (chance(0.08)) offline = new Set([pick([0, 1, 2, 3, 4])]);
        const i = pick([0, 1, 2, 3, 4, 5]);
        const d = desks[i]!;
        const r = rnd();
        const own = businesses.filter((b) => b.owner === i && !b.gone && !b.frozen);
        if (r < 0.16 || businesses.length < 4) {
          await createBusiness(i);
        } else if (r < 0.3 && own.length > 0) {
          const b = pick(own);
          if (b.erased) continue;
          b.products = `produk ${codes[i]} ${++serial}`;
          await editBusiness(i, b, b.products);
          count('edit');
        } else if (r < 0.42) {
          const here = await liveAt(i);
          if (here.length === 0) continue;
          const b = pick(here);
          const c = await finalizeNew(d, consultationValues(b.id, d.consultantId, { date: todayOf(i) }));
          consultations.push({ id: c.id, owner: i, businessId: b.id });
          b.touchedBy.add(i);
          count('consultation');
        } else if (r < 0.47) {
          const mine = consultations.filter((c) => c.owner === i);
          if (mine.length === 0) continue;
          const c = pick(mine);
          const cur = await d.call('consultations:get', { id: c.id });
          if (cur.status !== 'final') continue;
          // A consultation of a profile deleted since is not amended (the app refuses it).
          if (!(await liveAt(i)).some((b) => b.id === cur.businessId)) continue;
          await d.call('consultations:amend', {
            id: c.id,
            expectedUpdatedAt: cur.updatedAt,
            reason: 'Perbaikan catatan',
            values: { ...consultationValues(cur.businessId!, d.consultantId, { date: cur.values!.date, advice: `Saran diperbarui ${++serial}` }), actionItems: cur.values!.actionItems },
          } as never);
          count('amend');
        } else if (r < 0.53) {
          const t = await createTraining(d, { title: `Pelatihan ${codes[i]} ${++serial}`, startDate: '2026-06-08', endDate: '2026-06-09' });
          trainings.push({ id: t.id, owner: i, participants: [], day: '2026-06-08', present: new Set() });
          count('training');
        } else if (r < 0.6) {
          const mine = trainings.filter((t) => t.owner === i);
          if (mine.length === 0) continue;
          const t = pick(mine);
          if (t.participants.length < 3 || chance(0.3)) {
            const p = await d.call('participants:add', { trainingId: t.id, participant: distinctParticipant(++serial, { name: `Peserta ${codes[i]} ${serial}`, phone: `0812${String(77000000 + serial)}` }) });
            t.participants.push(p.id);
            count('participant');
          } else {
            // Mark or take back days present.
            const present = t.participants.filter(() => chance(0.5));
            await d.call('participants:setAttendance', { trainingId: t.id, day: t.day, presentIds: present });
            t.present = new Set(present);
            count('attendance');
          }
        } else if (r < 0.65) {
          const here = await liveAt(i);
          if (here.length === 0) continue;
          const b = pick(here);
          await d.call('impact:create', milestone('jobs', b.id, { date: todayOf(i) }));
          b.touchedBy.add(i);
          count('milestone');
        } else if (r < 0.68 && own.length > 0) {
          const b = pick(own);
          if (b.erased || b.touchedBy.size > 1) continue;
          await d.call('businesses:delete', { id: b.id });
          b.gone = true;
          count('delete');
        } else if (r < 0.71 && own.length > 0) {
          const b = pick(own);
          if (b.erased) continue;
          await fresh(d);
          await d.call('businesses:erasePersonalData', { id: b.id, reason: 'Permintaan pemilik (UU PDP)' });
          b.erased = true;
          count('erase');
        } else if (r < 0.74) {
          // A merge by the desk that made both, of profiles only it has pointed at.
          const mergeable = own.filter((b) => !b.erased && [...b.touchedBy].every((t) => t === i));
          if (mergeable.length < 2) continue;
          const [survivor, merged] = [mergeable[0]!, mergeable[1]!];
          await d.call('businesses:merge', { survivorId: survivor.id, mergedId: merged.id, takeFromMerged: [] });
          merged.gone = true;
          count('merge');
        } else if (r < 0.81) {
          // Concurrent edits on purpose: two desks holding the same version of a profile both change it.
          const candidates = businesses.filter((b) => !b.gone && !b.frozen && !b.erased);
          if (candidates.length === 0) continue;
          const b = pick(candidates);
          // Another desk that holds the owner's very version.
          const vo = await versionAt(b.owner, 'business', b.id);
          let other = -1;
          for (const x of [0, 1, 2, 3, 4, 5].filter((y) => y !== b.owner)) if (vo !== null && (await versionAt(x, 'business', b.id)) === vo) other = x;
          if (other < 0) continue;
          await editBusiness(b.owner, b, `versi pemilik ${++serial}`);
          await editBusiness(other, b, `versi ${codes[other]} ${serial}`);
          b.frozen = true;
          injected++;
        } else {
          // An exchange: mostly through the office, sometimes desk to desk; cut-off desks wait.
          const from = i;
          const to = chance(0.7) ? (from === OFFICE ? pick([0, 1, 2, 3, 4]) : OFFICE) : pick([0, 1, 2, 3, 4, 5].filter((x) => x !== from));
          if (offline.has(from) || offline.has(to)) continue;
          if (chance(0.1) && packages.length > 0) {
            // An old package found on a stick, applied again.
            await apply(to, pick(packages).path);
            count('old');
          } else await exchange(from, to);
        }
      }

      // Full rounds through the office: everyone hears of everything.
      const round = async () => {
        for (let i = 0; i < OFFICE; i++) await exchange(i, OFFICE);
        for (let i = 0; i < OFFICE; i++) await exchange(OFFICE, i);
      };
      await round();
      await round();
      // The office decides every conflict, field by field.
      const office = desks[OFFICE]!;
      let decided = 0;
      for (;;) {
        const inbox = await office.call('transfer:conflicts');
        if (inbox.items.length === 0) break;
        for (const c of inbox.items) {
          const detail = await office.call('transfer:conflict', { id: c.id });
          const take = Object.fromEntries(detail.fieldValues.filter((f) => !f.localOnly).map((f) => [f.column, chance(0.5) ? 'incoming' : 'local'] as const));
          await office.call('transfer:resolveConflict', { id: c.id, take });
          decided++;
        }
      }
      await round();
      await round();

      const hashes = await Promise.all(desks.map(async (d) => hash(await dump(d))));
      const open = await Promise.all(desks.map(async (d) => (await d.call('transfer:conflicts')).total));
      // Distinct conflicts (a record and its two versions) seen anywhere.
      const seen = new Set<string>();
      for (const d of desks) {
        for (const c of (await d.t.core.ds.query(`SELECT entity, record_key, local_vv, incoming_vv FROM transfer_conflict`)) as Array<Record<string, string>>) {
          seen.add(`${c['entity']}|${c['record_key']}|${[c['local_vv'], c['incoming_vv']].sort().join('|')}`);
        }
      }
      console.log(`seed ${seed}: ${JSON.stringify(stats)}; injected ${injected}, distinct conflicts ${seen.size}, decided at the office ${decided}; hashes ${hashes.join(' ')}`);

      expect(open).toEqual(desks.map(() => 0));
      expect(new Set(hashes).size).toBe(1);
      expect(seen.size).toBe(injected);
      for (const d of desks) {
        expect(await d.t.core.ds.query(`SELECT number FROM consultation WHERE number IS NOT NULL GROUP BY number HAVING count(*) > 1`)).toEqual([]);
      }
      // Nothing lost: every record made anywhere is everywhere, each profile's last edit by its desk holds
      // (unless a conflict the office decided), erasures hold, days present are as their desk last set them.
      const at = desks[0]!;
      for (const b of businesses) {
        const row = ((await at.t.core.ds.query(`SELECT products, owner_nik, merged_into_id FROM business WHERE id = ?`, [b.id])) as Array<Record<string, unknown>>)[0];
        expect(row, `business ${b.id}`).toBeDefined();
        if (!b.frozen && !row!['merged_into_id']) expect(row!['products']).toBe(b.products);
        if (b.erased) expect(row!['owner_nik']).toBeNull();
      }
      for (const c of consultations) expect(await has(0, 'consultation', c.id)).toBe(true);
      for (const t of trainings) {
        const days = (await at.t.core.ds.query(`SELECT participant_id FROM training_attendance WHERE participant_id IN (SELECT id FROM training_participant WHERE training_id = ?)`, [t.id])) as Array<{ participant_id: string }>;
        expect(new Set(days.map((x) => x.participant_id))).toEqual(t.present);
      }
    }, 600_000);
  }
});
