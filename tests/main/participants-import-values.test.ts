import { describe, expect, it } from 'vitest';
import {
  cleanName,
  fieldOfHeader,
  parseAge,
  parseDate,
  parseGender,
  parsePhone,
  parseYesNo,
  suggestMapping,
  uniqueHeaders,
} from '../../src/main/modules/trainings/import-values';
import { decodeText, sniffSeparator } from '../../src/main/modules/trainings/sheet-reader';

const TODAY = '2026-06-15';

describe('reading participant sheet values', () => {
  it('knows the headers consultants write, in Indonesian and English', () => {
    const cases: Array<[string, string | null]> = [
      ['Nama', 'name'],
      ['Nama Lengkap', 'name'],
      ['NAMA PESERTA', 'name'],
      ['Full name', 'name'],
      ['Nama Depan', 'firstName'],
      ['Nama Belakang', 'lastName'],
      ['Jenis Kelamin', 'gender'],
      ['L/P', 'gender'],
      ['Gender', 'gender'],
      ['Tanggal Lahir', 'birthDate'],
      ['Tgl. Lahir', 'birthDate'],
      ['Tempat, Tanggal Lahir', 'birthDate'],
      ['Tempat Lahir', null],
      ['Umur', 'age'],
      ['Usia (th)', 'age'],
      ['No HP', 'phone'],
      ['No. HP/WA', 'phone'],
      ['Telepon', 'phone'],
      ['WhatsApp', 'phone'],
      ['Nama Usaha', 'businessName'],
      ['Jenis Usaha', null],
      ['Punya Usaha?', 'hasBusiness'],
      ['Kabupaten/Kota', 'regency'],
      ['Kota', 'regency'],
      ['Keterangan', 'notes'],
      ['Alamat', null],
      ['No', null],
    ];
    for (const [header, field] of cases) expect([header, fieldOfHeader(header)]).toEqual([header, field]);
    expect(suggestMapping(['Nama', 'Nama Depan', 'Nama Belakang', 'HP', 'WA'])).toEqual({
      Nama: null,
      'Nama Depan': 'firstName',
      'Nama Belakang': 'lastName',
      HP: 'phone',
      WA: null,
    });
    expect(uniqueHeaders(['Nama', null, 'Nama', '  '], 5)).toEqual(['Nama', 'Kolom 2', 'Nama (2)', 'Kolom 4', 'Kolom 5']);
  });

  it('title-cases names only when written all in capitals', () => {
    expect(cleanName('  SITI   NURHALIZA ')).toBe('Siti Nurhaliza');
    expect(cleanName('H. MUHAMMAD ALI-IMRAN')).toBe('H. Muhammad Ali-Imran');
    expect(cleanName("NUR'AINI")).toBe("Nur'aini");
    expect(cleanName('dewi sartika')).toBe('dewi sartika');
    expect(cleanName('Yohana McKenzie')).toBe('Yohana McKenzie');
  });

  it('reads genders in their many forms', () => {
    for (const raw of ['L', 'l', 'Laki-laki', 'LAKI LAKI', 'Pria', 'M', 'male', 'Lk', 'lk.']) expect([raw, parseGender(raw)]).toEqual([raw, 'L']);
    for (const raw of ['P', 'Perempuan', 'WANITA', 'F', 'female', 'pr', 'W']) expect([raw, parseGender(raw)]).toEqual([raw, 'P']);
    expect(parseGender('')).toBeNull();
    expect(parseGender('X')).toBe('invalid');
  });

  it('reads birth dates: Excel dates and serials, day first, Indonesian month names, ISO', () => {
    expect(parseDate(new Date(Date.UTC(1990, 2, 12)), TODAY)).toBe('1990-03-12');
    expect(parseDate(32944, TODAY)).toBe('1990-03-12');
    expect(parseDate('12/03/1990', TODAY)).toBe('1990-03-12');
    expect(parseDate('12-3-1990', TODAY)).toBe('1990-03-12');
    expect(parseDate('12.03.90', TODAY)).toBe('1990-03-12');
    expect(parseDate('05/11/05', TODAY)).toBe('2005-11-05');
    expect(parseDate('12 Maret 1990', TODAY)).toBe('1990-03-12');
    expect(parseDate('1 Agt 1999', TODAY)).toBe('1999-08-01');
    expect(parseDate('17 Agustus 1945', TODAY)).toBe('1945-08-17');
    expect(parseDate('3 Nopember 2000', TODAY)).toBe('2000-11-03');
    expect(parseDate('12-Des-1988', TODAY)).toBe('1988-12-12');
    expect(parseDate('Samarinda, 12 Mei 1990', TODAY)).toBe('1990-05-12');
    expect(parseDate('1990-03-12', TODAY)).toBe('1990-03-12');
    expect(parseDate('12/03/1990 00:00', TODAY)).toBe('1990-03-12');
    expect(parseDate('', TODAY)).toBeNull();
    expect(parseDate(null, TODAY)).toBeNull();
    for (const bad of ['31/02/1990', '12 Foo 1990', 'kemarin', '1990', '13/13/1990']) expect([bad, parseDate(bad, TODAY)]).toEqual([bad, 'invalid']);
  });

  it('reads ages as whole years', () => {
    expect(parseAge(25)).toBe(25);
    expect(parseAge('25 tahun')).toBe(25);
    expect(parseAge('30 th')).toBe(30);
    expect(parseAge('')).toBeNull();
    expect(parseAge('dua puluh')).toBe('invalid');
    expect(parseAge(25.5)).toBe('invalid');
  });

  it('reads phones in every usual form, including one Excel stored as a number', () => {
    for (const raw of ['081234567890', '0812-3456-7890', '+62 812 3456 7890', '62812-3456-7890', '812-3456-7890', "'081234567890", '0812.3456.7890', '(0812) 3456 7890']) {
      expect([raw, parsePhone(raw)]).toEqual([raw, '+6281234567890']);
    }
    expect(parsePhone(81234567890)).toBe('+6281234567890');
    expect(parsePhone(6281234567890)).toBe('+6281234567890');
    expect(parsePhone('0812-3456-7890 / 0813-1111-2222')).toBe('+6281234567890');
    expect(parsePhone('0541-123456')).toBe('+62541123456');
    expect(parsePhone('')).toBeNull();
    expect(parsePhone('-')).toBeNull();
    for (const bad of ['12345', 'tidak ada', '8.12346E+09']) expect([bad, parsePhone(bad)]).toEqual([bad, 'invalid']);
  });

  it('reads yes and no', () => {
    for (const yes of ['ya', 'Ya', 'YES', '1', '✓', '√', 'sudah', 'Ada']) expect([yes, parseYesNo(yes)]).toEqual([yes, true]);
    for (const no of ['tidak', 'Tidak.', 'no', '0', 'belum', '-', 'tdk']) expect([no, parseYesNo(no)]).toEqual([no, false]);
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('mungkin')).toBe('invalid');
  });

  it('decodes UTF-8 with or without a BOM and falls back to Windows-1252; finds the separator', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toBe('Café');
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
    expect(sniffSeparator('Nama;No HP\nSri;0812')).toBe(';');
    expect(sniffSeparator('Nama,No HP\nSri,0812')).toBe(',');
    expect(sniffSeparator('"Goretti, Maria";0812\nSri;0813')).toBe(';');
    expect(sniffSeparator('Nama\tHP\nSri\t0812')).toBe('\t');
  });
});
