import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessDetail, ConsultationDetail, ConsultationInput, Dashboard } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew, toDraft } from './helpers/consultation';

const SAMARINDA = '64.72';
const BALIKPAPAN = '64.71';

/** What the triggers must hold, counted again from the consultations. */
const MONTH_AREAS = `
  SELECT month, regency_code, area, count(*) AS consultations, sum(coalesce(contact_minutes, 0)) AS contact_minutes FROM (
    SELECT DISTINCT c.id, substr(c.consultation_date, 1, 7) AS month, coalesce(c.regency_code, '') AS regency_code, j.value AS area, c.contact_minutes
    FROM consultation c, json_each(c.service_areas) j
    WHERE c.status = 'final' AND c.deleted_at IS NULL AND c.business_id NOT IN (SELECT id FROM business WHERE deleted_at IS NOT NULL)
    UNION ALL
    SELECT c.id, substr(c.consultation_date, 1, 7), coalesce(c.regency_code, ''), '*', c.contact_minutes
    FROM consultation c
    WHERE c.status = 'final' AND c.deleted_at IS NULL AND c.business_id NOT IN (SELECT id FROM business WHERE deleted_at IS NOT NULL)
  ) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const BUSINESS_MONTHS = `
  SELECT business_id, regency_code, month, n AS consultations, coalesce(lag(month) OVER (PARTITION BY business_id, regency_code ORDER BY month), '') AS prev_month
  FROM (
    SELECT c.business_id, coalesce(c.regency_code, '') AS regency_code, substr(c.consultation_date, 1, 7) AS month, count(*) AS n
    FROM consultation c
    WHERE c.status = 'final' AND c.deleted_at IS NULL AND c.business_id NOT IN (SELECT id FROM business WHERE deleted_at IS NOT NULL)
    GROUP BY 1, 2, 3
  ) ORDER BY 1, 2, 3`;

/** Ranges the dashboard counts from the aggregates (whole months, or up to a day after which nothing is dated) and a few it cannot. */
const RANGES = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-02-01', to: '2026-03-31' },
  { from: '2026-03-01', to: '2026-06-15' },
  { from: '2026-04-01', to: '2026-04-30' },
  { from: '2025-07-01', to: '2026-06-30' },
  { from: '2026-02-10', to: '2026-04-20' },
  { from: '2026-03-15', to: '2026-03-31' },
];

let desk: Desk;
const businesses: Record<string, BusinessDetail> = {};
const consultations: Record<string, ConsultationDetail> = {};
const values: Record<string, ConsultationInput> = {};

function profileOf(key: string, i: number, regencyCode: string | null) {
  return profile({
    name: `Usaha ${key} Sejahtera`,
    ownerName: `Pemilik ${key}${key}${key} Nama${String(i).padStart(2, '0')}`,
    ownerNik: null,
    ownerPhone: null,
    nib: null,
    regencyCode,
    districtCode: null,
    provinceCode: regencyCode ? '64' : null,
  });
}

async function business(key: string, regencyCode: string | null, i: number) {
  const existing = ((await desk.t.core.ds.query(`SELECT id FROM business`)) as Array<{ id: string }>).map((r) => r.id);
  businesses[key] = await desk.create(profileOf(key, i, regencyCode), existing);
}

async function consult(key: string, businessKey: string, o: Partial<ConsultationInput>) {
  values[key] = consultationValues(businessId(businessKey), desk.consultantId, { referrals: [], actionItems: [], ...o });
  consultations[key] = await finalizeNew(desk, values[key]!);
}

function businessId(key: string): string {
  return businesses[key]!.id;
}

async function amend(key: string, o: Partial<ConsultationInput>) {
  values[key] = { ...values[key]!, ...o };
  consultations[key] = await desk.call('consultations:amend', {
    id: consultations[key]!.id,
    expectedUpdatedAt: consultations[key]!.updatedAt,
    reason: 'Data diperbaiki',
    values: values[key]!,
  });
}

async function dashboards(aggregates: boolean): Promise<Dashboard[]> {
  desk.t.core.services.reports.dashboard.monthAggregates = aggregates;
  try {
    const out: Dashboard[] = [];
    for (const range of RANGES) {
      for (const regencyCode of [undefined, SAMARINDA, BALIKPAPAN]) out.push(await desk.call('reports:dashboard', { ...range, ...(regencyCode ? { regencyCode } : {}) }));
    }
    return out;
  } finally {
    desk.t.core.services.reports.dashboard.monthAggregates = true;
  }
}

/** The aggregate tables equal a count from scratch, and every dashboard equals the one counted from the consultations. */
async function expectExact() {
  const ds = desk.t.core.ds;
  expect(await ds.query(`SELECT * FROM report_month_area ORDER BY 1, 2, 3`)).toEqual(await ds.query(MONTH_AREAS));
  expect(await ds.query(`SELECT business_id, regency_code, month, consultations, prev_month FROM report_business_month ORDER BY 1, 2, 3`)).toEqual(
    await ds.query(BUSINESS_MONTHS),
  );
  expect(await dashboards(true)).toEqual(await dashboards(false));
}

const total = async (from: string, to: string, regencyCode?: string) =>
  (await desk.call('reports:dashboard', { from, to, ...(regencyCode ? { regencyCode } : {}) })).totals;

describe('dashboard month aggregates', () => {
  beforeAll(async () => {
    desk = await openDesk();
    await business('A', SAMARINDA, 1);
    await business('B', SAMARINDA, 2);
    await business('C', BALIKPAPAN, 3);
    await business('D', null, 4);
  });
  afterAll(async () => {
    await desk.t.dispose();
  });

  it('starts empty and counts finalised consultations by month, area and kabupaten/kota', async () => {
    await expectExact();
    await consult('a1', 'A', { date: '2026-02-03', contactMinutes: 60, serviceAreas: ['pemasaran', 'legalitas'] });
    await consult('a2', 'A', { date: '2026-02-20', contactMinutes: 30, serviceAreas: ['pemasaran'] });
    await consult('a3', 'A', { date: '2026-04-01', contactMinutes: 45, serviceAreas: ['sdm'] });
    await consult('b1', 'B', { date: '2026-03-15', contactMinutes: 20, serviceAreas: ['produksi', 'digital'] });
    await consult('c1', 'C', { date: '2026-03-31', contactMinutes: 0, serviceAreas: ['pembiayaan'] });
    await consult('c2', 'C', { date: '2026-06-15', contactMinutes: 90, serviceAreas: ['jaringan', 'pemasaran'] });
    await consult('d1', 'D', { date: '2026-01-10', contactMinutes: 15, serviceAreas: ['legalitas'] });
    await expectExact();
    // A business with consultations in two months of a range is served once.
    expect(await total('2026-02-01', '2026-04-30', SAMARINDA)).toEqual({ consultations: 4, contactMinutes: 155, businessesServed: 2 });
    expect(await total('2026-01-01', '2026-06-30')).toEqual({ consultations: 7, contactMinutes: 260, businessesServed: 4 });
  });

  it('leaves a draft out', async () => {
    await desk.call('consultations:saveDraft', {
      id: randomUUID(),
      values: toDraft(consultationValues(businessId('B'), desk.consultantId, { date: '2026-03-20', serviceAreas: ['sdm'], contactMinutes: 500, referrals: [], actionItems: [] })),
    });
    await expectExact();
    expect(await total('2026-03-01', '2026-03-31')).toEqual({ consultations: 2, contactMinutes: 20, businessesServed: 2 });
  });

  it('follows an amendment of areas, minutes and date, across months', async () => {
    await amend('a2', { serviceAreas: ['digital', 'legalitas'], contactMinutes: 35 });
    await expectExact();
    // a1's month keeps a2's business; moving a2 out of February then a1 too leaves A's February empty.
    await amend('a2', { date: '2026-05-05' });
    await expectExact();
    await amend('a1', { date: '2026-04-02', serviceAreas: ['pemasaran'] });
    await expectExact();
    expect(await total('2026-02-01', '2026-02-28')).toEqual({ consultations: 0, contactMinutes: 0, businessesServed: 0 });
    expect(await total('2026-04-01', '2026-04-30', SAMARINDA)).toEqual({ consultations: 2, contactMinutes: 105, businessesServed: 1 });
    await amend('a3', { date: '2026-01-31' });
    await expectExact();
  });

  it('moves a business out on soft delete and back on restore', async () => {
    await desk.call('businesses:delete', { id: businessId('A') });
    await expectExact();
    expect(await total('2026-01-01', '2026-06-30', SAMARINDA)).toEqual({ consultations: 1, contactMinutes: 20, businessesServed: 1 });
    await desk.call('businesses:restore', { id: businessId('A') });
    await expectExact();
    expect(await total('2026-01-01', '2026-06-30', SAMARINDA)).toEqual({ consultations: 4, contactMinutes: 160, businessesServed: 2 });
  });

  it('follows a business moving to another kabupaten/kota, and a merge', async () => {
    const b = await desk.call('businesses:get', { id: businessId('B') });
    businesses.B = await desk.call('businesses:update', { id: b.id, expectedUpdatedAt: b.updatedAt, keepNik: true, profile: profileOf('B', 2, BALIKPAPAN) });
    await expectExact();
    expect(await total('2026-03-01', '2026-03-31', BALIKPAPAN)).toEqual({ consultations: 2, contactMinutes: 20, businessesServed: 2 });
    await desk.call('businesses:merge', { survivorId: businessId('C'), mergedId: businessId('D'), takeFromMerged: [] });
    await expectExact();
    expect(await total('2026-01-01', '2026-06-30', BALIKPAPAN)).toEqual({ consultations: 4, contactMinutes: 125, businessesServed: 2 });
  });

  it('follows writers outside the app: a soft-deleted consultation, areas emptied, a hard delete', async () => {
    const ds = desk.t.core.ds;
    await ds.query(`UPDATE consultation SET deleted_at = '2026-06-15T03:00:00.000Z' WHERE id = ?`, [consultations.c1!.id]);
    await expectExact();
    await ds.query(`UPDATE consultation SET service_areas = '[]' WHERE id = ?`, [consultations.a3!.id]);
    await expectExact();
    await ds.query(`UPDATE consultation SET deleted_at = NULL WHERE id = ?`, [consultations.c1!.id]);
    await expectExact();
    await ds.query(`PRAGMA foreign_keys = OFF`);
    await ds.query(`DELETE FROM consultation_consultant WHERE consultation_id = ?`, [consultations.c2!.id]);
    await ds.query(`DELETE FROM consultation_revision WHERE consultation_id = ?`, [consultations.c2!.id]);
    await ds.query(`DELETE FROM consultation WHERE id = ?`, [consultations.c2!.id]);
    await ds.query(`PRAGMA foreign_keys = ON`);
    await expectExact();
  });

  it('counts a range with consultations beside it in its first or last month from the consultations', async () => {
    // 15 March has b1; a range starting on 16 March must leave it out, as must one ending on 14 March.
    expect(await total('2026-03-16', '2026-03-31', BALIKPAPAN)).toEqual({ consultations: 1, contactMinutes: 0, businessesServed: 1 });
    expect(await total('2026-03-01', '2026-03-14', BALIKPAPAN)).toEqual({ consultations: 0, contactMinutes: 0, businessesServed: 0 });
    await expectExact();
  });

  it('reads whole months from the aggregates and other ranges from the consultations', async () => {
    const before = await total('2026-01-01', '2026-06-30');
    const edge = await total('2026-03-16', '2026-03-31');
    await desk.t.core.ds.query(`UPDATE report_month_area SET consultations = consultations + 1000 WHERE area = '*' AND month = '2026-03' AND regency_code = ?`, [BALIKPAPAN]);
    expect(await total('2026-01-01', '2026-06-30')).toEqual({ ...before, consultations: before.consultations + 1000 });
    expect(await total('2026-03-16', '2026-03-31')).toEqual(edge);
  });
});
