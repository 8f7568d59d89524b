/**
 * Version vectors: one logical counter per desk (`{"<desk>": n}`). A record's vector grows by one
 * at the desk that changes it; which of two versions is newer, or whether they were made without
 * knowing of each other (a conflict), is read from the vectors alone, never from a clock.
 */
export type Vector = Readonly<Record<string, number>>;

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** Parses a stored or carried vector; anything that is not one reads as the empty vector. */
export function parseVector(text: unknown): Vector {
  if (typeof text !== 'string' && (typeof text !== 'object' || text === null)) return {};
  let value: unknown = text;
  if (typeof text === 'string') {
    try {
      value = JSON.parse(text);
    } catch {
      return {};
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(value as Record<string, unknown>)) {
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) out[k] = n;
  }
  return out;
}

/** The vector as stored and carried: keys in order, so equal vectors are equal text. */
export function vectorText(v: Vector): string {
  return JSON.stringify(Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** How `a` relates to `b`: `before` when b has seen everything a has and more. */
export function compare(a: Vector, b: Vector): Order {
  let less = false;
  let more = false;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x < y) less = true;
    else if (x > y) more = true;
  }
  if (less && more) return 'concurrent';
  if (less) return 'before';
  if (more) return 'after';
  return 'equal';
}

/** Everything both have seen. */
export function join(a: Vector, b: Vector): Vector {
  const out: Record<string, number> = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, n);
  return out;
}

/** One more change, made at `desk`. */
export function bump(v: Vector, desk: string): Vector {
  return { ...v, [desk]: (v[desk] ?? 0) + 1 };
}
