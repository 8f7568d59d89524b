import { useEffect, useState } from 'react';
import { call } from '../lib/api';

/** One region as a select's option: its Kemendagri code and name. */
export interface RegionOption {
  value: string;
  label: string;
}

/*
 * Region options for every feature's region pickers (address, list filters, export scope). Region
 * lists (Kemendagri codes) never change while the app runs, so each parent's children are loaded
 * once and kept: cascading selects then switch without a flash of empty options.
 */
const cache = new Map<string, RegionOption[]>();
const pending = new Map<string, Promise<RegionOption[]>>();

function load(key: string): Promise<RegionOption[]> {
  const inFlight = pending.get(key);
  if (inFlight) return inFlight;
  const promise = call('regions:children', { parentCode: key === '' ? null : key })
    .then((rows) => {
      const options = rows.map((r) => ({ value: r.code, label: r.name }));
      cache.set(key, options);
      return options;
    })
    .finally(() => pending.delete(key));
  pending.set(key, promise);
  return promise;
}

export interface RegionOptions {
  options: RegionOption[];
  loading: boolean;
  failed: boolean;
}

/**
 * Children of a region: `null` gives the provinces, `'64'` its kabupaten/kota, and so on;
 * `undefined` means "no parent chosen yet" and loads nothing.
 */
export function useRegions(parentCode: string | null | undefined): RegionOptions {
  const key = parentCode === undefined ? undefined : (parentCode ?? '');
  const [loaded, setLoaded] = useState<{ key: string; options: RegionOption[]; failed: boolean }>();

  useEffect(() => {
    if (key === undefined || cache.has(key)) return;
    let alive = true;
    load(key)
      .then((options) => alive && setLoaded({ key, options, failed: false }))
      .catch(() => alive && setLoaded({ key, options: [], failed: true }));
    return () => {
      alive = false;
    };
  }, [key]);

  if (key === undefined) return { options: [], loading: false, failed: false };
  const cached = cache.get(key);
  if (cached) return { options: cached, loading: false, failed: false };
  if (loaded?.key === key) return { options: loaded.options, loading: false, failed: loaded.failed };
  return { options: [], loading: true, failed: false };
}
