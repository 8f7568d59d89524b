import { z } from 'zod';

/**
 * Business scale under PP 7/2021 (Pasal 35), from modal usaha (capital excluding land and
 * buildings) and annual sales (hasil penjualan tahunan). Amounts are whole Rupiah.
 *
 * | scale    | modal usaha         | annual sales          |
 * |----------|---------------------|-----------------------|
 * | mikro    | ≤ Rp1 M             | ≤ Rp2 M               |
 * | kecil    | > Rp1 M – ≤ Rp5 M   | > Rp2 M – ≤ Rp15 M    |
 * | menengah | > Rp5 M – ≤ Rp10 M  | > Rp15 M – ≤ Rp50 M   |
 * | besar    | above (not UMKM)    | above                 |
 *
 * PP 7/2021 uses modal usaha for a business being founded and sales for one already running.
 * A profile here often has both, entered at different times and of uneven quality, so the
 * decision is: classify by each criterion separately and take the HIGHER scale. That errs on
 * the side of not calling a business micro when one of its own figures says otherwise (micro
 * status brings free halal certification, KUR ceilings and the like), and `reasons` shows the
 * consultant which figure decided it.
 */

export type BusinessScale = 'mikro' | 'kecil' | 'menengah' | 'besar';
export type ScaleCriterion = 'modal' | 'sales';

export const SCALE_ORDER: readonly BusinessScale[] = ['mikro', 'kecil', 'menengah', 'besar'];

const MILIAR = 1_000_000_000;

/** Upper bounds (inclusive) of each UMKM scale, per criterion. Above `menengah` is `besar`. */
export const SCALE_THRESHOLDS = {
  modal: { mikro: 1 * MILIAR, kecil: 5 * MILIAR, menengah: 10 * MILIAR },
  sales: { mikro: 2 * MILIAR, kecil: 15 * MILIAR, menengah: 50 * MILIAR },
} as const satisfies Record<ScaleCriterion, Record<Exclude<BusinessScale, 'besar'>, number>>;

/** The largest amount the app accepts: Rp1.000 triliun, far above any UMKM and exact in a double. */
export const MAX_RUPIAH = 1_000_000_000_000_000;

export interface ScaleReason {
  criterion: ScaleCriterion;
  value: number;
  scale: BusinessScale;
  /**
   * The threshold that places `value` in `scale`: the ceiling it stays within (`relation: 'lte'`,
   * for mikro) or the floor it exceeds (`relation: 'gt'`, for the others).
   * "Modal Rp1.500.000.000 > Rp1.000.000.000 → kecil".
   */
  bound: number;
  relation: 'lte' | 'gt';
  /** The ceiling of the band, null for `besar`. */
  upper: number | null;
}

export interface ScaleResult {
  scale: BusinessScale | null;
  byModal: BusinessScale | null;
  bySales: BusinessScale | null;
  reasons: ScaleReason[];
}

function reasonFor(criterion: ScaleCriterion, value: number): ScaleReason {
  const t = SCALE_THRESHOLDS[criterion];
  if (value <= t.mikro) return { criterion, value, scale: 'mikro', bound: t.mikro, relation: 'lte', upper: t.mikro };
  if (value <= t.kecil) return { criterion, value, scale: 'kecil', bound: t.mikro, relation: 'gt', upper: t.kecil };
  if (value <= t.menengah) {
    return { criterion, value, scale: 'menengah', bound: t.kecil, relation: 'gt', upper: t.menengah };
  }
  return { criterion, value, scale: 'besar', bound: t.menengah, relation: 'gt', upper: null };
}

export function scaleByModal(modal: number): BusinessScale {
  return reasonFor('modal', modal).scale;
}

export function scaleBySales(sales: number): BusinessScale {
  return reasonFor('sales', sales).scale;
}

export function higherScale(a: BusinessScale, b: BusinessScale): BusinessScale {
  return SCALE_ORDER.indexOf(a) >= SCALE_ORDER.indexOf(b) ? a : b;
}

export function isUmkm(scale: BusinessScale): boolean {
  return scale !== 'besar';
}

/**
 * Classifies a business from whichever figures are known; null/undefined means unknown. With
 * neither figure the scale is null. With both, the higher of the two scales (see the file note).
 */
export function classifyScale(input: { modal?: number | null; sales?: number | null }): ScaleResult {
  const reasons: ScaleReason[] = [];
  if (input.modal !== null && input.modal !== undefined) reasons.push(reasonFor('modal', input.modal));
  if (input.sales !== null && input.sales !== undefined) reasons.push(reasonFor('sales', input.sales));
  const byModal = reasons.find((r) => r.criterion === 'modal')?.scale ?? null;
  const bySales = reasons.find((r) => r.criterion === 'sales')?.scale ?? null;
  const scale = byModal && bySales ? higherScale(byModal, bySales) : (byModal ?? bySales);
  return { scale, byModal, bySales, reasons };
}

function isRupiah(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_RUPIAH;
}

/**
 * An amount of money in whole Rupiah: a non-negative integer up to {@link MAX_RUPIAH} ('v.money').
 * Numbers only; the screens parse `Rp1.250.000` before sending, so a string, NaN or Infinity is
 * 'v.money' as well. A missing value keeps zod's own issue, which reads as 'v.required'.
 */
export const rupiah = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === null ? undefined : 'v.money') })
  .refine(isRupiah, { message: 'v.money' });

/** Optional amount: null/undefined become null. */
export const optionalRupiah = rupiah.nullish().transform((v) => v ?? null);
