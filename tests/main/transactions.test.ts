import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from './helpers/core';

describe('transactions on the one SQLite connection', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('runs concurrent transactions one after the other, so a read-then-write never loses an update', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE counter (n integer NOT NULL)`);
    await ds.query(`INSERT INTO counter (n) VALUES (0)`);
    const bump = () =>
      ds.transaction(async (m) => {
        const [{ n }] = await m.query(`SELECT n FROM counter`);
        await new Promise((r) => setTimeout(r, 5)); // give another request the chance to interleave
        await m.query(`UPDATE counter SET n = ?`, [n + 1]);
      });
    await Promise.all(Array.from({ length: 10 }, bump));
    const [{ n }] = await ds.query(`SELECT n FROM counter`);
    expect(n).toBe(10);
  });

  it('rolls back only the failing transaction, never one that ran beside it', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    await ds.query(`CREATE TABLE note (text varchar NOT NULL)`);
    const good = ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('kept')`);
      await new Promise((r) => setTimeout(r, 5));
    });
    const bad = ds.transaction(async (m) => {
      await m.query(`INSERT INTO note (text) VALUES ('dropped')`);
      throw new Error('refused');
    });
    await expect(bad).rejects.toThrow('refused');
    await good;
    expect(await ds.query(`SELECT text FROM note`)).toEqual([{ text: 'kept' }]);
  });

  it('lets a transaction started inside another nest instead of waiting for itself', async () => {
    t = await makeCore();
    const ds = t.core.ds;
    const result = await ds.transaction(async () => ds.transaction(async (inner) => (await inner.query(`SELECT 1 AS one`))[0].one));
    expect(result).toBe(1);
  });
});
