import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  deskCode,
  formatPhoneLocal,
  isValidNip,
  logoDataUrl,
  normalizePhone,
  optionalEmail,
  optionalNip,
  optionalPhone,
  optionalText,
  requiredText,
} from '../../src/shared/validation/fields';
import { issueToField, issuesToFields } from '../../src/shared/validation/issues';

/** The field map the router would send for `input` against `schema`. */
function fieldsOf(schema: z.ZodType, input: unknown) {
  const res = schema.safeParse(input);
  if (res.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return issuesToFields(res.error.issues);
}

describe('normalizePhone', () => {
  it.each([
    ['08123456789', '+628123456789'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['(0812) 3456.7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['  0812 3456 7890  ', '+6281234567890'],
    ['0541-123456', '+62541123456'],
    ['(021) 5551234', '+62215551234'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    ['too short', '0812'],
    ['six national digits', '0812345'],
    ['too long', '08123456789012345'],
    ['letters', '0812-ABCD-7890'],
    ['letters only', 'nomor saya'],
    ['no Indonesian prefix', '8123456789'],
    ['another country', '+6591234567'],
    ['empty', ''],
    ['only separators', ' - ( ) . '],
  ])('rejects %s (%j)', (_what, raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe('formatPhoneLocal', () => {
  it('writes a normalised mobile number the Indonesian way, 0812-3456-7890', () => {
    expect(formatPhoneLocal('+6281234567890')).toBe('0812-3456-7890');
    expect(formatPhoneLocal('+628123456789')).toBe('0812-3456-789');
  });

  it('round-trips: formatting then normalising gives the same number back', () => {
    for (const n of ['+6281234567890', '+628123456789', '+62541123456']) {
      expect(normalizePhone(formatPhoneLocal(n))).toBe(n);
    }
  });

  it('keeps the local digits of a landline, starting with its 0-prefixed area code', () => {
    expect(formatPhoneLocal('+62541123456')).toBe('0541-123456');
    expect(formatPhoneLocal('+622112345678')).toBe('021-12345678');
  });

  it('leaves a value that is not +62 as it is', () => {
    expect(formatPhoneLocal('+6591234567')).toBe('+6591234567');
    expect(formatPhoneLocal('')).toBe('');
  });
});

describe('isValidNip', () => {
  it.each([
    ['a woman born 15 Mar 1985, appointed Jan 2010, serial 003', '198503152010012003'],
    ['a man with serial 001', '199001012015031001'],
    ['born on 29 Feb of a leap year', '198402292010011001'],
    ['serial 999', '198503152010012999'],
    ['born in 1940, appointed the same year', '194001011940121001'],
  ])('accepts %s', (_what, nip) => {
    expect(isValidNip(nip)).toBe(true);
  });

  it.each([
    ['17 digits', '19850315201001200'],
    ['19 digits', '1985031520100120031'],
    ['a letter', '19850315201001200X'],
    ['spaces (callers strip them first)', '19850315 201001 2 003'],
    ['a birth year before 1940', '193912312010011001'],
    ['birth month 13', '198513012010011001'],
    ['birth day 00', '198503002010011001'],
    ['30 February', '198502302010012003'],
    ['29 Feb of a non-leap year', '198502292010012003'],
    ['31 April', '198504312010012003'],
    ['appointed before birth', '198503151980012003'],
    ['appointment month 00', '198503152010002003'],
    ['appointment month 13', '198503152010132003'],
    ['gender digit 0', '198503152010010003'],
    ['gender digit 3', '198503152010013003'],
    ['serial 000', '198503152010012000'],
    ['empty', ''],
  ])('rejects %s', (_what, nip) => {
    expect(isValidNip(nip)).toBe(false);
  });
});

describe('field schemas', () => {
  it('requiredText trims, and maps blank to v.required and overlong to v.tooLong with its limit', () => {
    const schema = z.object({ name: requiredText(5) });
    expect(schema.parse({ name: '  Siti  ' })).toEqual({ name: 'Siti' });
    expect(fieldsOf(schema, { name: '   ' })).toEqual({ name: { key: 'v.required' } });
    expect(fieldsOf(schema, {})).toEqual({ name: { key: 'v.required' } });
    expect(fieldsOf(schema, { name: 'Rahmawati' })).toEqual({ name: { key: 'v.tooLong', params: { max: 5 } } });
  });

  it('optionalText turns blank into null and refuses overlong text', () => {
    const schema = z.object({ note: optionalText(5) });
    expect(schema.parse({ note: '   ' })).toEqual({ note: null });
    expect(schema.parse({})).toEqual({ note: null });
    expect(schema.parse({ note: ' ok ' })).toEqual({ note: 'ok' });
    expect(fieldsOf(schema, { note: 'abcdef' })).toEqual({ note: { key: 'v.tooLong', params: { max: 5 } } });
  });

  it('optionalPhone normalises or refuses with v.phone; blank is null', () => {
    const schema = z.object({ phone: optionalPhone });
    expect(schema.parse({ phone: '0812 3456 7890' })).toEqual({ phone: '+6281234567890' });
    expect(schema.parse({ phone: '' })).toEqual({ phone: null });
    expect(fieldsOf(schema, { phone: '12345' })).toEqual({ phone: { key: 'v.phone' } });
  });

  it('optionalEmail lower-cases a valid address and refuses others with v.email', () => {
    const schema = z.object({ email: optionalEmail });
    expect(schema.parse({ email: ' Siti@Example.CO.ID ' })).toEqual({ email: 'siti@example.co.id' });
    expect(fieldsOf(schema, { email: 'siti@' })).toEqual({ email: { key: 'v.email' } });
  });

  it('optionalNip strips spaces and refuses invalid NIPs with v.nip', () => {
    const schema = z.object({ nip: optionalNip });
    expect(schema.parse({ nip: '198503152010012003' })).toEqual({ nip: '198503152010012003' });
    expect(schema.parse({ nip: null })).toEqual({ nip: null });
    expect(fieldsOf(schema, { nip: '19850315201001200' })).toEqual({ nip: { key: 'v.nip' } });
  });

  it('deskCode upper-cases and refuses anything but 2–6 letters or digits with v.deskCode', () => {
    expect(deskCode.parse(' smd1 ')).toBe('SMD1');
    for (const bad of ['S', 'SMD1234', 'SM-1', '']) {
      expect(fieldsOf(z.object({ deskCode }), { deskCode: bad })).toEqual({ deskCode: { key: 'v.deskCode' } });
    }
  });

  it('logoDataUrl accepts PNG and JPEG data URLs only', () => {
    expect(logoDataUrl.safeParse('data:image/png;base64,iVBORw0KGgo=').success).toBe(true);
    expect(logoDataUrl.safeParse('data:image/jpeg;base64,/9j/4AAQ').success).toBe(true);
    expect(fieldsOf(z.object({ logo: logoDataUrl }), { logo: 'data:text/html;base64,PGI+' })).toEqual({
      logo: { key: 'v.logoFormat' },
    });
  });
});

describe('issuesToFields', () => {
  it('maps a too-long string to v.tooLong with max, and a too-big number to v.tooBig', () => {
    const schema = z.object({ name: z.string().max(3), age: z.number().max(120) });
    expect(fieldsOf(schema, { name: 'abcd', age: 121 })).toEqual({
      name: { key: 'v.tooLong', params: { max: 3 } },
      age: { key: 'v.tooBig', params: { max: 120 } },
    });
  });

  it('maps min(1) on a string to v.required, longer minimums to v.tooShort, numbers to v.tooSmall', () => {
    const schema = z.object({ a: z.string().min(1), b: z.string().min(3), c: z.number().min(1) });
    expect(fieldsOf(schema, { a: '', b: 'x', c: 0 })).toEqual({
      a: { key: 'v.required' },
      b: { key: 'v.tooShort', params: { min: 3 } },
      c: { key: 'v.tooSmall', params: { min: 1 } },
    });
  });

  it('maps a missing value to v.required and a bad enum value to v.invalidChoice', () => {
    const schema = z.object({ name: z.string(), zone: z.enum(['Asia/Jakarta', 'Asia/Makassar']) });
    expect(fieldsOf(schema, { zone: 'Europe/Berlin' })).toEqual({
      name: { key: 'v.required' },
      zone: { key: 'v.invalidChoice' },
    });
  });

  it('maps a wrong type that carries its input to v.invalidType', () => {
    const res = z.object({ name: z.string() }).safeParse({ name: 42 }, { reportInput: true });
    expect(res.success).toBe(false);
    expect(issuesToFields(res.error!.issues)).toEqual({ name: { key: 'v.invalidType' } });
  });

  it('maps a format failure (e.g. uuid) to v.invalidFormat', () => {
    expect(fieldsOf(z.object({ id: z.uuid() }), { id: 'not-a-uuid' })).toEqual({ id: { key: 'v.invalidFormat' } });
  });

  it('keeps a schema message that is already an i18n key, with its params', () => {
    const schema = z.object({
      nip: z.string().superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', message: 'v.nipTaken', params: { by: 'Budi' } })),
      desk: z.string().regex(/^[A-Z]+$/, 'v.deskCode'),
    });
    expect(fieldsOf(schema, { nip: 'x', desk: 'abc' })).toEqual({
      nip: { key: 'v.nipTaken', params: { by: 'Budi' } },
      desk: { key: 'v.deskCode' },
    });
  });

  it('keys nested and array issues by dotted path and unknown keys by their own path', () => {
    const schema = z
      .object({
        consultant: z.object({ name: z.string().max(2) }).strict(),
        phones: z.array(z.string().max(2)),
      })
      .strict();
    expect(fieldsOf(schema, { consultant: { name: 'abc', role: 'admin' }, phones: ['ok', 'long'], extra: 1 })).toEqual({
      'consultant.name': { key: 'v.tooLong', params: { max: 2 } },
      'consultant.role': { key: 'v.unknownField' },
      'phones.1': { key: 'v.tooLong', params: { max: 2 } },
      extra: { key: 'v.unknownField' },
    });
  });

  it('puts an issue about the whole value under "_"', () => {
    expect(fieldsOf(z.string(), undefined)).toEqual({ _: { key: 'v.required' } });
    expect(
      fieldsOf(
        z.object({ a: z.string() }).refine(() => false, { message: 'v.mismatch' }),
        { a: 'x' },
      ),
    ).toEqual({ _: { key: 'v.mismatch' } });
  });

  it('keeps only the first issue for a path', () => {
    const schema = z.object({ code: z.string().min(5, 'v.first').regex(/^\d+$/, 'v.second') });
    expect(fieldsOf(schema, { code: 'ab' })).toEqual({ code: { key: 'v.first' } });
  });

  it('falls back to v.invalid for an issue kind it has no key for', () => {
    const issue = { code: 'custom', path: ['x'], message: 'Something odd', input: 1 } as z.core.$ZodIssue;
    expect(issueToField(issue)).toEqual({ key: 'v.invalid' });
  });
});
