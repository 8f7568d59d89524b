import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessInput, ImpactReport } from '../../src/shared/contract';
import { closePdfBrowser } from '../../src/harness/chromium-pdf';
import { openDesk, profile, type Desk } from './helpers/business';
import { consultationValues, finalizeNew } from './helpers/consultation';

/** A clock the test moves by hand; each reading adds a millisecond so writes never share a time. */
function handClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    clock: () => new Date(t++),
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) };
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const SAMARINDA = '64.72';
const BALIKPAPAN = '64.71';
const NOV = { kind: 'month', year: 2026, month: 11 } as const;
const Q4 = { kind: 'quarter', year: 2026, quarter: 4 } as const;

/**
 * The hand-made data set. Everything dated around the end of November 2026 in the office's zone
 * (WITA, UTC+8): 30 Nov 23:59 WITA is 15:59Z, 1 Dec 00:30 WITA is 16:30Z, which is still 30 Nov
 * in UTC and in WIB (the process zones the tests run under).
 *
 * Businesses: A (woman, born 1995-12-01: 30 on 30 Nov), B (man, born 1995-11-30: 31), C (gender
 * unknown, born 2010-11-30: 16, Balikpapan), D (deleted afterwards), E (created 30 Nov 23:59 WITA),
 * F (created 1 Dec 00:30 WITA). Consultations, follow-ups, trainings and milestones are listed
 * where they are made; the expected figures follow from them.
 */
interface World {
  desk: Desk;
  ids: Record<string, string>;
  k2: string;
}

async function buildWorld(): Promise<World> {
  const time = handClock('2026-09-10T02:00:00.000Z');
  const desk = await openDesk({ clock: time.clock });
  const ids: Record<string, string> = {};
  const existing: string[] = [];
  const business = async (key: string, p: Partial<BusinessInput>) => {
    const n = String(existing.length + 1).padStart(2, '0');
    const b = await desk.create(
      profile({ name: `Usaha ${key}`, ownerName: `Pemilik ${key}${key}${key} Nama${n}`, ownerNik: null, ownerPhone: null, nib: null, ...p }),
      [...existing],
    );
    existing.push(b.id);
    ids[key] = b.id;
    return b.id;
  };
  const k2 = (await desk.call('consultants:create', { name: 'Bambang Hermawan', nip: null, phone: null })).id;
  const consult = async (key: string, businessKey: string, o: Record<string, unknown>) => {
    const c = await finalizeNew(
      desk,
      consultationValues(ids[businessKey]!, desk.consultantId, { referrals: [], actionItems: [], ...o } as never),
    );
    ids[key] = c.id;
    return c;
  };

  // 10 Sep 2026
  await business('A', { ownerGender: 'P', ownerBirthDate: '1995-12-01' });
  await business('B', { ownerGender: 'L', ownerBirthDate: '1995-11-30' });
  await business('C', { ownerGender: null, ownerBirthDate: '2010-11-30', regencyCode: BALIKPAPAN, districtCode: null });
  await business('D', { ownerGender: 'P', ownerBirthDate: '1985-01-01' });
  await consult('c0', 'B', { date: '2026-09-10', contactMinutes: 30, prepMinutes: 5, serviceAreas: ['sdm'] });

  const fu = async (key: string, businessKey: string, dueDate: string) => {
    ids[key] = (await desk.call('followUps:create', { businessId: ids[businessKey]!, title: `Tindak ${key}`, dueDate, assignee: 'consultant' })).id;
  };

  time.set('2026-10-31T03:00:00.000Z');
  await fu('fuOverdue', 'A', '2026-11-25');
  await consult('c4', 'C', { date: '2026-10-31', contactMinutes: 45, prepMinutes: 5, channel: 'telepon', serviceAreas: ['produksi'] });

  time.set('2026-11-30T15:00:00.000Z'); // 30 Nov 23:00 WITA
  await consult('c1', 'A', { date: '2026-11-01', contactMinutes: 60, prepMinutes: 15, channel: 'datang_langsung', serviceAreas: ['pemasaran', 'legalitas'] });
  await consult('c2', 'A', {
    date: '2026-11-30',
    contactMinutes: 30,
    prepMinutes: 10,
    channel: 'whatsapp',
    serviceAreas: ['pemasaran'],
    consultantIds: [desk.consultantId, k2],
  });
  // Zero minutes and (below) no area: an old record brought in by an import.
  await consult('c3', 'B', { date: '2026-11-15', contactMinutes: 0, prepMinutes: 5, channel: 'telepon', serviceAreas: ['sdm'] });
  await desk.t.core.ds.query(`UPDATE consultation SET service_areas = '[]' WHERE id = ?`, [ids.c3]);
  await consult('c5', 'C', { date: '2026-11-10', contactMinutes: 20, prepMinutes: 5, channel: 'daring', serviceAreas: ['produksi', 'digital'] });
  await consult('c6', 'D', { date: '2026-11-05', contactMinutes: 0, prepMinutes: 5, channel: 'daring', serviceAreas: ['sdm'] });
  await fu('fu1', 'A', '2026-11-30');
  await fu('fu2', 'B', '2026-11-30');
  await fu('fu3', 'D', '2026-11-30');
  await fu('fuToday', 'B', '2026-12-02');
  await fu('fuLater', 'C', '2026-12-20');
  await fu('fuDeleted', 'D', '2026-12-20');
  await desk.call('followUps:complete', { id: ids.fu1!, outcome: 'Sudah' });
  await desk.call('followUps:complete', { id: ids.fu3!, outcome: 'Sudah' });

  time.set('2026-11-30T15:59:00.000Z'); // 30 Nov 23:59 WITA
  await business('E', { ownerGender: 'L', ownerBirthDate: '1980-05-05' });
  await consult('c9', 'E', { date: '2026-11-30', contactMinutes: 90, prepMinutes: 0, channel: 'kunjungan_lapangan', serviceAreas: ['pembiayaan'] });

  time.set('2026-11-30T16:10:00.000Z'); // 1 Dec 00:10 WITA
  await desk.call('followUps:complete', { id: ids.fu2!, outcome: 'Sudah' });

  time.set('2026-11-30T16:30:00.000Z'); // 1 Dec 00:30 WITA
  await business('F', { ownerGender: 'P', ownerBirthDate: '2000-01-01' });
  await consult('c7', 'B', { date: '2026-12-01', contactMinutes: 40, prepMinutes: 5, channel: 'daring', serviceAreas: ['jaringan'] });

  time.set('2026-12-01T23:00:00.000Z'); // 2 Dec 07:00 WITA (still 1 Dec in UTC and WIB): "now" for the dashboard's follow-ups
  await desk.call('businesses:delete', { id: ids.D! });
  // A draft dated in November is not a consultation yet.
  await desk.call('consultations:saveDraft', {
    id: randomUUID(),
    values: { businessId: ids.A!, consultantIds: [desk.consultantId], date: '2026-11-20', startTime: '09:00', contactMinutes: 500, prepMinutes: 0, channel: 'daring', serviceAreas: ['sdm'], complaint: 'x', diagnosis: '', advice: '', referrals: [], actionItems: [] },
  });

  // Trainings, participants and attendance.
  const ds = desk.t.core.ds;
  const at = '2026-12-02T02:00:00.000Z';
  const training = async (key: string, title: string, start: string, end: string, regency: string | null, deleted = false) => {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO training (id, title, topic, start_date, end_date, regency_code, created_at, updated_at, deleted_at) VALUES (?, ?, 'sablon', ?, ?, ?, ?, ?, ?)`,
      [ids[key], title, start, end, regency, at, at, deleted ? at : null],
    );
  };
  const participant = async (
    key: string,
    trainingKey: string,
    p: { gender?: 'L' | 'P' | null; birth?: string | null; age?: number | null; hasBusiness?: boolean; business?: string | null; converted?: boolean; deleted?: boolean; days?: string[] },
  ) => {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO training_participant (id, training_id, name, gender, birth_date, age, has_business, business_id, converted_at, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [ids[key], ids[trainingKey], `Peserta ${key}`, p.gender ?? null, p.birth ?? null, p.age ?? null, p.hasBusiness ? 1 : 0, p.business ? ids[p.business] : null, p.converted ? at : null, at, at, p.deleted ? at : null],
    );
    for (const day of p.days ?? []) await ds.query(`INSERT INTO training_attendance (participant_id, day, created_at) VALUES (?, ?, ?)`, [ids[key], day, at]);
  };
  await training('T1', 'Pelatihan Sablon Kaos', '2026-11-29', '2026-11-30', SAMARINDA);
  await training('T2', 'Pelatihan Kue Desember', '2026-12-01', '2026-12-02', SAMARINDA);
  await training('T3', 'Pelatihan Dihapus', '2026-11-10', '2026-11-10', SAMARINDA, true);
  await training('T4', 'Pelatihan Es Krim', '2026-11-05', '2026-11-05', BALIKPAPAN);
  await participant('p1', 'T1', { gender: 'P', birth: '2000-01-01', hasBusiness: true, days: ['2026-11-29', '2026-11-30'] });
  await participant('p2', 'T1', { gender: 'L', age: 35, days: ['2026-11-30'] });
  await participant('p3', 'T1', { gender: null, age: 17 });
  await participant('p4', 'T1', { gender: null, age: 20, deleted: true, days: ['2026-11-29'] });
  await participant('p5', 'T1', { gender: 'P', business: 'A', converted: true });
  await participant('p6', 'T4', { gender: 'P', birth: '1990-02-02', hasBusiness: true, days: ['2026-11-05'] });
  await participant('p7', 'T2', { gender: null, age: 22, days: ['2026-12-01'] });
  await participant('p8', 'T3', { gender: null, age: 22, days: ['2026-11-10'] });

  // Impact milestones.
  const milestone = async (
    key: string,
    businessKey: string,
    kind: string,
    date: string,
    o: Partial<Record<'consultation' | 'training' | 'evidence' | 'jobKind' | 'source' | 'permit' | 'channel', string | null>> & {
      men?: number;
      women?: number;
      before?: number;
      after?: number;
      amount?: number;
      deleted?: boolean;
    } = {},
  ) => {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO impact_milestone (id, business_id, kind, milestone_date, consultation_id, training_id, evidence, job_kind, men, women, sales_before, sales_after,
         capital_source, amount, permit_kind, channel, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        ids[key],
        ids[businessKey],
        kind,
        date,
        o.consultation ? ids[o.consultation] : null,
        o.training ? ids[o.training] : null,
        o.evidence ?? null,
        o.jobKind ?? null,
        o.men ?? null,
        o.women ?? null,
        o.before ?? null,
        o.after ?? null,
        o.source ?? null,
        o.amount ?? null,
        o.permit ?? null,
        o.channel ?? null,
        at,
        at,
        o.deleted ? at : null,
      ],
    );
  };
  await milestone('m1', 'A', 'business_started', '2026-11-05', { training: 'T1', evidence: 'Foto NIB' });
  await milestone('m2', 'A', 'jobs', '2026-11-30', { jobKind: 'created', men: 2, women: 3, consultation: 'c1', evidence: 'Daftar karyawan' });
  await milestone('m3', 'B', 'jobs', '2026-11-10', { jobKind: 'kept', men: 1, women: 0 });
  await milestone('m4', 'C', 'sales', '2026-11-15', { before: 5_000_000, after: 7_500_000, evidence: 'Nota penjualan' });
  await milestone('m5', 'C', 'capital', '2026-11-20', { source: 'kur', amount: 25_000_000, consultation: 'c5', evidence: '  ' });
  await milestone('m6', 'A', 'capital', '2026-11-21', { source: 'grant', amount: 10_000_000, evidence: 'SK hibah' });
  await milestone('m7', 'B', 'permit', '2026-11-22', { permit: 'pirt', evidence: 'Foto sertifikat' });
  await milestone('m8', 'E', 'market', '2026-11-30', { channel: 'rest_area_tol', evidence: 'Foto lapak' });
  await milestone('m9', 'A', 'permit', '2026-12-01', { permit: 'halal' });
  await milestone('m10', 'D', 'permit', '2026-11-10', { permit: 'nib', evidence: 'x' });
  await milestone('m11', 'A', 'jobs', '2026-11-12', { jobKind: 'created', men: 10, women: 0, evidence: 'x', deleted: true });
  await milestone('m12', 'B', 'business_started', '2026-10-15', { evidence: 'Foto' });

  return { desk, ids, k2 };
}

const zeroAreas = { kelembagaan: 0, sdm: 0, produksi: 0, pemasaran: 0, pembiayaan: 0, legalitas: 0, digital: 0, jaringan: 0 };

describe.each(['UTC', 'Asia/Jakarta'])('reports on a hand-made data set, the process in %s', (processZone) => {
  let w: World;
  let desk: Desk;

  beforeAll(async () => {
    process.env['TZ'] = processZone;
    expect(new Date('2026-06-15T00:00:00Z').getTimezoneOffset()).toBe(processZone === 'UTC' ? 0 : -420);
    w = await buildWorld();
    desk = w.desk;
  }, 60_000);
  afterAll(async () => {
    await desk?.t.dispose();
    await closePdfBrowser();
  });

  it('activity report for November: totals, shares and every breakdown', async () => {
    const r = await desk.call('reports:activity', { period: NOV });
    expect(r.from).toBe('2026-11-01');
    expect(r.to).toBe('2026-11-30');
    expect(r.regencyCode).toBeNull();
    expect(r.totals).toEqual({
      consultations: 5, // c1 c2 c3 c5 c9 (c0 Sep, c4 Oct, c7 1 Dec, c6 of deleted D, the draft: out)
      contactMinutes: 200,
      prepMinutes: 35,
      businessesServed: 4, // A B C E
      newClients: 2, // A and E; B first came in Sep, C in Oct
      newProfiles: 1, // E (30 Nov 23:59 WITA); F is 1 Dec 00:30 WITA; D deleted; A-C made in Sep
      followUpsDone: 1, // fu1; fu2 done 1 Dec 00:10 WITA; fu3 went with D
      trainings: 2, // T1 T4 (T2 starts 1 Dec, T3 deleted)
      participants: 5, // p1 p2 p3 p5 p6 (p4 removed)
      attended: 3, // p1 p2 p6
    });
    expect(r.womenOwners).toEqual({ count: 1, known: 3, total: 4 });
    expect(r.youthOwners).toEqual({ count: 2, known: 4, total: 4 }); // A (30) and C (16); B turned 31 on 30 Nov
    expect(r.womenParticipants).toEqual({ count: 3, known: 4, total: 5 });
    expect(r.youthParticipants).toEqual({ count: 2, known: 4, total: 5 }); // p1 (26), p3 (17 stated)
    const area = Object.fromEntries(r.byArea.map((a) => [a.area, [a.consultations, a.contactMinutes, a.businesses]]));
    expect(area).toEqual({
      kelembagaan: [0, 0, 0],
      sdm: [0, 0, 0],
      produksi: [1, 20, 1],
      pemasaran: [2, 90, 1],
      pembiayaan: [1, 90, 1],
      legalitas: [1, 60, 1],
      digital: [1, 20, 1],
      jaringan: [0, 0, 0],
    });
    const channel = Object.fromEntries(r.byChannel.map((a) => [a.channel, [a.consultations, a.contactMinutes, a.businesses]]));
    expect(channel).toEqual({
      datang_langsung: [1, 60, 1],
      telepon: [1, 0, 1],
      whatsapp: [1, 30, 1],
      kunjungan_lapangan: [1, 90, 1],
      daring: [1, 20, 1],
    });
    expect(r.byRegency).toEqual([
      { regencyCode: SAMARINDA, regencyName: 'Kota Samarinda', consultations: 4, contactMinutes: 180, businesses: 3, participants: 4 },
      { regencyCode: BALIKPAPAN, regencyName: 'Kota Balikpapan', consultations: 1, contactMinutes: 20, businesses: 1, participants: 1 },
    ]);
    expect(r.byConsultant).toEqual([
      { consultantId: desk.consultantId, consultantName: 'Siti Rahmawati', consultations: 5, contactMinutes: 200, businesses: 4 },
      { consultantId: w.k2, consultantName: 'Bambang Hermawan', consultations: 1, contactMinutes: 30, businesses: 1 },
    ]);
  });

  it('activity report for the quarter and for one kabupaten/kota', async () => {
    const q = await desk.call('reports:activity', { period: Q4 });
    expect(q.from).toBe('2026-10-01');
    expect(q.to).toBe('2026-12-31');
    expect(q.totals).toEqual({
      consultations: 7, // + c4 (31 Oct) + c7 (1 Dec)
      contactMinutes: 285,
      prepMinutes: 45,
      businessesServed: 4,
      newClients: 3, // A, E, and C (first on 31 Oct); B came in Sep
      newProfiles: 2, // E and F
      followUpsDone: 2, // fu1, fu2
      trainings: 3, // T1 T2 T4
      participants: 6,
      attended: 4,
    });
    // Ages at the quarter's end (31 Dec): A is 31 by then, C still 16.
    expect(q.youthOwners).toEqual({ count: 1, known: 4, total: 4 });

    const b = await desk.call('reports:activity', { period: NOV, regencyCode: BALIKPAPAN });
    expect(b.regencyCode).toBe(BALIKPAPAN);
    expect(b.totals).toEqual({
      consultations: 1,
      contactMinutes: 20,
      prepMinutes: 5,
      businessesServed: 1,
      newClients: 0,
      newProfiles: 0,
      followUpsDone: 0,
      trainings: 1,
      participants: 1,
      attended: 1,
    });
    expect(b.byRegency).toEqual([{ regencyCode: BALIKPAPAN, regencyName: 'Kota Balikpapan', consultations: 1, contactMinutes: 20, businesses: 1, participants: 1 }]);
    expect(b.womenOwners).toEqual({ count: 0, known: 0, total: 1 });
  });

  it('impact scorecard for November and the quarter', async () => {
    const r = await desk.call('reports:impact', { period: NOV });
    expect(r).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      regencyCode: null,
      businesses: 4,
      milestones: 8, // m1-m8 (m9 on 1 Dec, m10 of deleted D, m11 deleted, m12 in Oct)
      businessesStarted: 1,
      startedFromTraining: 1,
      jobsCreated: { men: 2, women: 3 },
      jobsKept: { men: 1, women: 0 },
      sales: { count: 1, before: 5_000_000, after: 7_500_000, increase: 2_500_000 },
      capital: [
        { source: 'kur', count: 1, amount: 25_000_000 },
        { source: 'other_loan', count: 0, amount: 0 },
        { source: 'grant', count: 1, amount: 10_000_000 },
        { source: 'equity', count: 0, amount: 0 },
      ],
      permits: [
        { kind: 'nib', count: 0 },
        { kind: 'pirt', count: 1 },
        { kind: 'halal', count: 0 },
        { kind: 'bpom', count: 0 },
        { kind: 'merek', count: 0 },
      ],
      markets: expect.arrayContaining([
        { channel: 'rest_area_tol', count: 1 },
        { channel: 'marketplace', count: 0 },
      ]) as never,
      credited: { consultation: 2, training: 1, withEvidence: 6 },
    } satisfies ImpactReport);
    expect(r.markets.reduce((s, m) => s + m.count, 0)).toBe(1);

    const q = await desk.call('reports:impact', { period: Q4 });
    expect(q.milestones).toBe(10);
    expect(q.businessesStarted).toBe(2);
    expect(q.startedFromTraining).toBe(1);
    expect(q.permits.find((p) => p.kind === 'halal')!.count).toBe(1);

    const b = await desk.call('reports:impact', { period: NOV, regencyCode: BALIKPAPAN });
    expect([b.businesses, b.milestones, b.sales.increase, b.capital[0]!.amount]).toEqual([1, 2, 2_500_000, 25_000_000]);
  });

  it('dashboard for October–November, with the follow-ups as of now', async () => {
    const d = await desk.call('reports:dashboard', { from: '2026-10-01', to: '2026-11-30' });
    expect(d.consultationsByMonth).toEqual([
      { month: '2026-10', total: 1, areas: { ...zeroAreas, produksi: 1 } },
      { month: '2026-11', total: 5, areas: { ...zeroAreas, pemasaran: 2, legalitas: 1, produksi: 1, digital: 1, pembiayaan: 1 } },
    ]);
    expect(d.businessesByRegency).toEqual([
      { regencyCode: SAMARINDA, regencyName: 'Kota Samarinda', businesses: 3 }, // A, B, E (D deleted)
      { regencyCode: BALIKPAPAN, regencyName: 'Kota Balikpapan', businesses: 1 },
    ]);
    expect(d.totals).toEqual({ consultations: 6, contactMinutes: 245, businessesServed: 4 });
    // Now is 2 Dec 07:00 WITA (fuToday is due by the end of the day): fuOverdue (25 Nov) overdue, fuToday today, fuLater later; D's went with it.
    expect(d.followUps).toEqual({ open: 3, overdue: 1, today: 1 });
    expect(d.trainings).toEqual({ trainings: 2, participants: 5, attended: 3, prospects: 2, converted: 1 });
    expect(d.impact).toEqual({
      businessesStarted: 2,
      jobsCreated: 5,
      jobsKept: 1,
      salesIncrease: 2_500_000,
      capitalAmount: 35_000_000,
      permits: 1,
      markets: 1,
    });

    // Every month of the range is there, zeros included; the regency filter narrows everything.
    const year = await desk.call('reports:dashboard', { from: '2026-01-01', to: '2026-12-31', regencyCode: BALIKPAPAN });
    expect(year.consultationsByMonth.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(year.consultationsByMonth.map((m) => m.total)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(year.totals).toEqual({ consultations: 2, contactMinutes: 65, businessesServed: 1 });
    expect(year.businessesByRegency).toEqual([{ regencyCode: BALIKPAPAN, regencyName: 'Kota Balikpapan', businesses: 1 }]);
    expect(year.trainings.trainings).toBe(1);
  });

  it('refuses a reversed or too long dashboard range and a bad period', async () => {
    const reversed = await desk.fail('reports:dashboard', { from: '2026-11-30', to: '2026-11-01' });
    expect(reversed.code).toBe('VALIDATION');
    expect(reversed.fields?.['to']?.key).toBe('v.rangeReversed');
    const long = await desk.fail('reports:dashboard', { from: '2020-01-01', to: '2026-11-01' });
    expect(long.fields?.['from']?.key).toBe('v.periodRange');
    const month = await desk.fail('reports:activity', { period: { kind: 'month', year: 2026, month: 13 } });
    expect(month.fields?.['period.month']?.key).toBe('v.periodRange');
    const regency = await desk.fail('reports:impact', { period: NOV, regencyCode: 'Samarinda' });
    expect(regency.fields?.['regencyCode']?.key).toBe('v.region');
  });

  it('data checks for November list exactly the records to fix, with their routes', async () => {
    const r = await desk.call('reports:dataChecks', { period: NOV });
    const byKind = Object.fromEntries(r.checks.map((c) => [c.kind, c]));
    const [c3] = (await desk.t.core.ds.query(`SELECT number FROM consultation WHERE id = ?`, [w.ids.c3])) as Array<{ number: string }>;
    expect(byKind.consultation_zero_minutes).toEqual({
      kind: 'consultation_zero_minutes',
      count: 1, // c6 (zero too) belongs to deleted D
      items: [{ kind: 'consultation_zero_minutes', id: w.ids.c3, route: `/konsultasi/${w.ids.c3}`, label: c3!.number, context: 'Usaha B', date: '2026-11-15' }],
    });
    expect(byKind.consultation_no_area!.count).toBe(1);
    expect(byKind.consultation_no_area!.items[0]!.id).toBe(w.ids.c3);
    expect(byKind.milestone_no_evidence).toEqual({
      kind: 'milestone_no_evidence',
      count: 2,
      items: [
        { kind: 'milestone_no_evidence', id: w.ids.m3, route: `/umkm/${w.ids.B}`, label: 'Usaha B', context: null, date: '2026-11-10' },
        { kind: 'milestone_no_evidence', id: w.ids.m5, route: `/umkm/${w.ids.C}`, label: 'Usaha C', context: null, date: '2026-11-20' },
      ],
    });
    expect(byKind.participant_no_gender).toEqual({
      kind: 'participant_no_gender',
      count: 1, // p3; p4 removed, p7 in December, p8 on a deleted training
      items: [{ kind: 'participant_no_gender', id: w.ids.p3, route: `/pelatihan/${w.ids.T1}`, label: 'Peserta p3', context: 'Pelatihan Sablon Kaos', date: '2026-11-29' }],
    });

    const q = await desk.call('reports:dataChecks', { period: Q4 });
    const quarter = Object.fromEntries(q.checks.map((c) => [c.kind, c.count]));
    expect(quarter).toEqual({ consultation_zero_minutes: 1, consultation_no_area: 1, milestone_no_evidence: 3, participant_no_gender: 2 });
  });

  it('prints the monthly activity report as an A4 PDF with its figures, named after the period', async () => {
    const file = join(desk.t.dataDir, `${randomUUID()}.pdf`);
    desk.t.platform.dialogAnswers.push(file);
    const result = await desk.call('reports:print', { period: NOV, kind: 'activity', target: 'pdf' });
    expect(result).toMatchObject({ status: 'saved', path: file });
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).toBe('Laporan-Kegiatan-2026-11.pdf');
    const info = pdfInfo(file);
    expect([info.width, info.height]).toEqual([595, 842]);
    const text = pdfText(file);
    for (const expected of [
      'Laporan Kegiatan',
      'Bulan November 2026',
      'Per bidang layanan',
      'Per kabupaten/kota',
      'Per konsultan',
      'Per cara konsultasi',
      'Kota Samarinda',
      'Kota Balikpapan',
      'Siti Rahmawati',
      'Bambang Hermawan',
      'Legalitas/perizinan',
      'Kunjungan lapangan',
      '33,3% (1 dari 3 yang diketahui)', // women owners
      '50,0% (2 dari 4 yang diketahui)', // young owners
      '75,0% (3 dari 4 yang diketahui)', // women participants
      'Rp 2.500.000',
      'Rp 25.000.000',
      'Rest area tol',
      `Halaman 1 dari ${info.pages}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the quarterly impact scorecard, and sends it to the printer when asked', async () => {
    const file = join(desk.t.dataDir, `${randomUUID()}.pdf`);
    desk.t.platform.dialogAnswers.push(file);
    await desk.call('reports:print', { period: Q4, kind: 'impact', target: 'pdf' });
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).toBe('Laporan-Dampak-2026-Q4.pdf');
    expect(pdfInfo(file)).toMatchObject({ width: 595, height: 842 });
    const text = pdfText(file);
    for (const expected of ['Laporan Dampak', 'Triwulan IV 2026', 'Lapangan kerja baru', 'Rp 5.000.000', 'Rp 7.500.000', 'Rp 35.000.000', 'Sertifikat halal', 'P-IRT']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Per konsultan');

    const printed = desk.t.platform.printed.length;
    expect(await desk.call('reports:print', { period: NOV, kind: 'impact', target: 'printer', regencyCode: BALIKPAPAN })).toMatchObject({ status: 'printed' });
    expect(desk.t.platform.printed.length).toBe(printed + 1);
    expect(desk.t.platform.printed.at(-1)).toContain('Kota Balikpapan');

    expect(await desk.call('reports:print', { period: NOV, kind: 'activity', target: 'pdf' })).toMatchObject({ status: 'cancelled', path: null });
  });

  it('writes the figures the way of the report’s language: 1.234,5 in Indonesian, 1,234.5 in English', async () => {
    await desk.call('settings:setLanguage', { language: 'en' });
    try {
      await desk.call('reports:print', { period: NOV, kind: 'activity', target: 'printer' });
      const html = desk.t.platform.printed.at(-1)!;
      for (const expected of ['33.3% (1 of 3 known)', 'Rp 2,500,000', 'Rp 25,000,000']) expect(html).toContain(expected);
      expect(html).not.toContain('Rp 2.500.000');
    } finally {
      await desk.call('settings:setLanguage', { language: 'id' });
    }
  });

  it('says "nothing in this period" in a table with no rows instead of printing an empty one', async () => {
    await desk.call('reports:print', { period: { kind: 'month', year: 2025, month: 1 }, kind: 'activity', target: 'printer' });
    const html = desk.t.platform.printed.at(-1)!;
    // By consultant, permits-free markets and the like: each empty table carries the sentence, and no totals row.
    expect(html.match(/Tidak ada data pada periode ini/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<tbody><\/tbody>/);
  });

  it('exports the activity report as a workbook with real numbers, Rupiah formats and frozen headers', async () => {
    const file = join(desk.t.dataDir, 'laporan.xlsx');
    desk.t.platform.dialogAnswers.push(file);
    expect(await desk.call('reports:exportXlsx', { period: NOV, kind: 'activity' })).toEqual({ status: 'saved', path: file });
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).toBe('Laporan-Kegiatan-2026-11.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Per Bidang', 'Per Kabupaten-Kota', 'Per Konsultan', 'Dampak']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const summary = Object.fromEntries(rows('Ringkasan').map((r) => [r[0], r[1]]));
    expect(summary['Konsultasi']).toBe(5);
    expect(summary['Menit kontak']).toBe(200);
    expect(summary['UMKM dilayani']).toBe(4);
    expect(summary['Profil UMKM baru']).toBe(1);
    expect(summary['Pemilik perempuan']).toBeCloseTo(1 / 3, 6);
    expect(summary['Kenaikan']).toBe(2_500_000);
    expect(rows('Per Bidang')[0]).toEqual(['Bidang layanan', 'Konsultasi', 'Jam kontak', 'Menit kontak', 'UMKM']);
    expect(rows('Per Bidang').find((r) => r[0] === 'Pemasaran')).toEqual(['Pemasaran', 2, 1.5, 90, 1]);
    expect(rows('Per Kabupaten-Kota').slice(1)).toEqual([
      ['Kota Samarinda', 4, 3, 180, 3, 4],
      ['Kota Balikpapan', 1, 20 / 60, 20, 1, 1],
    ]);
    expect(rows('Per Konsultan')[1]).toEqual(['Siti Rahmawati', 5, 200 / 60, 200, 4]);
    const impact = rows('Dampak');
    expect(impact.find((r) => r[0] === 'Akses permodalan' && r[1] === 'KUR')).toEqual(['Akses permodalan', 'KUR', 1, 25_000_000]);
    const ws = wb.getWorksheet('Dampak')!;
    const kurRow = impact.findIndex((r) => r[1] === 'KUR') + 1;
    expect(ws.getCell(kurRow, 4).numFmt).toBe('"Rp" #,##0');
    expect(ws.getColumn(1).width).toBeGreaterThan(20);
    // Written under a temporary name and renamed: nothing is left beside it.
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(desk.t.dataDir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    expect(await desk.call('reports:exportXlsx', { period: Q4, kind: 'impact' })).toEqual({ status: 'cancelled', path: null });
    expect(desk.t.platform.saveDialogs.at(-1)!.defaultName).toBe('Laporan-Dampak-2026-Q4.xlsx');
  });

  it('writes nothing: reports change no table', async () => {
    const before = await desk.t.core.ds.query(`SELECT count(*) AS n FROM audit_log`);
    await desk.call('reports:activity', { period: NOV });
    await desk.call('reports:dashboard', { from: '2026-11-01', to: '2026-11-30' });
    expect(await desk.t.core.ds.query(`SELECT count(*) AS n FROM audit_log`)).toEqual(before);
  });
});
