import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { en } from '../../../src/renderer/src/app/i18n/en';
import { id } from '../../../src/renderer/src/app/i18n/id';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// The source text of shared and main (read, never run), to find the validation keys they use.
const sources = import.meta.glob<string>(['../../../src/shared/**/*.ts', '../../../src/main/**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function lookup(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('i18n catalogues', () => {
  it('have identical key sets in Indonesian and English', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('have no empty strings', () => {
    for (const catalogue of [id, en]) {
      for (const key of keys(catalogue)) expect(lookup(catalogue, key), key).not.toBe('');
    }
  });

  it('have a title and a message for every error code', () => {
    for (const code of ERROR_CODES) {
      for (const catalogue of [id, en]) {
        expect(typeof lookup(catalogue, `errors.title.${code}`), `title ${code}`).toBe('string');
        expect(typeof lookup(catalogue, `errors.message.${code}`), `message ${code}`).toBe('string');
      }
    }
  });

  it('translate every validation key used in src/shared and src/main', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/['"`](v\.[a-zA-Z]+)['"`]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(typeof lookup(id, key), key).toBe('string');
  });
});
