import { describe, expect, it } from 'vitest';
import {
  isValidKbliCode,
  KBLI_CATEGORIES,
  KBLI_ENTRIES,
  kbliByCode,
  kbliCategory,
  kbliCategoryOf,
  kbliCode,
  optionalKbliCode,
  searchKbli,
} from '../../../src/shared/domain';
import { issuesToFields } from '../../../src/shared/validation/issues';

const codes = (query: string) => searchKbli(query).map((e) => e.code);

describe('KBLI 2020 categories', () => {
  it('has the 21 categories A to U in order', () => {
    expect(KBLI_CATEGORIES.map((c) => c.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
  });

  it('uses the official titles for the categories UMKM meet most', () => {
    expect(kbliCategory('C').title).toBe('Industri Pengolahan');
    expect(kbliCategory('G').title).toBe(
      'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
    );
    expect(kbliCategory('I').title).toBe('Penyediaan Akomodasi dan Penyediaan Makan Minum');
    expect(kbliCategory('S').title).toBe('Aktivitas Jasa Lainnya');
    expect(kbliCategory('A').title).toBe('Pertanian, Kehutanan dan Perikanan');
  });

  it('gives each division to exactly one category: 88 divisions in all', () => {
    const divisions = KBLI_CATEGORIES.flatMap((c) => c.divisions);
    expect(new Set(divisions).size).toBe(divisions.length);
    expect(divisions).toHaveLength(88);
  });
});

describe('kbliCategoryOf', () => {
  it('derives the letter from the two-digit division', () => {
    expect(kbliCategoryOf('10710')).toBe('C');
    expect(kbliCategoryOf('01462')).toBe('A');
    expect(kbliCategoryOf('03221')).toBe('A');
    expect(kbliCategoryOf('33200')).toBe('C');
    expect(kbliCategoryOf('35')).toBe('D');
    expect(kbliCategoryOf('39000')).toBe('E');
    expect(kbliCategoryOf('43')).toBe('F');
  });

  it('maps 45–47 to G, 55–56 to I and 94–96 to S', () => {
    for (const d of ['45', '46', '47']) expect(kbliCategoryOf(d)).toBe('G');
    for (const d of ['55', '56']) expect(kbliCategoryOf(d)).toBe('I');
    for (const d of ['94', '95', '96']) expect(kbliCategoryOf(d)).toBe('S');
  });

  it('maps the remaining ranges: H, J, K, L, M, N, O, P, Q, R, T, U', () => {
    expect(['49', '53', '58', '63', '64', '66', '68', '69', '75', '77', '82', '84', '85', '86', '88', '90', '93', '97', '98', '99'].map(kbliCategoryOf)).toEqual(
      ['H', 'H', 'J', 'J', 'K', 'K', 'L', 'M', 'M', 'N', 'N', 'O', 'P', 'Q', 'Q', 'R', 'R', 'T', 'T', 'U'],
    );
  });

  it('returns null for divisions KBLI 2020 does not have', () => {
    for (const d of ['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      expect(kbliCategoryOf(`${d}110`)).toBeNull();
    }
  });

  it('returns null for what is not a code', () => {
    expect(kbliCategoryOf('1')).toBeNull();
    expect(kbliCategoryOf('107100')).toBeNull();
    expect(kbliCategoryOf('1O710')).toBeNull();
    expect(kbliCategoryOf('')).toBeNull();
  });
});

describe('curated KBLI list', () => {
  it('holds between 60 and 130 unique five-digit codes in code order', () => {
    const list = KBLI_ENTRIES.map((e) => e.code);
    expect(list.length).toBeGreaterThanOrEqual(60);
    expect(list.length).toBeLessThanOrEqual(130);
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort()).toEqual(list);
    for (const code of list) expect(code).toMatch(/^\d{5}$/);
  });

  it('stores for each entry the category its division belongs to and a title', () => {
    for (const entry of KBLI_ENTRIES) {
      expect(entry.category).toBe(kbliCategoryOf(entry.code));
      expect(entry.title.trim().length).toBeGreaterThan(3);
    }
  });

  it('covers the activities of the trainings and the commonest UMKM', () => {
    expect(kbliByCode('10710')?.title).toBe('Industri Produk Roti dan Kue');
    expect(kbliByCode('10531')?.title).toBe('Industri Pengolahan Es Krim');
    expect(kbliByCode('13133')?.title).toBe('Industri Pencetakan Kain');
    expect(kbliByCode('14111')?.title).toBe('Industri Pakaian Jadi (Konveksi) dari Tekstil');
    expect(kbliByCode('10794')?.title).toBe('Industri Kerupuk, Keripik, Peyek dan Sejenisnya');
    expect(kbliByCode('56102')?.title).toBe('Rumah/Warung Makan');
    expect(kbliByCode('56303')?.title).toBe('Rumah Minum/Kafe');
    expect(kbliByCode('45407')?.title).toBe('Reparasi dan Perawatan Sepeda Motor');
    expect(kbliByCode('96200')?.category).toBe('S');
  });

  it('returns null for a code off the list', () => {
    expect(kbliByCode('99000')).toBeNull();
  });
});

describe('searchKbli', () => {
  it('puts the exact code first', () => {
    expect(codes('10710')[0]).toBe('10710');
    expect(codes('10710')).toEqual(['10710']);
  });

  it('matches a code prefix and orders by code', () => {
    const hits = codes('1079');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((c) => c.startsWith('1079'))).toBe(true);
    expect([...hits].sort()).toEqual(hits);
  });

  it('reads a code typed with a dot or spaces', () => {
    expect(codes('10.710')).toEqual(['10710']);
    expect(codes(' 107 10 ')).toEqual(['10710']);
  });

  it('matches title words regardless of case and diacritics', () => {
    expect(codes('KERIPIK')).toContain('10794');
    expect(codes('kafé')).toEqual(['56303']);
  });

  it('requires every word to match', () => {
    expect(codes('kue basah')).toEqual(['10792', '47242', '47822']);
    expect(codes('roti xyzzy')).toEqual([]);
  });

  it('matches the start of a word: "rot" finds roti, "inum" does not start any word', () => {
    expect(codes('rot')).toContain('10710');
    const inum = searchKbli('inum');
    expect(inum.length).toBeGreaterThan(0);
    expect(inum.every((e) => e.title.toLowerCase().includes('minum'))).toBe(true);
  });

  it('ranks title word starts, then keyword matches, then matches inside a word', () => {
    expect(codes('warung makan')[0]).toBe('56102');
    // "ikan": 10216 and 47215 have it only as a keyword (47215 also inside "Perikanan");
    // 96112 "…Salon Kecantikan" has it only inside a word.
    const ikan = searchKbli('ikan');
    expect(ikan.slice(-3).map((e) => e.code)).toEqual(['10216', '47215', '96112']);
    for (const entry of ikan.slice(0, -3)) expect(entry.title.toLowerCase()).toMatch(/\bikan/);
  });

  it('finds everyday words through keywords: laundry, sablon, bengkel', () => {
    expect(codes('laundry')).toEqual(['96200']);
    expect(codes('sablon')).toEqual(['13133', '18111']);
    expect(codes('bengkel motor')).toEqual(['45407']);
  });

  it('combines a code prefix with words', () => {
    expect(codes('10 roti')).toEqual(['10710']);
    expect(codes('47 roti')).toEqual(['47242', '47822']);
  });

  it('finds nothing for an empty query and honours a limit', () => {
    expect(searchKbli('')).toEqual([]);
    expect(searchKbli('  - ')).toEqual([]);
    expect(searchKbli('industri', { limit: 3 })).toHaveLength(3);
  });
});

describe('kbliCode field', () => {
  const keyOf = (schema: typeof kbliCode | typeof optionalKbliCode, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? null : issuesToFields(result.error.issues)._?.key;
  };

  it('accepts five digits in an existing division, on the list or not', () => {
    expect(kbliCode.parse('10710')).toBe('10710');
    expect(kbliCode.parse('62010')).toBe('62010');
    expect(isValidKbliCode('99000')).toBe(true);
  });

  it('stores a code typed with dots or spaces as five digits', () => {
    expect(kbliCode.parse(' 10.710 ')).toBe('10710');
  });

  it('refuses four or six digits, letters and non-existent divisions with v.kbli', () => {
    expect(keyOf(kbliCode, '1071')).toBe('v.kbli');
    expect(keyOf(kbliCode, '107100')).toBe('v.kbli');
    expect(keyOf(kbliCode, '10a10')).toBe('v.kbli');
    expect(keyOf(kbliCode, '04110')).toBe('v.kbli');
    expect(keyOf(kbliCode, '34000')).toBe('v.kbli');
  });

  it('requires a value, while optionalKbliCode turns blank into null', () => {
    expect(keyOf(kbliCode, '')).toBe('v.required');
    expect(optionalKbliCode.parse('')).toBeNull();
    expect(optionalKbliCode.parse(null)).toBeNull();
    expect(optionalKbliCode.parse('56102')).toBe('56102');
    expect(keyOf(optionalKbliCode, '5610')).toBe('v.kbli');
  });
});
