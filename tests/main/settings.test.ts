import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, OfficeProfileInput, Settings } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import type { EventName } from '../../src/shared/events';
import { makeCore, setUpDesk, type TestCore } from './helpers/core';

/** A clock the test sets by hand, so saved timestamps can be checked exactly. */
function manualClock(startIso = '2025-11-28T01:00:00.000Z') {
  let now = new Date(startIso);
  return { clock: () => new Date(now), set: (iso: string) => (now = new Date(iso)) };
}

const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function officeInput(over: Partial<OfficeProfileInput> = {}): OfficeProfileInput {
  return {
    officeName: 'Klinik Bisnis KUMKM Kalimantan Timur',
    unitName: 'UPTD Samarinda',
    address: null,
    phone: null,
    email: null,
    provinceCode: '64',
    regencyCode: '64.72',
    logoDataUrl: null,
    timeZone: 'Asia/Makassar',
    deskCode: 'SMD1',
    ...over,
  };
}

function expectOk<T>(res: Envelope<unknown>): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.value as T;
}

function expectError(res: Envelope<unknown>) {
  if (res.ok) throw new Error(`expected an error, got ${JSON.stringify(res.value)}`);
  return res.error;
}

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

async function deskOnDuty() {
  const time = manualClock();
  t = await makeCore({ clock: time.clock });
  const consultantId = await setUpDesk(t.core);
  return { core: t.core, consultantId, time };
}

const getSettings = async (c: TestCore['core']) => expectOk<Settings>(await c.router.invoke('settings:get', undefined));
const auditCount = async (c: TestCore['core']) =>
  ((await c.ds.query(`SELECT COUNT(*) AS n FROM audit_log`)) as Array<{ n: number }>)[0]?.n;
const officeAudit = async (c: TestCore['core']) =>
  expectOk<AuditEntry[]>(await c.router.invoke('audit:list', { entity: 'office_profile', limit: 50 }));

describe('settings:updateOffice', () => {
  it('saves a valid office profile and answers it, with updatedBy the consultant on duty and updatedAt from the clock', async () => {
    const { core, consultantId, time } = await deskOnDuty();
    time.set('2025-12-01T08:30:00.000Z');
    const value = expectOk<Settings>(await core.router.invoke('settings:updateOffice', officeInput()));
    expect(value.office).toMatchObject({
      officeName: 'Klinik Bisnis KUMKM Kalimantan Timur',
      unitName: 'UPTD Samarinda',
      provinceCode: '64',
      regencyCode: '64.72',
      deskCode: 'SMD1',
      updatedBy: consultantId,
    });
    expect(value.office.updatedAt).toBe('2025-12-01T08:30:00.000Z');
    expect(await getSettings(core)).toEqual(value);
  });

  it('refuses every change without a consultant on duty (NO_SESSION) and changes nothing', async () => {
    const { core } = await deskOnDuty();
    await core.router.invoke('session:end', undefined);
    const before = await getSettings(core);
    const auditBefore = await auditCount(core);
    const res = await core.router.invoke('settings:updateOffice', officeInput({ officeName: 'Kantor Lain' }));
    expect(expectError(res).code).toBe('NO_SESSION');
    expect(await getSettings(core)).toEqual(before);
    expect(await auditCount(core)).toBe(auditBefore);
  });

  it('refuses an office update on a fresh install, before any consultant exists (NO_SESSION)', async () => {
    t = await makeCore();
    const before = await getSettings(t.core);
    const res = await t.core.router.invoke('settings:updateOffice', officeInput());
    expect(expectError(res).code).toBe('NO_SESSION');
    expect(await getSettings(t.core)).toEqual(before);
  });

  it('refuses an empty or blank office name with fields.officeName = v.required', async () => {
    const { core } = await deskOnDuty();
    for (const officeName of ['', '   ']) {
      const err = expectError(await core.router.invoke('settings:updateOffice', officeInput({ officeName })));
      expect(err.code).toBe('VALIDATION');
      expect(err.fields?.['officeName']).toEqual({ key: 'v.required' });
    }
  });

  it('upper-cases a lower-case desk code before saving it', async () => {
    const { core } = await deskOnDuty();
    const value = expectOk<Settings>(await core.router.invoke('settings:updateOffice', officeInput({ deskCode: ' bpn2 ' })));
    expect(value.office.deskCode).toBe('BPN2');
    expect((await getSettings(core)).office.deskCode).toBe('BPN2');
  });

  it('refuses desk codes that are too short, too long or carry symbols with v.deskCode', async () => {
    const { core } = await deskOnDuty();
    for (const deskCode of ['S', 'SMD1234', 'SMD-1', 'SMD 1', 'ŠMD1']) {
      const err = expectError(await core.router.invoke('settings:updateOffice', officeInput({ deskCode })));
      expect({ deskCode, field: err.fields?.['deskCode']?.key }).toEqual({ deskCode, field: 'v.deskCode' });
    }
    expect((await getSettings(core)).office.deskCode).toBe('SMD1');
  });

  it('refuses a regency outside the chosen province, or without a province, with v.regencyOutsideProvince', async () => {
    const { core } = await deskOnDuty();
    for (const [provinceCode, regencyCode] of [
      ['64', '63.71'],
      [null, '64.72'],
      ['6', '64.72'],
    ] as const) {
      const err = expectError(await core.router.invoke('settings:updateOffice', officeInput({ provinceCode, regencyCode })));
      expect(err.code).toBe('VALIDATION');
      if (provinceCode === '6') expect(err.fields?.['provinceCode']?.key).toBe('v.region');
      else expect(err.fields?.['regencyCode']?.key).toBe('v.regencyOutsideProvince');
    }
  });

  it('accepts a province without a regency', async () => {
    const { core } = await deskOnDuty();
    const value = expectOk<Settings>(
      await core.router.invoke('settings:updateOffice', officeInput({ provinceCode: '64', regencyCode: null })),
    );
    expect(value.office).toMatchObject({ provinceCode: '64', regencyCode: null });
  });

  it("stores a phone typed as '0812 3456 7890' as '+6281234567890' and lower-cases the e-mail", async () => {
    const { core } = await deskOnDuty();
    const value = expectOk<Settings>(
      await core.router.invoke(
        'settings:updateOffice',
        officeInput({ phone: '0812 3456 7890', email: 'Klinik.Kaltim@Example.go.id' }),
      ),
    );
    expect(value.office.phone).toBe('+6281234567890');
    expect(value.office.email).toBe('klinik.kaltim@example.go.id');
    expect(await core.ds.query(`SELECT phone FROM office_profile`)).toEqual([{ phone: '+6281234567890' }]);
  });

  it('refuses a phone that is not an Indonesian number (v.phone) and a malformed e-mail (v.email)', async () => {
    const { core } = await deskOnDuty();
    const err = expectError(
      await core.router.invoke('settings:updateOffice', officeInput({ phone: '0812', email: 'siti@' })),
    );
    expect(err.fields).toMatchObject({ phone: { key: 'v.phone' }, email: { key: 'v.email' } });
  });

  it('accepts a small PNG logo data URL and refuses other formats, scripts and oversized images', async () => {
    const { core } = await deskOnDuty();
    const ok = expectOk<Settings>(await core.router.invoke('settings:updateOffice', officeInput({ logoDataUrl: PNG_1PX })));
    expect(ok.office.logoDataUrl).toBe(PNG_1PX);

    const refused: Array<[string, string]> = [
      ['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'v.logoFormat'],
      ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'v.logoFormat'],
      ['javascript:alert(1)', 'v.logoFormat'],
      ['https://example.com/logo.png', 'v.logoFormat'],
      [`${PNG_1PX}"><script>alert(1)</script>`, 'v.logoFormat'],
      [`data:image/png;base64,${'A'.repeat(500_000)}`, 'v.logoTooLarge'],
    ];
    for (const [logoDataUrl, key] of refused) {
      const err = expectError(await core.router.invoke('settings:updateOffice', officeInput({ logoDataUrl })));
      expect({ logo: logoDataUrl.slice(0, 40), key: err.fields?.['logoDataUrl']?.key }).toEqual({
        logo: logoDataUrl.slice(0, 40),
        key,
      });
    }
    expect((await getSettings(core)).office.logoDataUrl).toBe(PNG_1PX);
  });

  it('writes an audit entry with the consultant as actor, hiding personal values (phone, e-mail, address, logo) as •••', async () => {
    const { core, consultantId } = await deskOnDuty();
    const personal = {
      phone: '0812 9876 5432',
      email: 'siti.rahma@example.co.id',
      address: 'Jl. Juanda No. 7, Samarinda',
      logoDataUrl: PNG_1PX,
    };
    expectOk(await core.router.invoke('settings:updateOffice', officeInput({ officeName: 'Klinik Bisnis Samarinda', ...personal })));
    const [entry] = await officeAudit(core);
    expect(entry).toMatchObject({
      actorId: consultantId,
      actorName: 'Siti Rahmawati',
      action: 'update',
      entity: 'office_profile',
    });
    expect(entry?.changes).toMatchObject({
      officeName: ['Klinik Bisnis Kaltim', 'Klinik Bisnis Samarinda'],
      phone: [null, '•••'],
      email: [null, '•••'],
      address: [null, '•••'],
      logoDataUrl: [null, '•••'],
    });
    const text = JSON.stringify(entry);
    for (const needle of ['9876', '5432', 'siti.rahma', 'example.co.id', 'Juanda', 'iVBOR']) expect(text).not.toContain(needle);

    // A later change of a personal field records only that it changed.
    expectOk(await core.router.invoke('settings:updateOffice', officeInput({ officeName: 'Klinik Bisnis Samarinda', ...personal, phone: '0813 1111 2222' })));
    const [second] = await officeAudit(core);
    expect(second?.changes).toEqual({ phone: ['•••', '•••'] });
  });

  it('refuses 10,000-character fields with v.tooLong and its limit, and saves nothing', async () => {
    const { core } = await deskOnDuty();
    const before = await getSettings(core);
    const auditBefore = await auditCount(core);
    const long = 'a'.repeat(10_000);
    const err = expectError(
      await core.router.invoke(
        'settings:updateOffice',
        officeInput({ officeName: long, unitName: long, address: long, phone: long, email: `${long}@x.id` }),
      ),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({
      officeName: { key: 'v.tooLong', params: { max: 200 } },
      unitName: { key: 'v.tooLong', params: { max: 200 } },
      address: { key: 'v.tooLong', params: { max: 500 } },
      phone: { key: 'v.tooLong', params: { max: 60 } },
      email: { key: 'v.tooLong', params: { max: 254 } },
    });
    expect(await getSettings(core)).toEqual(before);
    expect(await auditCount(core)).toBe(auditBefore);
  });

  it('stores quotes, emoji, newlines and SQL-like text verbatim, also after the database is reopened', async () => {
    const { core } = await deskOnDuty();
    const tricky = {
      officeName: `Klinik "Bisnis" Ma'ruf 🚀🇮🇩 — Robert'); DROP TABLE office_profile;--`,
      unitName: `' OR '1'='1`,
      address: `Jl. P. Antasari No. 7\nRT 03 "Blok C" 😀; DELETE FROM consultant; --`,
    };
    const value = expectOk<Settings>(await core.router.invoke('settings:updateOffice', officeInput(tricky)));
    expect(value.office).toMatchObject(tricky);

    const dataDir = t!.dataDir;
    await core.close();
    t = await makeCore({ dataDir });
    expect((await getSettings(t.core)).office).toMatchObject(tricky);
    expect(await t.core.ds.query(`SELECT COUNT(*) AS n FROM consultant`)).toEqual([{ n: 1 }]);
  });

  it("emits 'settings:changed' with the saved settings, and nothing when the update is refused", async () => {
    const { core } = await deskOnDuty();
    const seen: Array<{ name: EventName; payload: unknown }> = [];
    // The tables each commit changed are announced too; this test is about 'settings:changed'.
    const unsubscribe = core.events.subscribe((name, payload) => name !== 'data:changed' && seen.push({ name, payload }));
    const value = expectOk<Settings>(await core.router.invoke('settings:updateOffice', officeInput({ deskCode: 'BPN1' })));
    expect(seen).toEqual([{ name: 'settings:changed', payload: value }]);

    expectError(await core.router.invoke('settings:updateOffice', officeInput({ deskCode: '!' })));
    expect(seen).toHaveLength(1);

    unsubscribe();
    expectOk(await core.router.invoke('settings:updateOffice', officeInput({ deskCode: 'BPN2' })));
    expect(seen).toHaveLength(1);
  });
});

describe('settings:setLanguage', () => {
  it("switches the language, emits 'settings:changed' and records the change", async () => {
    const { core } = await deskOnDuty();
    const seen: EventName[] = [];
    core.events.subscribe((name) => name !== 'data:changed' && seen.push(name));
    const value = expectOk<Settings>(await core.router.invoke('settings:setLanguage', { language: 'en' }));
    expect(value.language).toBe('en');
    expect((await getSettings(core)).language).toBe('en');
    expect(seen).toEqual(['settings:changed']);
    expect((await officeAudit(core))[0]?.changes).toEqual({ language: ['id', 'en'] });
  });

  it('refuses a language the app does not have with v.invalidChoice', async () => {
    const { core } = await deskOnDuty();
    const err = expectError(await core.router.invoke('settings:setLanguage', { language: 'jv' }));
    expect(err.fields?.['language']).toEqual({ key: 'v.invalidChoice' });
    expect((await getSettings(core)).language).toBe('id');
  });
});
