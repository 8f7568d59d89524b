import { FOLLOW_UP_BUCKETS, type FollowUpBucket } from '../../../../../shared/contract';
import { useUrlParams } from '../../../lib/url-params';

export const PAGE_SIZE = 25;

/** The screen's state lives in the URL: a notification links straight to `?tab=overdue`. */
export interface FollowUpParams {
  tab: FollowUpBucket;
  view: 'list' | 'agenda';
  consultant: string | null;
  business: string | null;
  regency: string | null;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function read(sp: URLSearchParams): FollowUpParams {
  const tab = sp.get('tab');
  const id = (key: string) => {
    const v = sp.get(key);
    return v && UUID.test(v) ? v : null;
  };
  const regency = sp.get('kab');
  return {
    tab: (FOLLOW_UP_BUCKETS as readonly string[]).includes(tab ?? '') ? (tab as FollowUpBucket) : 'overdue',
    view: sp.get('tampilan') === 'agenda' ? 'agenda' : 'list',
    consultant: id('konsultan'),
    business: id('umkm'),
    regency: regency && /^\d{2}\.\d{2}$/.test(regency) ? regency : null,
    page: Math.max(1, Math.min(100_000, Number.parseInt(sp.get('hal') ?? '1', 10) || 1)),
  };
}

function write(p: FollowUpParams): URLSearchParams {
  const sp = new URLSearchParams();
  sp.set('tab', p.tab);
  if (p.view === 'agenda') sp.set('tampilan', 'agenda');
  if (p.consultant) sp.set('konsultan', p.consultant);
  if (p.business) sp.set('umkm', p.business);
  if (p.regency) sp.set('kab', p.regency);
  if (p.page > 1) sp.set('hal', String(p.page));
  return sp;
}

/** A link to one tab, optionally for one consultant (the Beranda summary uses it). */
export function tabLink(tab: FollowUpBucket, consultantId?: string | null): string {
  return `/tindak-lanjut?${write({ tab, view: 'list', consultant: consultantId ?? null, business: null, regency: null, page: 1 }).toString()}`;
}

/** The filters the list, its tab counts and the agenda all take from the URL. */
export function listFilters(p: FollowUpParams): { consultantId?: string; businessId?: string; regencyCode?: string } {
  return { consultantId: p.consultant ?? undefined, businessId: p.business ?? undefined, regencyCode: p.regency ?? undefined };
}

export function hasFilters(p: FollowUpParams): boolean {
  return Boolean(p.consultant || p.business || p.regency);
}

export function useFollowUpParams() {
  return useUrlParams(read, write, (patch) => !('tab' in patch));
}
