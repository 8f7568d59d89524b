import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationDetail, ConsultationListQuery } from '../../src/shared/contract';
import { listPageSql, listTotalsSql } from '../../src/main/modules/consultations/consultation.queries';
import { consultationListQuery } from '../../src/shared/contract';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, draftValues, finalizeNew } from './helpers/consultation';

let desk: Desk;
let samarinda: string;
let balikpapan: string;
let siti: string;
let budi: string;
let c1: ConsultationDetail;
let c2: ConsultationDetail;
let c3: ConsultationDetail;
let c4: ConsultationDetail;
let draftId: string;

beforeAll(async () => {
  desk = await openDesk();
  siti = desk.consultantId;
  budi = (await desk.call('consultants:create', { name: 'Budi Hartono', nip: null, phone: null })).id;
  samarinda = (await desk.create(profile())).id;
  balikpapan = (
    await desk.create(
      profile({ name: 'Sablon Kaos Mandiri', ownerName: 'Budi Santoso', ownerNik: null, ownerPhone: null, nib: null, regencyCode: '64.71', districtCode: null }),
    )
  ).id;
  c1 = await finalizeNew(desk, consultationValues(samarinda, siti, { date: '2026-06-10', startTime: '09:00', contactMinutes: 60, prepMinutes: 10, channel: 'datang_langsung', serviceAreas: ['pemasaran'] }));
  c2 = await finalizeNew(desk, consultationValues(balikpapan, budi, { consultantIds: [budi, siti], date: '2026-06-12', startTime: '14:00', contactMinutes: 30, prepMinutes: 5, channel: 'whatsapp', serviceAreas: ['pembiayaan', 'legalitas'], actionItems: [] }));
  c3 = await finalizeNew(desk, consultationValues(samarinda, budi, { consultantIds: [budi], date: '2026-05-20', startTime: '10:00', contactMinutes: 45, prepMinutes: 20, channel: 'telepon', serviceAreas: ['sdm'], actionItems: [] }));
  c4 = await finalizeNew(desk, consultationValues(balikpapan, siti, { date: '2026-06-12', startTime: '08:00', contactMinutes: 20, prepMinutes: 0, channel: 'daring', serviceAreas: ['pemasaran'], actionItems: [] }));
  draftId = randomUUID();
  await desk.call('consultations:saveDraft', { id: draftId, values: draftValues({ businessId: samarinda, date: '2026-06-14' }) });
  const discarded = randomUUID();
  await desk.call('consultations:saveDraft', { id: discarded, values: draftValues() });
  await desk.call('consultations:discardDraft', { id: discarded });
});
afterAll(() => desk.t.dispose());

const ids = async (q: ConsultationListQuery = {}) => (await desk.call('consultations:list', q)).rows.map((r) => r.id);

describe('consultations:list', () => {
  it('lists finalised consultations by date, then start time, newest first, with totals', async () => {
    const list = await desk.call('consultations:list', {});
    expect(list.rows.map((r) => r.id)).toEqual([c2.id, c4.id, c1.id, c3.id]);
    expect(list).toMatchObject({ total: 4, page: 1, pageSize: 50, totalContactMinutes: 155 });
  });

  it('answers a summary per row: business, regency, consultants in order, areas, minutes, open follow-ups', async () => {
    const [first, , third] = (await desk.call('consultations:list', {})).rows;
    expect(first).toEqual({
      id: c2.id,
      status: 'final',
      number: c2.number,
      version: 1,
      date: '2026-06-12',
      startTime: '14:00',
      businessId: balikpapan,
      businessName: 'Sablon Kaos Mandiri',
      regencyName: 'Kota Balikpapan',
      consultantNames: ['Budi Hartono', 'Siti Rahmawati'],
      channel: 'whatsapp',
      serviceAreas: ['pembiayaan', 'legalitas'],
      contactMinutes: 30,
      openFollowUps: 0,
      updatedAt: c2.updatedAt,
    });
    expect(third).toMatchObject({ id: c1.id, openFollowUps: 2, regencyName: 'Kota Samarinda' });
  });

  it('filters by date range, consultant, service area, channel, kabupaten/kota and business', async () => {
    expect(await ids({ from: '2026-06-01', to: '2026-06-30' })).toEqual([c2.id, c4.id, c1.id]);
    expect(await ids({ from: '2026-06-12' })).toEqual([c2.id, c4.id]);
    expect(await ids({ to: '2026-06-10' })).toEqual([c1.id, c3.id]);
    expect(await ids({ consultantId: budi })).toEqual([c2.id, c3.id]);
    expect(await ids({ consultantId: siti, from: '2026-06-11' })).toEqual([c2.id, c4.id]);
    expect(await ids({ serviceArea: 'pemasaran' })).toEqual([c4.id, c1.id]);
    expect(await ids({ serviceArea: 'legalitas' })).toEqual([c2.id]);
    expect(await ids({ channel: 'telepon' })).toEqual([c3.id]);
    expect(await ids({ regencyCode: '64.71' })).toEqual([c2.id, c4.id]);
    expect(await ids({ businessId: samarinda })).toEqual([c1.id, c3.id]);
    expect(await ids({ regencyCode: '64.72', channel: 'whatsapp' })).toEqual([]);
  });

  it('totals cover every matching row, not only the page', async () => {
    const page = await desk.call('consultations:list', { pageSize: 2, page: 2 });
    expect(page.rows.map((r) => r.id)).toEqual([c1.id, c3.id]);
    expect(page).toMatchObject({ total: 4, totalContactMinutes: 155, page: 2, pageSize: 2 });
    expect(await desk.call('consultations:list', { from: '2026-06-01', pageSize: 1 })).toMatchObject({ total: 3, totalContactMinutes: 110 });
  });

  it('lists live drafts when asked', async () => {
    const drafts = await desk.call('consultations:list', { status: 'draft' });
    expect(drafts.rows.map((r) => r.id)).toEqual([draftId]);
    expect(drafts.rows[0]).toMatchObject({ status: 'draft', number: null, date: '2026-06-14', businessName: 'Kue Bu Sri', consultantNames: [] });
  });

  it('refuses a reversed range and a bad regency code', async () => {
    expect((await desk.fail('consultations:list', { from: '2026-06-30', to: '2026-06-01' })).fields).toEqual({ to: { key: 'v.rangeReversed' } });
    expect((await desk.fail('consultations:list', { regencyCode: '6472' })).fields).toEqual({ regencyCode: { key: 'v.region' } });
  });

  it('lets the date-range index drive the page and the totals, with no sort of its own', async () => {
    const q = consultationListQuery.parse({ from: '2026-06-01', to: '2026-06-30' });
    for (const { sql, params } of [listPageSql(q), listTotalsSql(q)]) {
      const plan: Array<{ parent: number; detail: string }> = await desk.t.core.ds.query(`EXPLAIN QUERY PLAN ${sql}`, params);
      // The outer query (parent 0); a row's few consultants are sorted by position in their own subquery.
      const outer = plan.filter((p) => p.parent === 0).map((p) => p.detail);
      expect(outer[0]).toMatch(/^SEARCH c USING (COVERING )?INDEX consultation_live_date \(deleted_at=\? AND status=\? AND consultation_date>\? AND consultation_date<\?\)/);
      expect(outer.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });
});

describe('consultations:hours', () => {
  it('sums count, contact and preparation minutes per consultant per month', async () => {
    expect(await desk.call('consultations:hours', { from: '2026-05', to: '2026-06' })).toEqual([
      { consultantId: budi, consultantName: 'Budi Hartono', month: '2026-05', consultations: 1, contactMinutes: 45, prepMinutes: 20 },
      { consultantId: budi, consultantName: 'Budi Hartono', month: '2026-06', consultations: 1, contactMinutes: 30, prepMinutes: 5 },
      { consultantId: siti, consultantName: 'Siti Rahmawati', month: '2026-06', consultations: 3, contactMinutes: 110, prepMinutes: 15 },
    ]);
  });

  it('takes one consultant and a narrower range; drafts never count', async () => {
    expect(await desk.call('consultations:hours', { from: '2026-06', to: '2026-06', consultantId: siti })).toEqual([
      { consultantId: siti, consultantName: 'Siti Rahmawati', month: '2026-06', consultations: 3, contactMinutes: 110, prepMinutes: 15 },
    ]);
    expect(await desk.call('consultations:hours', { from: '2026-05', to: '2026-05' })).toHaveLength(1);
    expect(await desk.call('consultations:hours', { from: '2026-07', to: '2026-12' })).toEqual([]);
    expect((await desk.fail('consultations:hours', { from: '2026-06', to: '2026-05' })).fields).toEqual({ to: { key: 'v.rangeReversed' } });
  });
});
