import { describe, expect, it } from 'vitest';
import {
  halalNumber,
  merekNumber,
  nibNumber,
  normalizeBpom,
  normalizeHalal,
  normalizeMerek,
  normalizeNib,
  normalizePirt,
  optionalBpom,
  optionalHalal,
  optionalMerek,
  optionalNib,
  optionalPirt,
} from '../../../src/shared/domain';
import { issuesToFields } from '../../../src/shared/validation/issues';

function fieldsOf(result: { success: boolean; error?: { issues: Parameters<typeof issuesToFields>[0] } }) {
  return result.error ? issuesToFields(result.error.issues) : {};
}

describe('NIB', () => {
  it('accepts exactly 13 digits, with or without separators', () => {
    expect(normalizeNib('1234567890123')).toBe('1234567890123');
    expect(normalizeNib(' 1234 5678 90123 ')).toBe('1234567890123');
    expect(normalizeNib('1234-5678-90123')).toBe('1234567890123');
  });

  it('rejects 12 digits, 14 digits and letters', () => {
    expect(normalizeNib('123456789012')).toBeNull();
    expect(normalizeNib('12345678901234')).toBeNull();
    expect(normalizeNib('12345678901A3')).toBeNull();
  });

  it('optionalNib stores digits, turns blank into null and refuses with v.nib', () => {
    expect(optionalNib.parse('1234 5678 90123')).toBe('1234567890123');
    expect(optionalNib.parse('')).toBeNull();
    expect(optionalNib.parse(null)).toBeNull();
    expect(fieldsOf(optionalNib.safeParse('123'))).toEqual({ _: { key: 'v.nib' } });
  });

  it('nibNumber requires a value', () => {
    expect(fieldsOf(nibNumber.safeParse(''))).toEqual({ _: { key: 'v.required' } });
    expect(fieldsOf(nibNumber.safeParse(undefined))).toEqual({ _: { key: 'v.required' } });
  });
});

describe('P-IRT / SPP-IRT', () => {
  it('accepts 15 digits with dashes and stores digits only', () => {
    expect(normalizePirt('2063204010176-23')).toBe('206320401017623');
    expect(normalizePirt('206.3204.01.0176.23')).toBe('206320401017623');
  });

  it('accepts the number with its printed label', () => {
    expect(normalizePirt('P-IRT No. 2063204010176-23')).toBe('206320401017623');
    expect(normalizePirt('SPP-IRT 2063204010176-23')).toBe('206320401017623');
    expect(normalizePirt('PIRT: 2063204010176 23')).toBe('206320401017623');
    expect(normalizePirt('Nomor 2063204010176-23')).toBe('206320401017623');
  });

  it('accepts numbers longer than 15 digits', () => {
    expect(normalizePirt('2063204010176-2023')).toBe('20632040101762023');
  });

  it('rejects 14 digits, more than 20 digits and letters among the digits', () => {
    expect(normalizePirt('2063204010176-2')).toBeNull();
    expect(normalizePirt('206320401017623206320')).toBeNull();
    expect(normalizePirt('20632040101A6-23')).toBeNull();
  });

  it('optionalPirt refuses with v.pirt', () => {
    expect(fieldsOf(optionalPirt.safeParse('12345'))).toEqual({ _: { key: 'v.pirt' } });
    expect(optionalPirt.parse(undefined)).toBeNull();
  });
});

describe('BPOM', () => {
  it('normalises "BPOM RI MD 123456789012" to MD123456789012', () => {
    expect(normalizeBpom('BPOM RI MD 123456789012')).toBe('MD123456789012');
  });

  it('accepts MD and ML in any case and spacing', () => {
    expect(normalizeBpom('md 2345 6789 0123')).toBe('MD234567890123');
    expect(normalizeBpom('ML-123456789012')).toBe('ML123456789012');
    expect(normalizeBpom('BPOM ML 123456789012')).toBe('ML123456789012');
  });

  it('rejects 11 or 13 digits and other prefixes', () => {
    expect(normalizeBpom('MD 12345678901')).toBeNull();
    expect(normalizeBpom('MD 1234567890123')).toBeNull();
    expect(normalizeBpom('MK 123456789012')).toBeNull();
    expect(normalizeBpom('123456789012')).toBeNull();
  });

  it('optionalBpom refuses with v.bpom', () => {
    expect(fieldsOf(optionalBpom.safeParse('MD 1'))).toEqual({ _: { key: 'v.bpom' } });
    expect(optionalBpom.parse('BPOM RI MD 123456789012')).toBe('MD123456789012');
  });
});

describe('halal certificate', () => {
  it('accepts a BPJPH ID number and an older MUI number', () => {
    expect(normalizeHalal('ID00410000123450123')).toBe('ID00410000123450123');
    expect(normalizeHalal('00160012340105')).toBe('00160012340105');
  });

  it('upper-cases and collapses spaces but keeps separators', () => {
    expect(normalizeHalal(' id 0041  0000-1234/5 ')).toBe('ID 0041 0000-1234/5');
  });

  it('rejects fewer than 6 or more than 40 characters', () => {
    expect(normalizeHalal('ID123')).toBeNull();
    expect(normalizeHalal(`ID${'1'.repeat(39)}`)).toBeNull();
  });

  it('rejects text without enough digits and odd characters', () => {
    expect(normalizeHalal('HALAL MUI')).toBeNull();
    expect(normalizeHalal('ID-12#45678')).toBeNull();
    expect(normalizeHalal('-ID12345678')).toBeNull();
  });

  it('optionalHalal refuses with v.halal and halalNumber requires a value', () => {
    expect(fieldsOf(optionalHalal.safeParse('halal'))).toEqual({ _: { key: 'v.halal' } });
    expect(fieldsOf(halalNumber.safeParse(''))).toEqual({ _: { key: 'v.required' } });
  });
});

describe('merek', () => {
  it('accepts a registration number IDM + 9 digits, in any case and spacing', () => {
    expect(normalizeMerek('IDM000123456')).toBe('IDM000123456');
    expect(normalizeMerek('idm 000 123 456')).toBe('IDM000123456');
  });

  it('accepts application numbers for goods (DID) and services (JID) with a year', () => {
    expect(normalizeMerek('DID2021012345')).toBe('DID2021012345');
    expect(normalizeMerek('JID2023001234')).toBe('JID2023001234');
  });

  it('accepts the older D00/J00 application numbers', () => {
    expect(normalizeMerek('D002014012345')).toBe('D002014012345');
    expect(normalizeMerek('J002015000123')).toBe('J002015000123');
  });

  it('rejects short registration numbers, implausible years and other shapes', () => {
    expect(normalizeMerek('IDM12345')).toBeNull();
    expect(normalizeMerek('DID1850012345')).toBeNull();
    expect(normalizeMerek('DID2021')).toBeNull();
    expect(normalizeMerek('MEREK123456')).toBeNull();
  });

  it('optionalMerek refuses with v.merek and merekNumber normalises', () => {
    expect(fieldsOf(optionalMerek.safeParse('IDM1'))).toEqual({ _: { key: 'v.merek' } });
    expect(merekNumber.parse('idm-000-123-456')).toBe('IDM000123456');
  });
});
