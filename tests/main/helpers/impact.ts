import { randomUUID } from 'node:crypto';
import type { MilestoneInput, MilestoneKind } from '../../../src/shared/contract';
import { TEST_TODAY, type Desk } from './business';

type Of<K extends MilestoneKind> = Extract<MilestoneInput, { kind: K }>;

/** A valid milestone of each kind, dated the test's today; tests change what they are about. */
const DEFAULTS: { [K in MilestoneKind]: Omit<Of<K>, 'businessId'> } = {
  business_started: { kind: 'business_started', date: TEST_TODAY, evidence: 'Foto gerobak dan NIB' },
  jobs: { kind: 'jobs', date: TEST_TODAY, jobKind: 'created', men: 2, women: 1, evidence: 'Daftar gaji Juni' },
  sales: { kind: 'sales', date: TEST_TODAY, salesBefore: 5_000_000, salesAfter: 8_500_000, evidence: 'Buku kas Mei–Juni' },
  capital: { kind: 'capital', date: TEST_TODAY, capitalSource: 'kur', amount: 25_000_000, evidence: 'Surat persetujuan KUR BRI' },
  permit: { kind: 'permit', date: TEST_TODAY, permitKind: 'pirt', evidence: 'Foto sertifikat SPP-IRT' },
  market: { kind: 'market', date: TEST_TODAY, channel: 'rest_area_tol', channelName: 'KM 19', evidence: null },
};

/** A complete, valid milestone input of `kind` for `businessId`. */
export function milestone<K extends MilestoneKind>(kind: K, businessId: string, overrides: Partial<Of<K>> = {}): Of<K> {
  return { ...DEFAULTS[kind], businessId, ...overrides } as unknown as Of<K>;
}

export const ALL_MILESTONE_KINDS = Object.keys(DEFAULTS) as MilestoneKind[];

/**
 * A training with the given businesses among its participants, written straight to the database
 * (title, dates and participants only); answers the training's id.
 */
export async function seedTraining(
  desk: Desk,
  options: { title?: string; startDate?: string; endDate?: string; businessIds?: string[]; deleted?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const start = options.startDate ?? '2026-05-04';
  await desk.t.core.ds.query(
    `INSERT INTO training (id, title, topic, start_date, end_date, trainers, created_at, updated_at, deleted_at)
     VALUES (?, ?, 'kue', ?, ?, '[]', ?, ?, ?)`,
    [id, options.title ?? 'Pelatihan Kue Kering', start, options.endDate ?? start, now, now, options.deleted ? now : null],
  );
  for (const businessId of options.businessIds ?? []) {
    await desk.t.core.ds.query(
      `INSERT INTO training_participant (id, training_id, name, has_business, business_id, created_at, updated_at)
       VALUES (?, ?, 'Peserta', 1, ?, ?, ?)`,
      [randomUUID(), id, businessId, now, now],
    );
  }
  return id;
}

/** Milestone rows (live or not) and their audit entries, to compare before and after a refused call. */
export async function impactSnapshot(desk: Desk): Promise<{ rows: unknown[]; audits: unknown[] }> {
  return {
    rows: await desk.t.core.ds.query(`SELECT * FROM impact_milestone ORDER BY rowid`),
    audits: await desk.t.core.ds.query(`SELECT * FROM audit_log WHERE entity = 'impact_milestone' ORDER BY rowid`),
  };
}
