import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { BusinessDetail, ConsultationDetail, ConsultationInput, ConsultationListQuery } from '../../src/shared/contract';
import { consultationListQuery } from '../../src/shared/contract';
import { databasePath, openDatabase } from '../../src/main/db/data-source';
import { createMigrations, defaultResourcesDir } from '../../src/main/db/migrations';
import { ConsultationListSpeed1764921600000 } from '../../src/main/db/migrations/1764921600000-consultation-list-speed';
import { hoursRows, listTotalsSql } from '../../src/main/modules/consultations/consultation.queries';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';
import { tempDir } from './helpers/core';

/**
 * The copies the filtered lists read instead of the business and the consultation: the regency on
 * the consultation, the date and minutes on its consultant rows. Each must follow every change.
 */

let desk: Desk;
let samarinda: BusinessDetail;
let balikpapan: BusinessDetail;

beforeEach(async () => {
  desk = await openDesk();
  samarinda = await desk.create(profile({ ownerNik: null }));
  balikpapan = await desk.create(
    profile({ name: 'Sablon Kaos Mandiri', ownerName: 'Budi Santoso', ownerNik: null, ownerPhone: null, nib: null, regencyCode: '64.71', districtCode: null }),
  );
});
afterEach(() => desk.t.dispose());

const ids = async (q: ConsultationListQuery) => (await desk.call('consultations:list', q)).rows.map((r) => r.id);
const copies = (id: string) =>
  desk.t.core.ds.query(
    `SELECT c.regency_code, cc.consultant_id, cc.consultation_date, cc.contact_minutes, cc.prep_minutes
     FROM consultation c LEFT JOIN consultation_consultant cc ON cc.consultation_id = c.id WHERE c.id = ? ORDER BY cc.position`,
    [id],
  );
const amend = (c: ConsultationDetail, values: ConsultationInput) =>
  desk.call('consultations:amend', { id: c.id, expectedUpdatedAt: c.updatedAt, reason: 'Koreksi', values });

describe('the copies the consultation lists filter on', () => {
  it('finalise writes them: the business regency, the date and minutes on each consultant row', async () => {
    const c = await finalizeNew(desk, consultationValues(samarinda.id, desk.consultantId, { date: '2026-06-10', contactMinutes: 50, prepMinutes: 7 }));
    expect(await copies(c.id)).toEqual([
      { regency_code: '64.72', consultant_id: desk.consultantId, consultation_date: '2026-06-10', contact_minutes: 50, prep_minutes: 7 },
    ]);
  });

  it('amend: a new date, minutes and business carry over, so the consultant month, regency and hours follow', async () => {
    const v = consultationValues(samarinda.id, desk.consultantId, { date: '2026-06-10', contactMinutes: 50, prepMinutes: 7, actionItems: [] });
    const c = await finalizeNew(desk, v);
    const june = { from: '2026-06-01', to: '2026-06-30', consultantId: desk.consultantId };
    const may = { from: '2026-05-01', to: '2026-05-31', consultantId: desk.consultantId };
    expect(await ids(june)).toEqual([c.id]);

    // Only the date and the minutes change: the consultant rows are rewritten with the same consultant.
    const moved = await amend(c, { ...v, date: '2026-05-20', contactMinutes: 80, prepMinutes: 12 });
    expect(await copies(c.id)).toEqual([
      { regency_code: '64.72', consultant_id: desk.consultantId, consultation_date: '2026-05-20', contact_minutes: 80, prep_minutes: 12 },
    ]);
    expect(await ids(june)).toEqual([]);
    expect(await desk.call('consultations:list', may)).toMatchObject({ total: 1, totalContactMinutes: 80 });
    expect(await desk.call('consultations:hours', { from: '2026-05', to: '2026-06' })).toEqual([
      expect.objectContaining({ month: '2026-05', consultations: 1, contactMinutes: 80, prepMinutes: 12 }),
    ]);

    await amend(moved, { ...v, businessId: balikpapan.id, date: '2026-05-20', contactMinutes: 80, prepMinutes: 12 });
    expect((await copies(c.id))[0]).toMatchObject({ regency_code: '64.71' });
    expect(await ids({ regencyCode: '64.71' })).toEqual([c.id]);
    expect(await ids({ regencyCode: '64.72' })).toEqual([]);
  });

  it('an update of the date and minutes alone (no rewrite of the consultant rows) still reaches them', async () => {
    const c = await finalizeNew(desk, consultationValues(samarinda.id, desk.consultantId, { date: '2026-06-10', actionItems: [] }));
    await desk.t.core.ds.query(`UPDATE consultation SET consultation_date = '2026-04-02', contact_minutes = 5 WHERE id = ?`, [c.id]);
    expect((await copies(c.id))[0]).toMatchObject({ consultation_date: '2026-04-02', contact_minutes: 5 });
  });

  it('a business whose kabupaten/kota changes takes its consultations with it', async () => {
    const c = await finalizeNew(desk, consultationValues(samarinda.id, desk.consultantId, { date: '2026-06-10', actionItems: [] }));
    expect(await ids({ regencyCode: '64.72' })).toEqual([c.id]);
    await desk.call('businesses:update', {
      id: samarinda.id,
      expectedUpdatedAt: samarinda.updatedAt,
      profile: profile({ ownerNik: null, regencyCode: '64.71', districtCode: '64.71.01' }),
    });
    expect((await copies(c.id))[0]).toMatchObject({ regency_code: '64.71' });
    expect(await ids({ regencyCode: '64.72' })).toEqual([]);
    expect(await ids({ regencyCode: '64.71' })).toEqual([c.id]);
    expect((await desk.call('consultations:list', { regencyCode: '64.71' })).rows[0]).toMatchObject({ regencyName: 'Kota Balikpapan' });
  });

  it("merge: the merged profile's consultations take the survivor's kabupaten/kota", async () => {
    const c = await finalizeNew(desk, consultationValues(balikpapan.id, desk.consultantId, { date: '2026-06-10', actionItems: [] }));
    expect(await ids({ regencyCode: '64.71' })).toEqual([c.id]);
    await desk.call('businesses:merge', { survivorId: samarinda.id, mergedId: balikpapan.id, takeFromMerged: [] });
    expect((await copies(c.id))[0]).toMatchObject({ regency_code: '64.72' });
    expect(await ids({ regencyCode: '64.71' })).toEqual([]);
    expect(await ids({ regencyCode: '64.72' })).toEqual([c.id]);
  });

  it('a consultation written before its business (deferred keys, as an import may) takes the regency when the business arrives', async () => {
    const NOW = '2026-06-15T02:00:00.000Z';
    await desk.t.core.ds.transaction(async (m) => {
      await m.query(`PRAGMA defer_foreign_keys = ON`);
      await m.query(
        `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, created_at, updated_at)
         VALUES ('c-early', 'b-late', 'final', 'KB/BPN1/2026/06/0001', 'BPN1', '2026-06', 1, '2026-06-03', ?, ?)`,
        [NOW, NOW],
      );
      await m.query(
        `INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at) VALUES ('b-late', 'Datang Belakangan', 'datang belakangan', 'aktif', '64.71', ?, ?)`,
        [NOW, NOW],
      );
    });
    expect(await ids({ regencyCode: '64.71' })).toEqual(['c-early']);
  });

  it('a draft and a discarded record are never in a consultant month or the hours', async () => {
    const c = await finalizeNew(desk, consultationValues(samarinda.id, desk.consultantId, { date: '2026-06-10', actionItems: [] }));
    // Soft-deleting a final record is not something the app does, but the copies must still follow.
    await desk.t.core.ds.query(`UPDATE consultation SET deleted_at = '2026-06-15T03:00:00.000Z' WHERE id = ?`, [c.id]);
    expect((await copies(c.id))[0]).toMatchObject({ consultation_date: null });
    expect(await desk.call('consultations:hours', { from: '2026-06', to: '2026-06' })).toEqual([]);
    await desk.t.core.ds.query(`UPDATE consultation SET deleted_at = NULL WHERE id = ?`, [c.id]);
    expect((await copies(c.id))[0]).toMatchObject({ consultation_date: '2026-06-10' });
  });

  it('the filtered totals and the hours read only the new indexes', async () => {
    const plan = async (sql: string, params: unknown[]) =>
      ((await desk.t.core.ds.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as Array<{ detail: string }>).map((p) => p.detail).join('\n');
    const month = { from: '2026-06-01', to: '2026-06-30' };
    for (const extra of [{ regencyCode: '64.72' }, { serviceArea: 'pemasaran' as const }, { channel: 'whatsapp' as const }]) {
      const t = listTotalsSql(consultationListQuery.parse({ ...month, ...extra }));
      expect(await plan(t.sql, t.params)).toMatch(/^SEARCH c USING COVERING INDEX consultation_live_date/);
    }
    const t = listTotalsSql(consultationListQuery.parse({ ...month, consultantId: desk.consultantId }));
    expect(await plan(t.sql, t.params)).toMatch(/SEARCH cc USING COVERING INDEX consultation_consultant_date \(consultant_id=\? AND consultation_date>\? AND consultation_date<\?\)/);
    let sql = '';
    const spy = { query: (s: string) => ((sql = s), Promise.resolve([])) } as unknown as DataSource;
    await hoursRows(spy, { from: '2026-01', to: '2026-12', consultantId: desk.consultantId });
    expect(await plan(sql, ['2026-01-01', '2026-12-31', desk.consultantId])).toMatch(/SEARCH cc USING COVERING INDEX consultation_consultant_date/);
    expect(await plan(sql, ['2026-01-01', '2026-12-31', desk.consultantId])).not.toMatch(/\bconsultation c\b|SEARCH c /);
  });
});

describe('consultation list speed migration', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const NOW = '2026-06-01T00:00:00.000Z';

  it('fills the copies of the rows already there', async () => {
    const dir = tempDir('klinik-list-speed-');
    dirs.push(dir);
    const all = createMigrations(defaultResourcesDir());
    const before = all.slice(0, all.indexOf(ConsultationListSpeed1764921600000));
    const old = new DataSource({ type: 'sqlite', database: databasePath(dir), migrations: before, migrationsTransactionMode: 'each' });
    await old.initialize();
    await old.runMigrations();
    await old.query(`INSERT INTO consultant (id, name, active, created_at, updated_at) VALUES ('k1', 'Siti', 1, ?, ?), ('k2', 'Budi', 1, ?, ?)`, [NOW, NOW, NOW, NOW]);
    await old.query(
      `INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at)
       VALUES ('b1', 'Kue Bu Sri', 'kue bu sri', 'aktif', '64.72', ?, ?), ('b2', 'Tanpa Wilayah', 'tanpa wilayah', 'aktif', NULL, ?, ?)`,
      [NOW, NOW, NOW, NOW],
    );
    const final = (id: string, business: string, seq: number, date: string, minutes: number) =>
      old.query(
        `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, contact_minutes, prep_minutes, created_at, updated_at)
         VALUES (?, ?, 'final', ?, 'SMD1', ?, ?, ?, ?, 3, ?, ?)`,
        [id, business, `KB/SMD1/${date.slice(0, 4)}/${date.slice(5, 7)}/000${seq}`, date.slice(0, 7), seq, date, minutes, NOW, NOW],
      );
    await final('c1', 'b1', 1, '2026-05-04', 30);
    await final('c2', 'b2', 2, '2026-05-06', 45);
    await old.query(`INSERT INTO consultation (id, business_id, status, consultation_date, created_at, updated_at) VALUES ('d1', 'b1', 'draft', '2026-05-07', ?, ?)`, [NOW, NOW]);
    await old.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES ('c1', 'k1', 0), ('c1', 'k2', 1), ('c2', 'k2', 0)`);
    await old.destroy();

    const ds = await openDatabase(dir);
    try {
      expect(await ds.query(`SELECT id, regency_code FROM consultation ORDER BY id`)).toEqual([
        { id: 'c1', regency_code: '64.72' },
        { id: 'c2', regency_code: null },
        { id: 'd1', regency_code: '64.72' },
      ]);
      expect(
        await ds.query(`SELECT consultation_id, consultant_id, consultation_date, contact_minutes, prep_minutes FROM consultation_consultant ORDER BY consultation_id, position`),
      ).toEqual([
        { consultation_id: 'c1', consultant_id: 'k1', consultation_date: '2026-05-04', contact_minutes: 30, prep_minutes: 3 },
        { consultation_id: 'c1', consultant_id: 'k2', consultation_date: '2026-05-04', contact_minutes: 30, prep_minutes: 3 },
        { consultation_id: 'c2', consultant_id: 'k2', consultation_date: '2026-05-06', contact_minutes: 45, prep_minutes: 3 },
      ]);
      const names: Array<{ name: string }> = await ds.query(
        `SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('consultation', 'consultation_consultant', 'business') AND sql IS NOT NULL ORDER BY name`,
      );
      expect(names.map((n) => n.name)).toEqual(
        expect.arrayContaining(['consultation_live_date', 'consultation_consultant_date', 'consultation_consultant_hours', 'business_regency_consultations']),
      );
      expect(names.map((n) => n.name)).not.toContain('consultation_consultant_by');
    } finally {
      await ds.destroy();
    }
  });
});
