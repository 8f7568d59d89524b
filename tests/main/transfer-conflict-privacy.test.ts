import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profile, type Desk } from './helpers/business';
import { TEST_PIN } from './helpers/core';
import { exportTo, transferBench } from './helpers/transfer';

/**
 * The Konflik inbox shows both versions of a record field by field. A NIK is handed out in full
 * only through `businesses:revealNik` (fresh PIN, audited); a conflict over the owner's NIK must
 * not be a way around that.
 */
const bench = transferBench();
const { desk, folder } = bench;
afterEach(() => bench.dispose());

const fresh = (d: Desk) => d.call('session:confirmPin', { pin: TEST_PIN });

async function officePackage(d: Desk): Promise<string> {
  const res = await exportTo(d, folder(), { contents: ['package'] });
  return join(res.folder!, res.files.find((f) => f.name.endsWith('.klb'))!.name);
}

async function importAll(d: Desk, path: string) {
  const p = await d.call('transfer:previewImport', { jobId: randomUUID(), path, password: null });
  return d.call('transfer:applyImport', { jobId: randomUUID(), previewId: p.previewId });
}

describe('the Konflik inbox and personal data', () => {
  it('does not hand out an owner NIK in full through a conflict, as revealing it needs a fresh PIN and is audited', async () => {
    const a = await desk('SMD1');
    const b = await desk('BPN1');
    await fresh(a);
    await a.call('transfer:createOfficeKey');
    await fresh(a);
    const { key } = await a.call('transfer:revealOfficeKey');
    await fresh(b);
    await b.call('transfer:joinOfficeKey', { key });

    const sri = await a.create(profile({ ownerNik: '6472015203900001' }));
    await importAll(b, await officePackage(a));
    // Both desks correct the NIK differently: a conflict over it waits at desk B.
    for (const [d, nik] of [
      [a, '6472015203900011'],
      [b, '6472015203900022'],
    ] as const) {
      const cur = await d.call('businesses:get', { id: sri.id });
      await d.call('businesses:update', { id: sri.id, expectedUpdatedAt: cur.updatedAt, keepNik: false, profile: { ...profile(), ownerNik: nik } });
    }
    expect((await importAll(b, await officePackage(a))).parked).toBe(1);
    const [waiting] = (await b.call('transfer:conflicts')).items;
    const detail = await b.call('transfer:conflict', { id: waiting!.id });
    const nik = detail.fieldValues.find((f) => f.column === 'owner_nik');
    expect(nik).toBeDefined();
    expect([nik!.local, nik!.incoming]).not.toContain('6472015203900022');
    expect([nik!.local, nik!.incoming]).not.toContain('6472015203900011');
  });
});
