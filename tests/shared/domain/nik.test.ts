import { describe, expect, it } from 'vitest';
import {
  isValidNik,
  maskNik,
  nikBirthDate,
  nikIssues,
  nikMatches,
  normalizeNik,
  optionalNik,
  optionalNikField,
  parseNik,
} from '../../../src/shared/domain';
import { issueToField } from '../../../src/shared/validation/issues';

const today = new Date(2026, 10, 28); // 28 Nov 2026, local time
const opts = { today };

/** Builds a NIK from its parts so each test reads as what it varies. */
function nik(parts: { region?: string; dd?: string; mm?: string; yy?: string; serial?: string } = {}): string {
  return `${parts.region ?? '647201'}${parts.dd ?? '12'}${parts.mm ?? '03'}${parts.yy ?? '90'}${parts.serial ?? '0003'}`;
}

describe('parseNik', () => {
  it('reads region codes, birth date, gender and serial from a man’s NIK', () => {
    expect(parseNik('6472011203900003', opts)).toEqual({
      provinceCode: '64',
      regencyCode: '64.72',
      districtCode: '64.72.01',
      birthDate: '1990-03-12',
      gender: 'L',
      serial: '0003',
    });
  });

  it('reads a woman’s NIK: day 52 is the 12th, gender P', () => {
    expect(parseNik('6472015203900003', opts)).toMatchObject({ birthDate: '1990-03-12', gender: 'P' });
  });

  it('accepts the edges of the women’s day range, 41 and 71', () => {
    expect(parseNik(nik({ dd: '41' }), opts)).toMatchObject({ birthDate: '1990-03-01', gender: 'P' });
    expect(parseNik(nik({ dd: '71' }), opts)).toMatchObject({ birthDate: '1990-03-31', gender: 'P' });
  });

  it('strips spaces, dots and dashes typed into a NIK', () => {
    expect(parseNik('6472 0112 0390 0003', opts)?.serial).toBe('0003');
    expect(parseNik('64.72.01-120390-0003', opts)?.birthDate).toBe('1990-03-12');
    expect(normalizeNik(' 6472-0112 0390.0003 ')).toBe('6472011203900003');
  });

  it('returns null for an invalid NIK', () => {
    expect(parseNik(nik({ dd: '00' }), opts)).toBeNull();
    expect(parseNik('123', opts)).toBeNull();
  });
});

describe('nikBirthDate century choice', () => {
  it('puts a two-digit year in this century when that date is not in the future', () => {
    expect(nikBirthDate(nik({ yy: '25' }), today)).toBe('2025-03-12');
    expect(nikBirthDate(nik({ dd: '12', mm: '11', yy: '26' }), today)).toBe('2026-11-12');
  });

  it('moves a date that would be in the future to the previous century', () => {
    expect(nikBirthDate(nik({ dd: '12', mm: '12', yy: '26' }), today)).toBe('1926-12-12');
    expect(nikBirthDate(nik({ yy: '90' }), today)).toBe('1990-03-12');
  });

  it('prefers the later century when both fit the 100-year window (born today vs. 100 today)', () => {
    expect(nikBirthDate(nik({ dd: '28', mm: '11', yy: '26' }), today)).toBe('2026-11-28');
  });

  it('treats 29 February 00 as 2000, a leap year', () => {
    expect(nikBirthDate(nik({ dd: '29', mm: '02', yy: '00' }), today)).toBe('2000-02-29');
  });

  it('finds no date when the only real day is in the future and the other century has no such day', () => {
    // On 1 Jan 2000, 29 Feb 2000 is ahead and 29 Feb 1900 never existed.
    expect(nikBirthDate(nik({ dd: '29', mm: '02', yy: '00' }), new Date(2000, 0, 1))).toBeNull();
  });
});

describe('nikIssues', () => {
  it('finds nothing wrong with a valid NIK', () => {
    expect(nikIssues('6472011203900003', opts)).toEqual([]);
    expect(isValidNik('6472011203900003', opts)).toBe(true);
  });

  it('rejects a NIK with 15 digits, 17 digits or a letter as a wrong length', () => {
    expect(nikIssues('647201120390000', opts)).toEqual(['length']);
    expect(nikIssues('64720112039000031', opts)).toEqual(['length']);
    expect(nikIssues('64720112039000O3', opts)).toEqual(['length']);
    expect(nikIssues('', opts)).toEqual(['length']);
  });

  it('rejects day 00 and day 72 as impossible birth days', () => {
    expect(nikIssues(nik({ dd: '00' }), opts)).toEqual(['date']);
    expect(nikIssues(nik({ dd: '72' }), opts)).toEqual(['date']);
  });

  it('rejects the gap between men’s and women’s days (32–40)', () => {
    expect(nikIssues(nik({ dd: '32' }), opts)).toEqual(['date']);
    expect(nikIssues(nik({ dd: '40' }), opts)).toEqual(['date']);
  });

  it('rejects month 00 and month 13', () => {
    expect(nikIssues(nik({ mm: '00' }), opts)).toEqual(['date']);
    expect(nikIssues(nik({ mm: '13' }), opts)).toEqual(['date']);
  });

  it('rejects 29 February in a common year and accepts it in a leap year, for men and women', () => {
    expect(nikIssues(nik({ dd: '29', mm: '02', yy: '01' }), opts)).toEqual(['date']);
    expect(nikIssues(nik({ dd: '69', mm: '02', yy: '01' }), opts)).toEqual(['date']);
    expect(nikIssues(nik({ dd: '29', mm: '02', yy: '04' }), opts)).toEqual([]);
    expect(parseNik(nik({ dd: '69', mm: '02', yy: '04' }), opts)).toMatchObject({ birthDate: '2004-02-29', gender: 'P' });
  });

  it('rejects 31 April', () => {
    expect(nikIssues(nik({ dd: '31', mm: '04' }), opts)).toEqual(['date']);
  });

  it('rejects serial 0000 and accepts 0001', () => {
    expect(nikIssues(nik({ serial: '0000' }), opts)).toEqual(['serial']);
    expect(nikIssues(nik({ serial: '0001' }), opts)).toEqual([]);
  });

  it('rejects an unknown province code and a zero regency or district without region data', () => {
    expect(nikIssues(nik({ region: '997201' }), opts)).toEqual(['region']);
    expect(nikIssues(nik({ region: '107201' }), opts)).toEqual(['region']);
    expect(nikIssues(nik({ region: '640001' }), opts)).toEqual(['region']);
    expect(nikIssues(nik({ region: '647200' }), opts)).toEqual(['region']);
  });

  it('accepts another province’s NIK and the 2022 Papua provinces', () => {
    expect(nikIssues(nik({ region: '317101' }), opts)).toEqual([]);
    expect(nikIssues(nik({ region: '960101' }), opts)).toEqual([]);
  });

  it('checks province, regency and district against region data when a lookup is given', () => {
    const known = new Set(['64', '64.72', '64.72.01']);
    const regionExists = (code: string) => known.has(code);
    expect(nikIssues(nik({ region: '647201' }), { ...opts, regionExists })).toEqual([]);
    expect(nikIssues(nik({ region: '647202' }), { ...opts, regionExists })).toEqual(['region']);
    expect(nikIssues(nik({ region: '647101' }), { ...opts, regionExists })).toEqual(['region']);
  });

  it('asks the lookup for dotted codes', () => {
    const asked: string[] = [];
    const regionExists = (code: string) => {
      asked.push(code);
      return true;
    };
    nikIssues(nik(), { ...opts, regionExists });
    expect(asked).toEqual(['64', '64.72', '64.72.01']);
  });

  it('lists every problem in the order the digits are read', () => {
    expect(nikIssues('6400010003900000', opts)).toEqual(['region', 'date', 'serial']);
  });
});

describe('nikMatches', () => {
  it('finds no mismatch when gender and birth date agree with the NIK', () => {
    expect(nikMatches({ nik: '6472011203900003', gender: 'L', birthDate: '1990-03-12' })).toEqual([]);
    expect(nikMatches({ nik: '6472015203900003', gender: 'P', birthDate: '1990-03-12' })).toEqual([]);
  });

  it('reports a gender that contradicts the day offset', () => {
    expect(nikMatches({ nik: '6472011203900003', gender: 'P' })).toEqual(['gender']);
    expect(nikMatches({ nik: '6472015203900003', gender: 'L' })).toEqual(['gender']);
  });

  it('reports a birth date that differs in day, month or year', () => {
    expect(nikMatches({ nik: '6472011203900003', birthDate: '1990-03-13' })).toEqual(['birthDate']);
    expect(nikMatches({ nik: '6472011203900003', birthDate: '1990-04-12' })).toEqual(['birthDate']);
    expect(nikMatches({ nik: '6472011203900003', birthDate: '1991-03-12' })).toEqual(['birthDate']);
  });

  it('reports both mismatches at once', () => {
    expect(nikMatches({ nik: '6472011203900003', gender: 'P', birthDate: '1991-03-12' })).toEqual([
      'gender',
      'birthDate',
    ]);
  });

  it('compares the year as written, so a person over 100 is not reported as a mismatch', () => {
    expect(nikMatches({ nik: '6472011203200003', birthDate: '1920-03-12' })).toEqual([]);
  });

  it('skips fields that are not given and NIKs that are not 16 digits', () => {
    expect(nikMatches({ nik: '6472011203900003' })).toEqual([]);
    expect(nikMatches({ nik: '123', gender: 'P', birthDate: '1990-03-12' })).toEqual([]);
  });
});

describe('maskNik', () => {
  it('keeps the first four and last four digits: 6472••••••••0003', () => {
    expect(maskNik('6472011203900003')).toBe('6472••••••••0003');
  });

  it('masks a NIK typed with separators the same way', () => {
    expect(maskNik('6472 0112 0390 0003')).toBe('6472••••••••0003');
  });

  it('masks every digit of a fragment too short to show any', () => {
    expect(maskNik('123456')).toBe('••••••');
  });
});

describe('optionalNik', () => {
  const field = optionalNikField(() => today);

  it('turns blank, null and undefined into null', () => {
    expect(field.parse('')).toBeNull();
    expect(field.parse('   ')).toBeNull();
    expect(field.parse(null)).toBeNull();
    expect(field.parse(undefined)).toBeNull();
  });

  it('stores a valid NIK as 16 digits without separators', () => {
    expect(field.parse(' 6472 0112 0390 0003 ')).toBe('6472011203900003');
  });

  it('refuses an invalid NIK with v.nik and the first reason as a param', () => {
    const result = field.safeParse(nik({ dd: '72' }));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue && issueToField(issue)).toEqual({ key: 'v.nik', params: { reason: 'date' } });
  });

  it('gives reason length, serial and region for those faults', () => {
    const reasonOf = (value: string) => {
      const issue = field.safeParse(value).error?.issues[0];
      return issue && issueToField(issue).params?.reason;
    };
    expect(reasonOf('12345')).toBe('length');
    expect(reasonOf(nik({ serial: '0000' }))).toBe('serial');
    expect(reasonOf(nik({ region: '997201' }))).toBe('region');
  });

  it('reads the two-digit year against the current date by default', () => {
    expect(optionalNik.parse('6472011203900003')).toBe('6472011203900003');
  });
});
