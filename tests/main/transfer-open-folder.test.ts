import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, profile, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { exportTo } from './helpers/transfer';

let desk: Desk | undefined;
let target: string | undefined;

afterEach(async () => {
  await desk?.t.dispose();
  if (target) rmSync(target, { recursive: true, force: true });
  desk = undefined;
  target = undefined;
});

describe('opening an export folder', () => {
  it('opens the folder a finished export wrote', async () => {
    desk = await openDesk();
    target = tempDir('klinik-open-');
    await desk.create(profile({ name: 'Kue Bu Sri' }));
    const res = await exportTo(desk, target);
    expect(res.status).toBe('done');
    await expect(desk.call('transfer:openFolder', { path: res.folder! })).resolves.toEqual({ opened: true });
    expect(desk.t.platform.opened).toEqual([res.folder]);
  });

  it('refuses a folder no export wrote, and opens nothing', async () => {
    desk = await openDesk();
    target = tempDir('klinik-open-');
    expect(await desk.fail('transfer:openFolder', { path: target })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await desk.fail('transfer:openFolder', { path: join(target, '..') })).toMatchObject({ code: 'NOT_FOUND' });
    expect(desk.t.platform.opened).toEqual([]);
  });
});
