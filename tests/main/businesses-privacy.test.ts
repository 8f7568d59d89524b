import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core';
import type { BusinessDetail } from '../../src/shared/contract';
import { createTestPlatform } from '../../src/harness/test-platform';
import { freshDataDir, setUpDesk, tempDir } from './helpers/core';
import { openDesk, profile, SRI_NIK, steppingClock, TEST_NOW, type Desk } from './helpers/business';

let desk: Desk;
let sri: BusinessDetail;
let outDir: string;
beforeEach(async () => {
  desk = await openDesk();
  sri = await desk.create(profile({ ownerEmail: 'Sri.Wahyuni@example.com', address: 'Jl. Pahlawan No. 5, Palaran', villageCode: null }));
  outDir = tempDir('klinik-export-');
});
afterEach(async () => {
  await desk.t.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

describe('NIK on screen', () => {
  it('revealNik returns the full NIK and audits reveal_nik with the consultant as actor', async () => {
    expect(await desk.call('businesses:revealNik', { id: sri.id })).toEqual({ nik: SRI_NIK });
    const [latest] = await desk.audit(sri.id);
    expect(latest).toMatchObject({ action: 'reveal_nik', actorId: desk.consultantId, actorName: 'Siti Rahmawati', changes: null });
    await desk.call('businesses:revealNik', { id: sri.id });
    expect((await desk.audit(sri.id)).filter((e) => e.action === 'reveal_nik')).toHaveLength(2);
  });

  it('get, list, timeline, duplicate check and audit never carry the full NIK', async () => {
    const detail = await desk.call('businesses:get', { id: sri.id });
    expect(detail.ownerNikMasked).toBe('6472••••••••0003');
    expect(detail).not.toHaveProperty('ownerNik');
    const answers = [
      detail,
      sri,
      await desk.call('businesses:list', {}),
      await desk.call('businesses:list', { query: 'sri' }),
      await desk.call('businesses:timeline', { id: sri.id }),
      await desk.call('businesses:checkDuplicates', { name: 'Kue Bu Sri', ownerNik: SRI_NIK }),
      await desk.call('audit:list', { limit: 500 }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(SRI_NIK);
  });

  it('revealNik of an unknown profile is NOT_FOUND and audits nothing', async () => {
    const before = await desk.counts();
    const error = await desk.fail('businesses:revealNik', { id: '00000000-0000-4000-8000-000000000000' });
    expect(error.code).toBe('NOT_FOUND');
    expect(await desk.counts()).toEqual(before);
  });
});

describe('exportPersonalData', () => {
  it('writes the owner data as JSON to the path the save dialog answers, and audits export_personal', async () => {
    const target = join(outDir, 'data-pribadi.json');
    desk.t.platform.dialogAnswers.push(target);
    expect(await desk.call('businesses:exportPersonalData', { id: sri.id })).toEqual({ path: target });
    expect(desk.t.platform.dialogAnswers).toEqual([]);

    const doc = JSON.parse(readFileSync(target, 'utf8')) as {
      business: { id: string; name: string };
      owner: Record<string, unknown>;
      processing: Array<{ action: string; by: string | null }>;
      legalBasis: string;
    };
    expect(doc.business).toMatchObject({ id: sri.id, name: 'Kue Bu Sri' });
    expect(doc.owner).toMatchObject({
      name: 'Sri Wahyuni',
      nik: SRI_NIK,
      phone: '+6281234567890',
      gender: 'P',
      birthDate: '1990-03-12',
      email: 'sri.wahyuni@example.com',
      address: 'Jl. Pahlawan No. 5, Palaran',
    });
    expect(doc.processing.map((p) => p.action)).toEqual(['create']);
    expect(doc.processing[0]?.by).toBe('Siti Rahmawati');
    expect(doc.legalBasis).toMatch(/27 Tahun 2022/);

    const [latest] = await desk.audit(sri.id);
    expect(latest).toMatchObject({ action: 'export_personal', actorId: desk.consultantId });
    expect(JSON.stringify(latest)).not.toContain(target);
  });

  it('returns path null and writes nothing when the dialog is cancelled', async () => {
    const before = await desk.counts();
    expect(await desk.call('businesses:exportPersonalData', { id: sri.id })).toEqual({ path: null }); // nothing queued
    desk.t.platform.dialogAnswers.push(null);
    expect(await desk.call('businesses:exportPersonalData', { id: sri.id })).toEqual({ path: null }); // explicit cancel
    expect(readdirSync(outDir)).toEqual([]);
    expect(await desk.counts()).toEqual(before);
    expect((await desk.audit(sri.id)).map((e) => e.action)).not.toContain('export_personal');
  });
});

describe('erasePersonalData', () => {
  const reason = 'Permintaan pemilik lewat surat 28/11/2026';

  it('wipes owner name, NIK, birth date, phone, e-mail and address; keeps name, gender, region and scale', async () => {
    const erased = await desk.call('businesses:erasePersonalData', { id: sri.id, reason });
    expect(erased).toMatchObject({
      ownerName: null,
      ownerNikMasked: null,
      ownerBirthDate: null,
      ownerPhone: null,
      ownerEmail: null,
      address: null,
      name: 'Kue Bu Sri',
      ownerGender: 'P',
      provinceCode: '64',
      regencyCode: '64.72',
      regencyName: 'Kota Samarinda',
      districtCode: '64.72.01',
      scale: 'mikro',
      nib: sri.nib,
    });
    expect(erased.personalDataErasedAt).not.toBeNull();
    expect(erased.personalDataErasedAt! > sri.updatedAt).toBe(true);
    expect(await desk.call('businesses:get', { id: sri.id })).toEqual(erased);
    expect(await desk.call('businesses:revealNik', { id: sri.id })).toEqual({ nik: null });

    const raw: Array<Record<string, unknown>> = await desk.t.core.ds.query(
      `SELECT owner_name, owner_name_key, owner_nik, owner_birth_date, owner_phone, owner_email, address FROM business WHERE id = ?`,
      [sri.id],
    );
    expect(Object.values(raw[0] ?? { missing: 1 }).every((v) => v === null)).toBe(true);
  });

  it('audits erase_personal with the reason', async () => {
    await desk.call('businesses:erasePersonalData', { id: sri.id, reason });
    const [latest] = await desk.audit(sri.id);
    expect(latest).toMatchObject({ action: 'erase_personal', actorId: desk.consultantId, changes: { reason: [null, reason] } });
  });

  it('an erasure needs a reason', async () => {
    const error = await desk.fail('businesses:erasePersonalData', { id: sri.id, reason: '   ' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.['reason']?.key).toBe('v.required');
    expect((await desk.call('businesses:get', { id: sri.id })).ownerName).toBe('Sri Wahyuni');
  });

  it('the erased phone, owner name and NIK no longer find the business; its name still does', async () => {
    const found = async (query: string) => (await desk.call('businesses:list', { query })).total;
    expect(await found('0812-3456-7890')).toBe(1);
    expect(await found('wahyuni')).toBe(1);
    await desk.call('businesses:erasePersonalData', { id: sri.id, reason });
    for (const query of ['0812-3456-7890', '081234567890', '+62 812 3456 7890', '81234567890', 'wahyuni']) {
      expect(await found(query), query).toBe(0);
    }
    expect(await found('kue bu sri')).toBe(1);
    expect(await desk.call('businesses:checkDuplicates', { ownerPhone: '0812-3456-7890', ownerNik: SRI_NIK, ownerName: 'Sri Wahyuni' })).toEqual([]);
  });

  it('an export after erasure carries no personal data', async () => {
    await desk.call('businesses:erasePersonalData', { id: sri.id, reason });
    const target = join(outDir, 'setelah-hapus.json');
    desk.t.platform.dialogAnswers.push(target);
    await desk.call('businesses:exportPersonalData', { id: sri.id });
    const text = readFileSync(target, 'utf8');
    for (const secret of [SRI_NIK, 'Wahyuni', '81234567890', '1990-03-12', 'example.com', 'Pahlawan']) expect(text).not.toContain(secret);
  });
});

describe('the log', () => {
  it('main.log never holds the NIK, even when a failure message carries it', async () => {
    const dataDir = await freshDataDir();
    const platform = createTestPlatform();
    const core = await createCore({ dataDir, platform, clock: steppingClock(TEST_NOW) }); // no logger: the real file logger
    try {
      await setUpDesk(core);
      const created = await core.router.invoke('businesses:create', { profile: profile() });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const { id } = created.value as BusinessDetail;
      await core.router.invoke('businesses:revealNik', { id });
      platform.dialogAnswers.push(join(outDir, 'log-test.json'));
      await core.router.invoke('businesses:exportPersonalData', { id });
      await core.router.invoke('businesses:create', { profile: profile({ ownerNik: `${SRI_NIK}9` }) }); // refused input
      await core.router.invoke('businesses:checkDuplicates', { ownerNik: SRI_NIK });
      await core.router.invoke('businesses:list', { query: SRI_NIK });
      const other = await core.router.invoke('businesses:create', {
        profile: profile({ name: 'Es Krim Segar', ownerName: 'Budi Santoso', ownerNik: null, nib: null, ownerPhone: null }),
      });
      if (!other.ok) throw new Error(JSON.stringify(other.error));
      core.services.businesses.registerRelated('leaky', async () => {
        throw new Error(`related record of owner ${SRI_NIK} could not move`);
      });
      const failed = await core.router.invoke('businesses:merge', { survivorId: id, mergedId: (other.value as BusinessDetail).id });
      expect(!failed.ok && failed.error.code).toBe('INTERNAL');
      expect(JSON.stringify(failed)).not.toContain(SRI_NIK);
      await core.router.invoke('businesses:erasePersonalData', { id, reason: 'Permintaan pemilik' });
    } finally {
      await core.close();
    }
    const logFile = join(dataDir, 'logs', 'main.log');
    expect(existsSync(logFile)).toBe(true);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('handler failed'); // the merge failure was logged...
    expect(log).not.toContain(SRI_NIK); // ...without the NIK
    expect(log).not.toContain('81234567890');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the test logger of a whole privacy round holds no NIK either', async () => {
    await desk.call('businesses:revealNik', { id: sri.id });
    desk.t.platform.dialogAnswers.push(join(outDir, 'x.json'));
    await desk.call('businesses:exportPersonalData', { id: sri.id });
    await desk.call('businesses:erasePersonalData', { id: sri.id, reason: 'Permintaan pemilik' });
    expect(JSON.stringify(desk.t.logs)).not.toContain(SRI_NIK);
    const logFile = join(desk.t.dataDir, 'logs', 'main.log');
    if (existsSync(logFile)) expect(readFileSync(logFile, 'utf8')).not.toContain(SRI_NIK);
  });
});
