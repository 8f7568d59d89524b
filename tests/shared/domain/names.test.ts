import { describe, expect, it } from 'vitest';
import {
  isLikelySameName,
  jaroWinkler,
  LIKELY_SAME_NAME,
  nameTokens,
  normalizeName,
  POSSIBLY_SAME_NAME,
  similarity,
  tokenOverlap,
  trigramDice,
  trigrams,
} from '../../../src/shared/domain';

describe('normalizeName', () => {
  it('gives "De Haro" and "DeHaro" the same key', () => {
    expect(normalizeName('De Haro')).toBe('deharo');
    expect(normalizeName('DeHaro')).toBe('deharo');
  });

  it('gives "CV Maju Jaya" and "Maju Jaya" the same key', () => {
    expect(normalizeName('CV Maju Jaya')).toBe(normalizeName('Maju Jaya'));
  });

  it('gives "Café Ñoño" and "cafe nono" the same key', () => {
    expect(normalizeName('Café Ñoño')).toBe('cafenono');
    expect(normalizeName('cafe nono')).toBe('cafenono');
  });

  it('gives "Kue Bu Sri" and "Toko Kue Ibu Sri" the same key: toko stripped, ibu read as bu', () => {
    expect(normalizeName('Kue Bu Sri')).toBe('kuebusri');
    expect(normalizeName('Toko Kue Ibu Sri')).toBe('kuebusri');
  });

  it('removes punctuation and case: "U.D. Sumber Rejeki" and "ud sumber-rejeki!"', () => {
    expect(normalizeName('U.D. Sumber Rejeki')).toBe('sumberrejeki');
    expect(normalizeName('ud sumber-rejeki!')).toBe('sumberrejeki');
  });

  it('strips legal forms and outlet kinds at the end as well as the start', () => {
    expect(normalizeName('Maju Jaya, CV')).toBe('majujaya');
    expect(normalizeName('PT. Sinar Terang Tbk')).toBe('sinarterang');
  });

  it('strips two-word prefixes: rumah makan, usaha dagang, and their short forms', () => {
    expect(normalizeName('Rumah Makan Padang Sederhana')).toBe('padangsederhana');
    expect(normalizeName('RM Padang Sederhana')).toBe('padangsederhana');
    expect(normalizeName('Usaha Dagang Sumber Rejeki')).toBe('sumberrejeki');
  });

  it('strips several edge words in turn: "Koperasi Warung Bu Tini"', () => {
    expect(normalizeName('Koperasi Warung Bu Tini')).toBe('tini');
    expect(normalizeName('Kop. Serba Usaha')).toBe('serba');
  });

  it('strips leading honorifics and titles: "Hj. Ani", "Bapak Budi", "H Ahmad"', () => {
    expect(normalizeName('Hj. Ani Catering')).toBe('anicatering');
    expect(normalizeName('Bapak Budi Bakso')).toBe('budibakso');
    expect(normalizeName('H Ahmad Sate')).toBe('ahmadsate');
  });

  it('keeps prefix words that are part of a longer word: kopi, bubur, toko in tokopedia', () => {
    expect(normalizeName('Kopi Tubruk')).toBe('kopitubruk');
    expect(normalizeName('Bubur Ayam Mantap')).toBe('buburayammantap');
    expect(normalizeName('Tokopedia Seller')).toBe('tokopediaseller');
    expect(normalizeName('Pakis Hijau')).toBe('pakishijau');
  });

  it('keeps business words in the middle of a name', () => {
    expect(normalizeName('Sari Toko Roti')).toBe('saritokoroti');
  });

  it('keeps a name that is nothing but a prefix word', () => {
    expect(normalizeName('Toko')).toBe('toko');
    expect(normalizeName('Rumah Makan')).toBe('rumahmakan');
  });

  it('treats "&" and "dan" alike', () => {
    expect(normalizeName('Maju & Jaya')).toBe(normalizeName('Maju dan Jaya'));
  });

  it('keeps digits and is empty for a name with no letters or digits', () => {
    expect(normalizeName('Toko 88')).toBe('88');
    expect(normalizeName(' -- ')).toBe('');
  });
});

describe('nameTokens', () => {
  it('returns the meaningful words with honorifics in the middle spelled one way', () => {
    expect(nameTokens('Warung Makan Ibu Ani')).toEqual(['makan', 'bu', 'ani']);
    expect(nameTokens('Sate Bapak Kumis Madura')).toEqual(['sate', 'pak', 'kumis', 'madura']);
    expect(nameTokens('Amplang Hajjah Rosmini')).toEqual(['amplang', 'h', 'rosmini']);
  });
});

describe('trigrams', () => {
  it('lists distinct three-letter grams of a key in order', () => {
    expect(trigrams('deharo')).toEqual(['deh', 'eha', 'har', 'aro']);
    expect(trigrams('aaaa')).toEqual(['aaa']);
  });

  it('gives a short key as its own gram and an empty key none', () => {
    expect(trigrams('ab')).toEqual(['ab']);
    expect(trigrams('')).toEqual([]);
  });
});

describe('similarity building blocks', () => {
  it('trigramDice is 1 for equal keys, 0 for disjoint ones', () => {
    expect(trigramDice('majujaya', 'majujaya')).toBe(1);
    expect(trigramDice('abcdef', 'uvwxyz')).toBe(0);
    expect(trigramDice('', '')).toBe(0);
  });

  it('jaroWinkler scores the textbook pair MARTHA/MARHTA at 0.961', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('tokenOverlap pairs typo words but not short different words', () => {
    expect(tokenOverlap(['maju', 'jaya'], ['maju', 'jaaya'])).toBe(1);
    expect(tokenOverlap(['bu', 'ani'], ['pak', 'ani'])).toBeCloseTo(1 / 3);
    expect(tokenOverlap(['sablon', 'kaos', 'samarinda'], ['sablon', 'kaos', 'balikpapan'])).toBe(0.5);
  });
});

describe('similarity and isLikelySameName', () => {
  it('rates names with equal keys as 1', () => {
    expect(similarity('De Haro', 'DeHaro')).toBe(1);
    expect(similarity('CV Maju Jaya', 'Maju Jaya')).toBe(1);
    expect(similarity('Café Ñoño', 'cafe nono')).toBe(1);
  });

  it('finds "Kue Bu Sri" likely the same as "Toko Kue Ibu Sri"', () => {
    expect(isLikelySameName('Kue Bu Sri', 'Toko Kue Ibu Sri')).toBe(true);
  });

  it('does not find "Warung Makan Bu Ani" likely the same as "Warung Makan Pak Budi"', () => {
    expect(isLikelySameName('Warung Makan Bu Ani', 'Warung Makan Pak Budi')).toBe(false);
    expect(similarity('Warung Makan Bu Ani', 'Warung Makan Pak Budi')).toBeLessThan(POSSIBLY_SAME_NAME);
  });

  it('does not find "Sablon Kaos Samarinda" likely the same as "Sablon Kaos Balikpapan" despite two shared words', () => {
    expect(isLikelySameName('Sablon Kaos Samarinda', 'Sablon Kaos Balikpapan')).toBe(false);
    expect(similarity('Sablon Kaos Samarinda', 'Sablon Kaos Balikpapan')).toBeLessThan(POSSIBLY_SAME_NAME);
  });

  it('finds a typo likely the same: "Keripik Pisang Lestari" / "Kripik Pisang Lestari"', () => {
    expect(isLikelySameName('Keripik Pisang Lestari', 'Kripik Pisang Lestari')).toBe(true);
    expect(isLikelySameName('UD Sumber Rejeki', 'Sumber Rezeki')).toBe(true);
  });

  it('ignores word order', () => {
    expect(similarity('Kue Sri', 'Sri Kue')).toBe(1);
  });

  it('ignores an honorific only one of the two names has', () => {
    expect(similarity('Bakso Pak Kumis', 'Bakso Kumis')).toBe(1);
    expect(isLikelySameName('Amplang Hj. Rosmini', 'Amplang Rosmini')).toBe(true);
  });

  it('keeps "Bu Ani" and "Pak Ani" apart when both carry an honorific', () => {
    expect(similarity('Soto Bu Ani', 'Soto Pak Ani')).toBeLessThan(1);
    expect(isLikelySameName('Soto Bu Ani', 'Soto Pak Ani')).toBe(false);
  });

  it('offers a longer name that contains a common one only as a possible duplicate', () => {
    const score = similarity('Maju Jaya', 'Maju Jaya Abadi');
    expect(score).toBeGreaterThanOrEqual(POSSIBLY_SAME_NAME);
    expect(score).toBeLessThan(LIKELY_SAME_NAME);
  });

  it('keeps one-word differences of the product apart: "Sate Madura" / "Soto Madura"', () => {
    expect(isLikelySameName('Sate Madura', 'Soto Madura')).toBe(false);
  });

  it('rates an empty name as 0 against anything', () => {
    expect(similarity('', 'Maju Jaya')).toBe(0);
    expect(similarity('--', '--')).toBe(0);
  });

  it('is symmetric and stays within [0, 1]', () => {
    const names = ['Maju Jaya', 'Toko Maju Jaya Abadi', 'Sablon Kaos Samarinda', 'Warung Bu Ani', 'Ani'];
    for (const a of names) {
      for (const b of names) {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s, 10);
      }
    }
  });

  it('accepts a stricter threshold', () => {
    expect(isLikelySameName('Maju Jaya', 'Maju Jaaya')).toBe(true);
    expect(isLikelySameName('Maju Jaya', 'Maju Jaaya', 0.95)).toBe(false);
  });
});
