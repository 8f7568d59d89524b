import type { Share } from '../../../../shared/contract';

const countFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const hoursFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });

/** `1250` -> `1.250`. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Minutes as hours the Indonesian way: 750 -> `12,5`. */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}

/** A share of those whose attribute is known, `33,3%`; null when none is known. */
export function formatShare(share: Share): string | null {
  return share.known > 0 ? percentFormat.format(share.count / share.known) : null;
}
