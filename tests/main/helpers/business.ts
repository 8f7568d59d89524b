import type { AuditEntry, BusinessDetail, BusinessInput, Channel, Input, Output } from '../../../src/shared/contract';
import type { AppErrorShape, FieldIssue } from '../../../src/shared/errors';
import type { Clock } from '../../../src/main/context';
import { makeCore, setUpDesk, type TestCore } from './core';

/** The NIK of the default owner: Samarinda (64.72.01), a woman born 12 March 1990, serial 0003. */
export const SRI_NIK = '6472015203900003';

/** A complete, valid profile; every test starts from it and changes what it is about. */
export function profile(overrides: Partial<BusinessInput> = {}): BusinessInput {
  return {
    name: 'Kue Bu Sri',
    ownerName: 'Sri Wahyuni',
    ownerNik: SRI_NIK,
    ownerGender: 'P',
    ownerBirthDate: '1990-03-12',
    ownerPhone: '0812-3456-7890',
    provinceCode: '64',
    regencyCode: '64.72',
    districtCode: '64.72.01',
    kbliCode: '10710',
    status: 'aktif',
    nib: '1234567890123',
    modalUsaha: 50_000_000,
    annualSales: 300_000_000,
    salesChannels: ['toko', 'media_sosial'],
    tags: ['binaan 2026'],
    products: 'Amplang, kue lapis, bingka',
    ...overrides,
  };
}

/** Owner names no duplicate check confuses with one another (pairwise similarity well below 0.55). */
export const OWNER_NAMES = [
  'Sri Wahyuni',
  'Budi Santoso',
  'Rahmat Hidayat',
  'Yohana Kristanti',
  'Ahmad Fauzi',
  'Maria Goretti',
  'Lukas Pangaribuan',
  'Nyoman Arta',
  'Fransiska Tjahjadi',
  'Hendrawan Limantoro',
] as const;

/**
 * The i-th of several profiles that share no identifier: own owner name, NIK (serial i + 1), phone
 * and NIB, so only the business `name` the caller gives can make two of them look alike.
 */
export function distinctProfile(i: number, overrides: Partial<BusinessInput> = {}): BusinessInput {
  const n = String(i + 1).padStart(2, '0');
  return profile({
    ownerName: OWNER_NAMES[i % OWNER_NAMES.length],
    ownerNik: `6472015203900${String(i + 1).padStart(3, '0')}`,
    ownerPhone: `0813-5500-77${n}`,
    nib: `98765432100${n}`,
    ...overrides,
  });
}

/** A clock that starts at `startIso` and moves one second on every reading, so no two writes share a time. */
export function steppingClock(startIso: string, stepMs = 1000): Clock {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += stepMs;
    return now;
  };
}

/**
 * The clock's start for most tests: 15 June 2026, 10:00 in Samarinda (Asia/Makassar). Counting one
 * second per reading, the office's day does not change during a test.
 */
export const TEST_NOW = '2026-06-15T02:00:00.000Z';
export const TEST_TODAY = '2026-06-15';

export interface Desk {
  t: TestCore;
  consultantId: string;
  /** Invokes a channel through the router and returns its value; fails the test on an error envelope. */
  call<C extends Channel>(channel: C, ...input: Input<C> extends void ? [] : [Input<C>]): Promise<Output<C>>;
  /** Invokes a channel that must be refused; returns the error (input is untyped: it is often bad on purpose). */
  fail(channel: Channel, input?: unknown): Promise<AppErrorShape>;
  create(p: BusinessInput, notDuplicateOf?: string[]): Promise<BusinessDetail>;
  /** The list's total for a query (live profiles unless `deleted: true`). */
  total(query?: Input<'businesses:list'>): Promise<number>;
  /** Audit entries about businesses (newest first), optionally of one business. */
  audit(entityId?: string): Promise<AuditEntry[]>;
  /** What is on disk: business rows (live or not), their tags, and business audit entries. */
  counts(): Promise<{ rows: number; tags: number; audits: number }>;
}

/** A core on a fresh database, first run done, a consultant on duty, with a stepping clock. */
export async function openDesk(options: { now?: string; clock?: Clock } = {}): Promise<Desk> {
  const t = await makeCore({ clock: options.clock ?? steppingClock(options.now ?? TEST_NOW) });
  const consultantId = await setUpDesk(t.core);
  const invoke = (channel: string, input: unknown) => t.core.router.invoke(channel, input);
  const desk: Desk = {
    t,
    consultantId,
    async call(channel, ...input) {
      const res = await invoke(channel, input[0]);
      if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
      return res.value as never;
    },
    async fail(channel, input) {
      const res = await invoke(channel, input);
      if (res.ok) throw new Error(`${channel} was expected to fail but answered ${JSON.stringify(res.value)}`);
      return res.error;
    },
    create: (p, notDuplicateOf = []) => desk.call('businesses:create', { profile: p, notDuplicateOf }),
    async total(query = {}) {
      return (await desk.call('businesses:list', query)).total;
    },
    async audit(entityId) {
      const entries = await desk.call('audit:list', { limit: 500, entity: 'business' });
      return entityId ? entries.filter((e) => e.entityId === entityId) : entries;
    },
    async counts() {
      const [{ rows }] = (await t.core.ds.query(`SELECT count(*) AS rows FROM business`)) as [{ rows: number }];
      const [{ tags }] = (await t.core.ds.query(`SELECT count(*) AS tags FROM business_tag`)) as [{ tags: number }];
      const [{ audits }] = (await t.core.ds.query(`SELECT count(*) AS audits FROM audit_log WHERE entity = 'business'`)) as [
        { audits: number },
      ];
      return { rows, tags, audits };
    },
  };
  return desk;
}

/**
 * The issue on a profile field. Schema checks answer on `profile.<field>` (the input's own path);
 * checks against the database (region codes exist, NIK region, year in the future) answer on the
 * bare `<field>`. Both are accepted here; see the report on the path mismatch.
 */
export function profileIssue(error: AppErrorShape, field: string): FieldIssue | undefined {
  return error.fields?.[`profile.${field}`] ?? error.fields?.[field];
}
