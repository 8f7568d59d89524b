const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const hoursFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** `1250` -> `1.250`. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** Minutes as hours the Indonesian way: 750 -> `12,5`. */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}
