import { CONSULTATION_CHANNELS, SERVICE_AREAS } from '../../../../../shared/contract';
import { daysInMonth, parseIsoDate } from '../../../../../shared/domain/dates';
import { useUrlParams } from '../../../lib/url-params';
import type { Filters } from './ConsultationFilters';

export const PAGE_SIZE = 50;

/** The list's state lives in the URL, so "back" from a consultation returns to the same filters and page. */
export type ConsultationParams = Filters & { page: number };

const URL_KEYS = { from: 'dari', to: 'sampai', consultantId: 'konsultan', serviceArea: 'bidang', channel: 'saluran', regencyCode: 'kab', page: 'hal' } as const;

/** This month in the office: from the first to the last day. */
function thisMonth(today: string): Pick<Filters, 'from' | 'to'> {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined);

function reader(today: string) {
  return (sp: URLSearchParams): ConsultationParams => {
    const month = thisMonth(today);
    const date = (key: string) => {
      const v = sp.get(key);
      return v && parseIsoDate(v) ? v : null;
    };
    const consultant = sp.get(URL_KEYS.consultantId);
    const regency = sp.get(URL_KEYS.regencyCode);
    return {
      from: date(URL_KEYS.from) ?? month.from,
      to: date(URL_KEYS.to) ?? month.to,
      consultantId: consultant && /^[0-9a-f-]{36}$/i.test(consultant) ? consultant : undefined,
      serviceArea: oneOf(SERVICE_AREAS, sp.get(URL_KEYS.serviceArea)),
      channel: oneOf(CONSULTATION_CHANNELS, sp.get(URL_KEYS.channel)),
      regencyCode: regency && /^\d{2}\.\d{2}$/.test(regency) ? regency : undefined,
      page: Math.max(1, Math.min(100_000, Number.parseInt(sp.get(URL_KEYS.page) ?? '1', 10) || 1)),
    };
  };
}

function write(p: ConsultationParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [key, urlKey] of Object.entries(URL_KEYS) as Array<[keyof ConsultationParams, string]>) {
    const value = p[key];
    if (value === undefined || (key === 'page' && value === 1)) continue;
    sp.set(urlKey, String(value));
  }
  return sp;
}

/** The final list's filters and page, read from and written to the URL; this month when none is given. */
export function useConsultationParams(today: string) {
  return useUrlParams(reader(today), write);
}
