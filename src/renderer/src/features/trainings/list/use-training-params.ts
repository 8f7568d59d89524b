import { TRAINING_TOPICS, type TrainingListQuery } from '../../../../../shared/contract';
import { parseIsoDate } from '../../../../../shared/domain/dates';
import { useUrlParams } from '../../../lib/url-params';

export const PAGE_SIZE = 25;

/** The list's state lives in the URL, so "back" from a training returns to the same search and page. */
export interface TrainingParams {
  q: string;
  topic: (typeof TRAINING_TOPICS)[number] | null;
  regency: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

const URL_KEYS: Record<keyof TrainingParams, string> = { q: 'q', topic: 'topik', regency: 'kab', from: 'dari', to: 'sampai', page: 'hal' };

function read(sp: URLSearchParams): TrainingParams {
  const date = (key: string) => {
    const v = sp.get(key);
    return v && parseIsoDate(v) ? v : null;
  };
  const topic = sp.get(URL_KEYS.topic);
  const regency = sp.get(URL_KEYS.regency);
  return {
    q: sp.get(URL_KEYS.q) ?? '',
    topic: topic && (TRAINING_TOPICS as readonly string[]).includes(topic) ? (topic as TrainingParams['topic']) : null,
    regency: regency && /^\d{2}\.\d{2}$/.test(regency) ? regency : null,
    from: date(URL_KEYS.from),
    to: date(URL_KEYS.to),
    page: Math.max(1, Math.min(100_000, Number.parseInt(sp.get(URL_KEYS.page) ?? '1', 10) || 1)),
  };
}

function write(p: TrainingParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [key, urlKey] of Object.entries(URL_KEYS) as Array<[keyof TrainingParams, string]>) {
    const value = p[key];
    if (value === null || value === '' || (key === 'page' && value === 1)) continue;
    sp.set(urlKey, String(value));
  }
  return sp;
}

export function toQuery(p: TrainingParams): TrainingListQuery {
  const query: TrainingListQuery = { page: p.page, pageSize: PAGE_SIZE };
  if (p.q.trim()) query.search = p.q.trim();
  if (p.topic) query.topic = p.topic;
  if (p.regency) query.regencyCode = p.regency;
  if (p.from) query.from = p.from;
  if (p.to) query.to = p.to;
  return query;
}

export function hasFilters(p: TrainingParams): boolean {
  return p.q.trim() !== '' || p.topic !== null || p.regency !== null || p.from !== null || p.to !== null;
}

export function useTrainingParams() {
  return useUrlParams(read, write);
}
