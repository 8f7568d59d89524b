import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** `15_728_640` -> `15 MB`, `1_610_612_736` -> `1,5 GB` (id-ID decimals, 1024-based). */
export function formatBytes(bytes: number, t: TFunction): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return t(`transfer.bytes.${UNITS[unit]}`, { n: formatNumber(rounded) });
}
