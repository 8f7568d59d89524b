import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { ReportAggregates1765267200000 } from '../../../src/main/db/migrations/1765267200000-report-aggregates';
import { namesOn, upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

/** The version before: consultations that count and ones that do not (a draft, a deleted one, one of a deleted business). */
async function previousVersion() {
  const db = await before(ReportAggregates1765267200000);
  const businesses: Array<[string, string, string | null]> = [['b1', '64.72', null], ['b2', '64.71', null], ['b3', '64.72', AT]];
  for (const [id, regency, deleted] of businesses) {
    await db.query(`INSERT INTO business (id, name, name_key, status, regency_code, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 'aktif', ?, ?, ?, ?)`, [id, id, id, regency, AT, AT, deleted]);
  }
  const consultations: Array<[string, string, string, string, string, number | null, string | null]> = [
    // id, business, status, date, service areas, contact minutes, deleted
    ['c1', 'b1', 'final', '2026-10-05', '["pemasaran","keuangan"]', 60, null],
    ['c2', 'b1', 'final', '2026-11-02', '["pemasaran"]', 30, null],
    ['c3', 'b1', 'draft', '2026-11-03', '["produksi"]', 90, null],
    ['c4', 'b1', 'final', '2026-11-04', '["produksi"]', 90, AT],
    ['c5', 'b2', 'final', '2026-11-10', '[]', null, null],
    ['c6', 'b3', 'final', '2026-10-07', '["legalitas"]', 45, null],
  ];
  let seq = 0;
  for (const [id, business, status, date, areas, minutes, deleted] of consultations) {
    seq += 1;
    const final = status === 'final';
    await db.query(
      `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, consultation_date, service_areas, contact_minutes, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 'SMD1', substr(?, 1, 7), ?, ?, ?, ?, ?, ?, ?)`,
      [id, business, status, final ? `KB/SMD1/2026/00${seq}` : null, date, final ? seq : null, date, areas, minutes, AT, AT, deleted],
    );
  }
  return db;
}

const monthAreas = async (ds: DataSource) =>
  (await ds.query(`SELECT month, regency_code, area, consultations, contact_minutes FROM report_month_area ORDER BY month, regency_code, area`)) as unknown[];
const businessMonths = async (ds: DataSource) =>
  (await ds.query(`SELECT business_id, regency_code, month, consultations, prev_month FROM report_business_month ORDER BY business_id, regency_code, month`)) as unknown[];

const countedBefore = {
  areas: [
    { month: '2026-10', regency_code: '64.72', area: '*', consultations: 1, contact_minutes: 60 },
    { month: '2026-10', regency_code: '64.72', area: 'keuangan', consultations: 1, contact_minutes: 60 },
    { month: '2026-10', regency_code: '64.72', area: 'pemasaran', consultations: 1, contact_minutes: 60 },
    { month: '2026-11', regency_code: '64.71', area: '*', consultations: 1, contact_minutes: 0 },
    { month: '2026-11', regency_code: '64.72', area: '*', consultations: 1, contact_minutes: 30 },
    { month: '2026-11', regency_code: '64.72', area: 'pemasaran', consultations: 1, contact_minutes: 30 },
  ],
  businesses: [
    { business_id: 'b1', regency_code: '64.72', month: '2026-10', consultations: 1, prev_month: '' },
    { business_id: 'b1', regency_code: '64.72', month: '2026-11', consultations: 1, prev_month: '2026-10' },
    { business_id: 'b2', regency_code: '64.71', month: '2026-11', consultations: 1, prev_month: '' },
  ],
};

describe('report aggregates: migration', () => {
  it('counts the existing consultations that count, by month, kabupaten and area, and by business with its previous month', async () => {
    const db = await previousVersion();
    const consultationsBefore = await db.query(`SELECT * FROM consultation ORDER BY id`);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT * FROM consultation ORDER BY id`)).toEqual(consultationsBefore);
    expect(await monthAreas(ds)).toEqual(countedBefore.areas);
    expect(await businessMonths(ds)).toEqual(countedBefore.businesses);
    expect(await namesOn(ds, 'index', 'report_business_month')).toEqual(['report_business_month_key', 'report_business_month_served']);
  });

  it('keeps the counts by triggers: a consultation finalised or deleted, a business deleted and restored', async () => {
    const db = await previousVersion();
    const ds = await db.upgrade();
    await ds.query(`UPDATE consultation SET status = 'final', number = 'KB/SMD1/2026/0099', seq = 99, consultation_date = '2026-12-01' WHERE id = 'c3'`);
    expect((await monthAreas(ds)).filter((r) => (r as { month: string }).month === '2026-12')).toEqual([
      { month: '2026-12', regency_code: '64.72', area: '*', consultations: 1, contact_minutes: 90 },
      { month: '2026-12', regency_code: '64.72', area: 'produksi', consultations: 1, contact_minutes: 90 },
    ]);
    expect(await businessMonths(ds)).toContainEqual({ business_id: 'b1', regency_code: '64.72', month: '2026-12', consultations: 1, prev_month: '2026-11' });

    await ds.query(`UPDATE consultation SET deleted_at = ? WHERE id = 'c3'`, [AT]);
    expect(await monthAreas(ds)).toEqual(countedBefore.areas);
    expect(await businessMonths(ds)).toEqual(countedBefore.businesses);

    await ds.query(`UPDATE business SET deleted_at = ? WHERE id = 'b1'`, [AT]);
    expect(await monthAreas(ds)).toEqual([{ month: '2026-11', regency_code: '64.71', area: '*', consultations: 1, contact_minutes: 0 }]);
    expect(await businessMonths(ds)).toEqual([{ business_id: 'b2', regency_code: '64.71', month: '2026-11', consultations: 1, prev_month: '' }]);
    await ds.query(`UPDATE business SET deleted_at = NULL WHERE id = 'b1'`);
    expect(await monthAreas(ds)).toEqual(countedBefore.areas);
    expect(await businessMonths(ds)).toEqual(countedBefore.businesses);
  });
});
