/**
 * TEMPORARY: a hand-written list of Kalimantan Timur and its 10 kabupaten/kota (Kemendagri codes),
 * so the office profile can pick its default region before region data is in the database.
 * Replace with a query on the region tables (built from idn-area-data, ODbL) when they land.
 */
export interface RegionOption {
  value: string;
  label: string;
}

export const PROVINCES: RegionOption[] = [{ value: '64', label: 'Kalimantan Timur' }];

export const REGENCIES: RegionOption[] = [
  { value: '64.01', label: 'Kab. Paser' },
  { value: '64.02', label: 'Kab. Kutai Kartanegara' },
  { value: '64.03', label: 'Kab. Berau' },
  { value: '64.07', label: 'Kab. Kutai Barat' },
  { value: '64.08', label: 'Kab. Kutai Timur' },
  { value: '64.09', label: 'Kab. Penajam Paser Utara' },
  { value: '64.11', label: 'Kab. Mahakam Ulu' },
  { value: '64.71', label: 'Kota Balikpapan' },
  { value: '64.72', label: 'Kota Samarinda' },
  { value: '64.74', label: 'Kota Bontang' },
];

export function regenciesOf(provinceCode: string | null): RegionOption[] {
  return provinceCode ? REGENCIES.filter((r) => r.value.startsWith(`${provinceCode}.`)) : [];
}
