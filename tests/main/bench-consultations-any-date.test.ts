import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureConsultationDb } from '../../bench/generate-consultations';
import { RawDb } from '../../bench/lib/floor';
import type { Figure, SuiteContext } from '../../bench/lib/suite';
import { consultationsSuite, saveDate, sequenceSlots } from '../../bench/suites/consultations';

// The bench's consultations end on 2026-11-27; "today" is set to a month the generator never filled.
const root = mkdtempSync(join(tmpdir(), 'klinik-bench-'));
const previousRoot = process.env['BENCH_DATA_DIR'];
const small = { profiles: 300, consultations: 400, seed: 7 };

beforeAll(() => {
  process.env['BENCH_DATA_DIR'] = root;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-15T02:00:00Z'));
});

afterAll(() => {
  vi.useRealTimers();
  if (previousRoot === undefined) delete process.env['BENCH_DATA_DIR'];
  else process.env['BENCH_DATA_DIR'] = previousRoot;
  rmSync(root, { recursive: true, force: true });
});

describe('the consultations bench after the generated data ends', () => {
  it('dates the measured saves on the data’s last day, not in an empty month', async () => {
    const db = await ensureConsultationDb({ ...small, root });
    const raw = await RawDb.open(db.file, { readonly: true });
    try {
      const date = await saveDate(raw, () => new Date());
      expect(date <= '2026-11-27').toBe(true);
      expect(date >= '2026-01-01').toBe(true);
      // Before the data ends, today stays the date.
      expect(await saveDate(raw, () => new Date('2019-03-05T02:00:00Z'))).toBe('2019-03-05');
    } finally {
      await raw.close();
    }
  });

  it('finds the sequence number by its column even when it equals other parameters', () => {
    const update = {
      sql: 'UPDATE consultation SET number = ?, seq = ?, version = ? WHERE id = ?',
      params: ['KB/SMD1/2026/12/1', 1, 1, 'x'],
    };
    const consultant = { sql: 'INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, ?)', params: ['x', 'y', 1] };
    expect([...sequenceSlots([consultant, update, consultant], 1)]).toEqual([[1, [1]]]);
    const insert = { sql: 'INSERT INTO "consultation"("id", "version", "seq") VALUES (?, ?, ?)', params: ['x', 1, 1] };
    expect([...sequenceSlots([insert], 1)]).toEqual([[0, [2]]]);
    expect(() => sequenceSlots([consultant], 1)).toThrow(/not where the floor looks/);
  });

  it('measures the save on a small database in December 2026', async () => {
    const figures: Figure[] = [];
    const ctx: SuiteContext = {
      ...small,
      iterations: 3,
      warmup: 1,
      budgetMs: 20_000,
      explain: false,
      figures: ['save'],
      log: () => {},
      report: (f) => figures.push(f),
    };
    await consultationsSuite.run(ctx);
    expect(figures.map((f) => f.name)).toEqual(['consultations.save.three-actions']);
    expect(figures[0]?.iterations).toBe(3);
    expect(figures[0]?.note).toMatch(/3 follow-ups per save/);
  }, 120_000);
});
