import {
  BUSINESS_SORTS,
  BUSINESS_STATUSES,
  PERMIT_FILTERS,
  SCALES,
  type BusinessListQuery,
} from '../../../../../shared/contract';
import { useUrlParams } from '../../../lib/url-params';

export const PAGE_SIZE = 25;

/** The list's state lives in the URL, so "back" from a profile returns to the same search and page. */
export interface ListParams {
  q: string;
  regency: string | null;
  district: string | null;
  sector: string | null;
  scale: (typeof SCALES)[number] | null;
  status: (typeof BUSINESS_STATUSES)[number] | null;
  permit: (typeof PERMIT_FILTERS)[number] | null;
  tag: string | null;
  deleted: boolean;
  sort: (typeof BUSINESS_SORTS)[number];
  page: number;
}

export type FilterKey = 'regency' | 'district' | 'sector' | 'scale' | 'status' | 'permit' | 'tag';
export const FILTER_KEYS: FilterKey[] = ['regency', 'district', 'sector', 'scale', 'status', 'permit', 'tag'];

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** A search lists the best matches first; browsing lists names A–Z. */
function defaultSort(q: string): ListParams['sort'] {
  return q.trim() ? 'relevance' : 'name';
}

function read(sp: URLSearchParams): ListParams {
  const q = sp.get('q') ?? '';
  const match = (key: string, pattern: RegExp) => {
    const v = sp.get(key);
    return v && pattern.test(v) ? v : null;
  };
  return {
    q,
    regency: match('kab', /^\d{2}\.\d{2}$/),
    district: match('kec', /^\d{2}\.\d{2}\.\d{2}$/),
    sector: match('kbli', /^[A-U]$/),
    scale: oneOf(SCALES, sp.get('skala')),
    status: oneOf(BUSINESS_STATUSES, sp.get('status')),
    permit: oneOf(PERMIT_FILTERS, sp.get('izin')),
    tag: sp.get('tag') || null,
    deleted: sp.get('hapus') === '1',
    sort: oneOf(BUSINESS_SORTS, sp.get('urut')) ?? defaultSort(q),
    page: Math.max(1, Math.min(100_000, Number.parseInt(sp.get('hal') ?? '1', 10) || 1)),
  };
}

const URL_KEYS: Record<keyof ListParams, string> = {
  q: 'q',
  regency: 'kab',
  district: 'kec',
  sector: 'kbli',
  scale: 'skala',
  status: 'status',
  permit: 'izin',
  tag: 'tag',
  deleted: 'hapus',
  sort: 'urut',
  page: 'hal',
};

function write(p: ListParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [key, urlKey] of Object.entries(URL_KEYS) as Array<[keyof ListParams, string]>) {
    const value = p[key];
    if (value === null || value === '' || value === false) continue;
    if (key === 'sort' && value === defaultSort(p.q)) continue;
    if (key === 'page' && value === 1) continue;
    sp.set(urlKey, value === true ? '1' : String(value));
  }
  return sp;
}

/** Newest first reads best for dates; names and regions go A–Z. */
const DIRECTION: Record<ListParams['sort'], 'asc' | 'desc'> = {
  relevance: 'asc',
  name: 'asc',
  region: 'asc',
  updated: 'desc',
  created: 'desc',
};

export function toQuery(p: ListParams): BusinessListQuery {
  return {
    query: p.q,
    regencyCode: p.regency ?? undefined,
    districtCode: p.district ?? undefined,
    kbliCategory: p.sector ?? undefined,
    scale: p.scale ?? undefined,
    status: p.status ?? undefined,
    permit: p.permit ?? undefined,
    tag: p.tag ?? undefined,
    deleted: p.deleted,
    sort: p.sort,
    direction: DIRECTION[p.sort],
    page: p.page,
    pageSize: PAGE_SIZE,
  };
}

export function hasFilters(p: ListParams): boolean {
  return p.q.trim() !== '' || FILTER_KEYS.some((k) => p[k] !== null);
}

export function useListParams() {
  return useUrlParams(read, write);
}
