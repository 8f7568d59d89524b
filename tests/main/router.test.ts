import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channel } from '../../src/shared/contract/define';
import { AppError } from '../../src/shared/errors';
import { requiredText } from '../../src/shared/validation/fields';
import type { Logger } from '../../src/main/context';
import { combineHandlers, createRouter, type HandlerMap } from '../../src/main/ipc/router';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

/** A small contract of its own, so the router is proved apart from any domain. */
const testContract = {
  'test:greet': channel({
    input: z
      .object({
        name: requiredText(20),
        address: z.object({ city: requiredText(40), zip: z.string().regex(/^\d{5}$/, 'v.zip') }).strict(),
        tags: z.array(z.string().max(3)).default([]),
      })
      .strict(),
    output: z.object({ greeting: z.string(), tagCount: z.number().int() }),
  }),
  'test:fail': channel({ input: z.object({ kind: z.enum(['plain', 'app', 'storage', 'string']) }).strict(), output: z.null() }),
  'test:writeThenThrow': channel({ input: z.object({ id: z.uuid() }).strict(), output: z.null() }),
  'test:badOutput': channel({ input: z.void(), output: z.object({ count: z.number().int().min(0) }) }),
};
type TestHandlers = HandlerMap<typeof testContract>;

const SECRET_DETAIL = 'disk /home/siti/klinik failed while writing NIK 6472031505850001';

interface Recorded {
  level: string;
  message: string;
  detail?: Record<string, unknown>;
}
function recordingLogger(): { logger: Logger; logs: Recorded[] } {
  const logs: Recorded[] = [];
  return {
    logs,
    logger: {
      info: (message, detail) => logs.push({ level: 'info', message, detail }),
      warn: (message, detail) => logs.push({ level: 'warn', message, detail }),
      error: (message, detail) => logs.push({ level: 'error', message, detail }),
    },
  };
}

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('router over a test contract', () => {
  let greet: ReturnType<typeof vi.fn<TestHandlers['test:greet']>>;
  let writeThenThrow: ReturnType<typeof vi.fn<TestHandlers['test:writeThenThrow']>>;
  let handlers: TestHandlers;
  let logs: Recorded[];
  let router: ReturnType<typeof createRouter<typeof testContract>>;

  beforeEach(async () => {
    t = await makeCore();
    const ds = t.core.ds;
    greet = vi.fn<TestHandlers['test:greet']>((input) => ({
      greeting: `Halo ${input.name} dari ${input.address.city}`,
      tagCount: input.tags.length,
    }));
    writeThenThrow = vi.fn<TestHandlers['test:writeThenThrow']>(async ({ id }) => {
      await ds.transaction(async (m) => {
        await m.query(
          `INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, changes) VALUES (?, ?, NULL, 'test', 'test', NULL, NULL)`,
          [id, new Date().toISOString()],
        );
        const inside: Array<{ n: number }> = await m.query(`SELECT COUNT(*) AS n FROM audit_log WHERE id = ?`, [id]);
        // The row really was written inside the transaction before the throw.
        expect(inside[0]?.n).toBe(1);
        throw new Error(SECRET_DETAIL);
      });
      return null;
    });
    handlers = {
      'test:greet': greet,
      'test:fail': ({ kind }) => {
        if (kind === 'app') throw new AppError('DUPLICATE', 'consultants.nipTaken', { fields: { nip: { key: 'v.nipTaken' } } });
        if (kind === 'storage') throw Object.assign(new Error(SECRET_DETAIL), { code: 'SQLITE_FULL' });
        if (kind === 'string') throw SECRET_DETAIL;
        throw new Error(SECRET_DETAIL);
      },
      'test:writeThenThrow': writeThenThrow,
      // Deliberately breaks its own output schema.
      'test:badOutput': () => ({ count: -1 }) as unknown as { count: number },
    };
    const rec = recordingLogger();
    logs = rec.logs;
    router = createRouter(testContract, handlers, rec.logger);
  });

  it('answers {ok:true, value} with the parsed input passed to the handler', async () => {
    const res = await router.invoke('test:greet', { name: '  Siti ', address: { city: 'Samarinda', zip: '75123' } });
    expect(res).toEqual({ ok: true, value: { greeting: 'Halo Siti dari Samarinda', tagCount: 0 } });
    // The handler saw the trimmed name and the default tags: the parsed value, not the raw one.
    expect(greet).toHaveBeenCalledWith({ name: 'Siti', address: { city: 'Samarinda', zip: '75123' }, tags: [] });
  });

  it('refuses invalid input with VALIDATION, field errors keyed by dotted path, without calling the handler', async () => {
    const res = await router.invoke('test:greet', {
      name: '',
      address: { city: 'x'.repeat(41), zip: '7512', extra: 1 },
      tags: ['ok', 'long'],
      admin: true,
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.message).toEqual(expect.any(String));
    expect(res.error.fields).toEqual({
      name: { key: 'v.required' },
      'address.city': { key: 'v.tooLong', params: { max: 40 } },
      'address.zip': { key: 'v.zip' },
      'address.extra': { key: 'v.unknownField' },
      'tags.1': { key: 'v.tooLong', params: { max: 3 } },
      admin: { key: 'v.unknownField' },
    });
    expect(greet).not.toHaveBeenCalled();
  });

  it('refuses a missing or non-object input with VALIDATION and does not call the handler', async () => {
    for (const input of [undefined, null, 'Siti', 42, []]) {
      const res = await router.invoke('test:greet', input);
      expect(res.ok ? 'ok' : res.error.code).toBe('VALIDATION');
    }
    expect(greet).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_CHANNEL for a channel outside the contract, including prototype names', async () => {
    for (const name of ['fs:readFile', '__proto__', 'constructor', 'hasOwnProperty', '']) {
      const res = await router.invoke(name, {});
      expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String), key: 'common.unknownChannel' } });
    }
    expect(greet).not.toHaveBeenCalled();
  });

  it('turns a plain Error into INTERNAL with a plain message: no stack, no detail, detail kept in the log', async () => {
    const res = await router.invoke('test:fail', { kind: 'plain' });
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String), key: 'common.internal' } });
    const serialized = JSON.stringify(res);
    expect(serialized).not.toContain('6472031505850001');
    expect(serialized).not.toContain('/home/siti');
    expect(serialized).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
    expect(serialized).not.toContain('router.test.ts');
    const logged = logs.find((l) => l.level === 'error' && l.message === 'handler failed');
    expect(logged?.detail).toMatchObject({ channel: 'test:fail', error: expect.stringContaining(SECRET_DETAIL) });
  });

  it('turns a thrown non-Error value into INTERNAL too', async () => {
    const res = await router.invoke('test:fail', { kind: 'string' });
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String), key: 'common.internal' } });
    expect(JSON.stringify(res)).not.toContain(SECRET_DETAIL);
  });

  it('turns a storage failure (SQLITE_FULL) into STORAGE without its detail', async () => {
    const res = await router.invoke('test:fail', { kind: 'storage' });
    expect(res).toEqual({ ok: false, error: { code: 'STORAGE', message: expect.any(String), key: 'common.storage' } });
    expect(JSON.stringify(res)).not.toContain(SECRET_DETAIL);
  });

  it('rolls back a transaction whose handler throws: nothing written, INTERNAL answered', async () => {
    const id = randomUUID();
    const res = await router.invoke('test:writeThenThrow', { id });
    expect(writeThenThrow).toHaveBeenCalledTimes(1);
    expect(res.ok ? 'ok' : res.error.code).toBe('INTERNAL');
    const after: Array<{ n: number }> = await t!.core.ds.query(`SELECT COUNT(*) AS n FROM audit_log WHERE id = ?`, [id]);
    expect(after).toEqual([{ n: 0 }]);
  });

  it('passes an AppError through with its code, message and fields', async () => {
    const res = await router.invoke('test:fail', { kind: 'app' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'DUPLICATE', message: 'NIP ini sudah dipakai konsultan lain.', key: 'consultants.nipTaken', fields: { nip: { key: 'v.nipTaken' } } },
    });
  });

  it('answers INVALID_OUTPUT when the handler returns data that fails the output schema', async () => {
    const res = await router.invoke('test:badOutput', undefined);
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_OUTPUT', message: expect.any(String), key: 'common.invalidOutput' } });
    expect(logs.some((l) => l.level === 'error' && l.detail?.['channel'] === 'test:badOutput')).toBe(true);
  });

  it('lists exactly the contract channels', () => {
    expect([...router.channels].sort()).toEqual(Object.keys(testContract).sort());
  });
});

describe('router construction', () => {
  const { logger } = recordingLogger();

  it('combineHandlers throws when two maps handle the same channel', () => {
    const a = { 'test:greet': () => null };
    const b = { 'test:fail': () => null, 'test:greet': () => null };
    expect(() => combineHandlers(a, b)).toThrow(/test:greet/);
  });

  it('combineHandlers joins maps that do not overlap', () => {
    const a = { 'test:greet': () => 1 };
    const b = { 'test:fail': () => 2 };
    expect(Object.keys(combineHandlers(a, b)).sort()).toEqual(['test:fail', 'test:greet']);
  });

  it('createRouter throws when a contract channel has no handler, naming it', () => {
    const partial = {
      'test:greet': () => ({ greeting: '', tagCount: 0 }),
      'test:fail': () => null,
      'test:badOutput': () => ({ count: 0 }),
    } as unknown as TestHandlers;
    expect(() => createRouter(testContract, partial, logger)).toThrow(/test:writeThenThrow/);
  });
});

describe('the real core router', () => {
  it('refuses consultants:create with a 17-digit NIP as VALIDATION on fields.nip and inserts nothing', async () => {
    t = await makeCore();
    await setUpDesk(t.core);
    const count = async () => ((await t!.core.ds.query(`SELECT COUNT(*) AS n FROM consultant`)) as Array<{ n: number }>)[0]?.n;
    const auditCount = async () => ((await t!.core.ds.query(`SELECT COUNT(*) AS n FROM audit_log`)) as Array<{ n: number }>)[0]?.n;
    const consultantsBefore = await count();
    const auditBefore = await auditCount();
    const res = await t.core.router.invoke('consultants:create', { name: 'Budi Santoso', nip: '19850315201001200', phone: null });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.fields?.['nip']?.key).toBe('v.nip');
    expect(await count()).toBe(consultantsBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('answers UNKNOWN_CHANNEL for a channel the app does not have', async () => {
    t = await makeCore();
    const res = await t.core.router.invoke('fs:readFile', { path: '/etc/passwd' });
    expect(res.ok ? 'ok' : res.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('has a handler for every contract channel', async () => {
    t = await makeCore();
    const { CHANNELS } = await import('../../src/shared/contract');
    expect([...t.core.router.channels].sort()).toEqual([...CHANNELS].sort());
  });
});
