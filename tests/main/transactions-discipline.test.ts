import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { afterCommit, connectionFault, later } from '../../src/main/db/transactions';
import { profile, steppingClock, TEST_NOW, TEST_TODAY } from './helpers/business';
import { consultationValues } from './helpers/consultation';
import { TEST_PIN, makeCore, setUpDesk, type TestCore } from './helpers/core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('transaction discipline', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('keeps a write made by a timer scheduled inside a committed transaction out of the next request’s transaction', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE note (text varchar NOT NULL)`);
    let timerWrite: Promise<void> | undefined;
    // Request 1 schedules work with a life of its own, the way an engine poke used to.
    await ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('first')`);
      setTimeout(() => {
        timerWrite = ds.transaction(async (tx) => {
          await tx.query(`INSERT INTO note (text) VALUES ('timer')`);
        });
      }, 5);
    });
    // Request 2 is open when the timer fires, and then fails.
    const failing = ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('refused')`);
      await sleep(30);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await timerWrite; // acknowledged
    const rows = (await ds.query(`SELECT text FROM note ORDER BY rowid`)) as Array<{ text: string }>;
    expect(rows.map((r) => r.text)).toEqual(['first', 'timer']);
  });

  it('makes a query from outside wait for the open transaction instead of running inside it', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE note (text varchar NOT NULL)`);
    let outside: Promise<unknown> | undefined;
    const failing = ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('refused')`);
      // Another request writes without a transaction while this one is open.
      outside = new Promise((resolve, reject) => later(() => ds.query(`INSERT INTO note (text) VALUES ('outside')`).then(resolve, reject), 0));
      await sleep(20);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await outside;
    expect(await ds.query(`SELECT text FROM note`)).toEqual([{ text: 'outside' }]);
  });

  it('runs after-commit effects only after the commit, outside the transaction, and never after a rollback', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE note (text varchar NOT NULL)`);
    const seen: string[] = [];
    await ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('a')`);
      afterCommit(() => {
        // Outside the transaction: its own transaction takes a turn of its own and is not nested.
        void ds.transaction(async (tx) => tx.query(`INSERT INTO note (text) VALUES ('effect')`)).then(() => seen.push('effect committed'));
      });
      seen.push('body done');
    });
    await expect(
      ds.transaction(async () => {
        afterCommit(() => seen.push('rolled back effect'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await sleep(20);
    expect(seen).toEqual(['body done', 'effect committed']);
    expect((await ds.query(`SELECT text FROM note ORDER BY rowid`)).map((r: { text: string }) => r.text)).toEqual(['a', 'effect']);
  });

  it('delivers an event emitted inside a transaction after its commit, and not at all after a rollback', async () => {
    t = await makeCore();
    const core = t.core;
    const got: string[] = [];
    core.events.subscribe((name) => got.push(name));
    await core.ds.transaction(async () => {
      core.events.emit('followUps:changed', { overdue: 1, today: 0 });
      expect(got).toEqual([]);
    });
    expect(got).toEqual(['followUps:changed']);
    await expect(
      core.ds.transaction(async () => {
        core.events.emit('followUps:changed', { overdue: 2, today: 0 });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(got).toEqual(['followUps:changed']);
  });

  it('refuses every further write loudly when the connection is left inside a transaction', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE note (text varchar NOT NULL)`);
    // A raw BEGIN behind TypeORM's back leaves the connection outside autocommit.
    await ds.query('BEGIN');
    expect(connectionFault(ds)).toMatch(/autocommit/);
    expect(t.logs.some((l) => l.level === 'error' && /writes refused/.test(l.message))).toBe(true);
    await expect(ds.transaction((m) => m.query(`INSERT INTO note (text) VALUES ('x')`))).rejects.toMatchObject({ code: 'STORAGE' });
    await expect(ds.query(`INSERT INTO note (text) VALUES ('y')`)).rejects.toMatchObject({ code: 'STORAGE' });
    // Reading still works, so the consultant can see what is there.
    expect(await ds.query(`SELECT count(*) AS n FROM note`)).toEqual([{ n: 0 }]);
  });
});

/**
 * The busy desk that lost acknowledged writes: finalising consultations whose action items fall
 * due at once (the reminder engine wakes inside the request), follow-ups due today at 00:00,
 * completions of earlier ones and profile edits, all at the same time, with graceful restarts.
 */
describe('a busy desk with the reminder engine running', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('keeps every acknowledged write across restarts', async () => {
    const clock = steppingClock(TEST_NOW, 50);
    let test: TestCore = await makeCore({ clock, reminders: true });
    dirs.push(test.dataDir);
    const dataDir = test.dataDir;
    const consultantId = await setUpDesk(test.core);
    const internal: string[] = [];
    const errors: string[] = [];
    const call = async (core: Core, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> => {
      const res = await core.router.invoke(channel, input);
      if (!res.ok && res.error.code === 'INTERNAL') internal.push(`${channel}: ${res.error.message}`);
      return res.ok ? { ok: true, value: res.value } : { ok: false };
    };
    const created = await call(test.core, 'businesses:create', { profile: profile(), notDuplicateOf: [] });
    let business = created.value as { id: string; updatedAt: string };
    const done = new Set<string>();
    const made = new Set<string>();
    const finalised = new Set<string>();
    let lastName = profile().name;
    let open: string[] = [];

    for (let round = 1; round <= 15; round++) {
      const core = test.core;
      const finalizeId = randomUUID();
      const dueToday = [1, 2, 3].map((i) => ({ id: randomUUID(), what: `Langkah ${round}.${i}`, who: 'business' as const, dueDate: TEST_TODAY }));
      const values = consultationValues(business.id, consultantId, { actionItems: dueToday });
      const name = `Kue Bu Sri ${round}`;
      const batch: Array<Promise<void>> = [
        call(core, 'consultations:finalize', { id: finalizeId, values }).then((r) => void (r.ok && finalised.add(finalizeId))),
        ...[1, 2, 3].map((i) =>
          call(core, 'followUps:create', { businessId: business.id, title: `Telepon ${round}.${i}`, dueDate: TEST_TODAY, dueTime: '00:00', assignee: 'consultant' }).then(
            (r) => void (r.ok && made.add((r.value as { id: string }).id)),
          ),
        ),
        ...open.splice(0).map((id) => call(core, 'followUps:complete', { id, outcome: 'Sudah dihubungi' }).then((r) => void (r.ok && done.add(id)))),
        call(core, 'businesses:update', { id: business.id, expectedUpdatedAt: business.updatedAt, profile: { ...profile(), name } }).then((r) => {
          if (r.ok) {
            business = r.value as typeof business;
            lastName = name;
          }
        }),
        core.services.reminders.check().then(() => undefined),
      ];
      await Promise.all(batch);
      const list = await call(core, 'followUps:list', { bucket: 'overdue', page: 1, pageSize: 200 });
      const items = ((list.value as { rows?: Array<{ id: string; status: string }> } | undefined)?.rows ?? []).filter((f) => !done.has(f.id));
      open = items.slice(0, 4).map((f) => f.id);
      await sleep(5); // let the engine's timers run between rounds
      if (round % 5 === 0) {
        errors.push(...test.logs.filter((l) => l.level === 'error').map((l) => `${l.message} ${JSON.stringify(l.detail ?? {})}`));
        await test.core.close();
        test = await makeCore({ clock, reminders: true, dataDir });
        const res = await test.core.router.invoke('session:start', { consultantId, pin: TEST_PIN });
        expect(res.ok).toBe(true);
      }
    }
    const ds = test.core.ds;
    const statusOf = async (id: string) => ((await ds.query(`SELECT status FROM follow_up WHERE id = ?`, [id])) as Array<{ status: string }>)[0]?.status;
    const missing: string[] = [];
    for (const id of done) if ((await statusOf(id)) !== 'done') missing.push(`completion ${id}`);
    for (const id of made) if (!(await statusOf(id))) missing.push(`follow-up ${id}`);
    for (const id of finalised) {
      const [row] = (await ds.query(`SELECT status FROM consultation WHERE id = ?`, [id])) as Array<{ status: string }>;
      if (row?.status !== 'final') missing.push(`finalised ${id}`);
    }
    const [b] = (await ds.query(`SELECT name FROM business WHERE id = ?`, [business.id])) as Array<{ name: string }>;
    if (b?.name !== lastName) missing.push(`profile edit ${lastName}`);
    errors.push(...test.logs.filter((l) => l.level === 'error').map((l) => `${l.message} ${JSON.stringify(l.detail ?? {})}`));
    await test.core.close();
    expect({ internal, missing, errors }).toEqual({ internal: [], missing: [], errors: [] });
    expect(done.size + made.size + finalised.size).toBeGreaterThan(40);
  }, 60_000);
});
