import type { TFunction } from 'i18next';
import type { ScaleReason } from '../../../../shared/domain/scale';
import { formatNumber, formatRupiah } from '../../lib/format';

const MILIAR = 1_000_000_000;

/** Thresholds read better in words: `Rp1 miliar`, `Rp15 miliar`. */
export function formatBound(t: TFunction, amount: number): string {
  if (amount % MILIAR === 0) return t('businesses.scale.billion', { amount: formatNumber(amount / MILIAR) });
  return formatRupiah(amount);
}

/** "modal Rp50.000.000 ≤ Rp1 miliar". */
export function describeScaleReason(t: TFunction, reason: ScaleReason): string {
  return t('businesses.scale.reason', {
    criterion: t(`businesses.scale.${reason.criterion}`),
    value: formatRupiah(reason.value),
    relation: reason.relation === 'lte' ? '≤' : '>',
    bound: formatBound(t, reason.bound),
  });
}

/** `12.345 usaha`, or `lebih dari 10.000 usaha` when the server stopped counting. */
export function describeTotal(t: TFunction, total: number, cap = 10_000): string {
  if (total > cap) return t('businesses.list.totalMore', { formatted: formatNumber(cap) });
  return t('businesses.list.total', { count: total, formatted: formatNumber(total) });
}

