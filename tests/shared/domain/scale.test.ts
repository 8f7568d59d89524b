import { describe, expect, it } from 'vitest';
import {
  classifyScale,
  higherScale,
  isUmkm,
  MAX_RUPIAH,
  optionalRupiah,
  rupiah,
  SCALE_THRESHOLDS,
  scaleByModal,
  scaleBySales,
} from '../../../src/shared/domain';
import { issuesToFields } from '../../../src/shared/validation/issues';

const M = 1_000_000_000;

describe('scale thresholds', () => {
  it('exports the PP 7/2021 bounds in whole Rupiah', () => {
    expect(SCALE_THRESHOLDS).toEqual({
      modal: { mikro: 1 * M, kecil: 5 * M, menengah: 10 * M },
      sales: { mikro: 2 * M, kecil: 15 * M, menengah: 50 * M },
    });
  });
});

describe('scale by modal usaha', () => {
  it('is mikro from zero up to exactly Rp1.000.000.000', () => {
    expect(scaleByModal(0)).toBe('mikro');
    expect(scaleByModal(1_000_000_000)).toBe('mikro');
  });

  it('is kecil from Rp1.000.000.001 up to exactly Rp5 miliar', () => {
    expect(scaleByModal(1_000_000_001)).toBe('kecil');
    expect(scaleByModal(5_000_000_000)).toBe('kecil');
  });

  it('is menengah from Rp5.000.000.001 up to exactly Rp10 miliar', () => {
    expect(scaleByModal(5_000_000_001)).toBe('menengah');
    expect(scaleByModal(10_000_000_000)).toBe('menengah');
  });

  it('is besar above Rp10 miliar', () => {
    expect(scaleByModal(10_000_000_001)).toBe('besar');
  });
});

describe('scale by annual sales', () => {
  it('is mikro up to exactly Rp2.000.000.000', () => {
    expect(scaleBySales(0)).toBe('mikro');
    expect(scaleBySales(2_000_000_000)).toBe('mikro');
  });

  it('is kecil from Rp2.000.000.001 up to exactly Rp15 miliar', () => {
    expect(scaleBySales(2_000_000_001)).toBe('kecil');
    expect(scaleBySales(15_000_000_000)).toBe('kecil');
  });

  it('is menengah from Rp15.000.000.001 up to exactly Rp50 miliar', () => {
    expect(scaleBySales(15_000_000_001)).toBe('menengah');
    expect(scaleBySales(50_000_000_000)).toBe('menengah');
  });

  it('is besar above Rp50 miliar', () => {
    expect(scaleBySales(50_000_000_001)).toBe('besar');
  });
});

describe('classifyScale', () => {
  it('gives no scale when neither figure is known', () => {
    expect(classifyScale({})).toEqual({ scale: null, byModal: null, bySales: null, reasons: [] });
    expect(classifyScale({ modal: null, sales: undefined }).scale).toBeNull();
  });

  it('classifies from modal alone and explains it: Rp1.500.000.000 > Rp1 miliar → kecil', () => {
    expect(classifyScale({ modal: 1_500_000_000 })).toEqual({
      scale: 'kecil',
      byModal: 'kecil',
      bySales: null,
      reasons: [
        { criterion: 'modal', value: 1_500_000_000, scale: 'kecil', bound: 1 * M, relation: 'gt', upper: 5 * M },
      ],
    });
  });

  it('explains mikro by the ceiling it stays within', () => {
    expect(classifyScale({ sales: 300_000_000 }).reasons).toEqual([
      { criterion: 'sales', value: 300_000_000, scale: 'mikro', bound: 2 * M, relation: 'lte', upper: 2 * M },
    ]);
  });

  it('explains besar by the menengah ceiling it exceeds, with no upper bound', () => {
    expect(classifyScale({ sales: 60 * M }).reasons[0]).toMatchObject({ scale: 'besar', bound: 50 * M, upper: null });
  });

  it('treats zero as a known figure, not a missing one', () => {
    expect(classifyScale({ modal: 0 }).scale).toBe('mikro');
  });

  it('takes the higher scale when modal says mikro and sales say kecil', () => {
    const result = classifyScale({ modal: 500_000_000, sales: 2_000_000_001 });
    expect(result).toMatchObject({ scale: 'kecil', byModal: 'mikro', bySales: 'kecil' });
    expect(result.reasons.map((r) => r.criterion)).toEqual(['modal', 'sales']);
  });

  it('takes the higher scale when modal says menengah and sales say mikro', () => {
    expect(classifyScale({ modal: 6 * M, sales: 1 * M })).toMatchObject({
      scale: 'menengah',
      byModal: 'menengah',
      bySales: 'mikro',
    });
  });

  it('stays mikro when both figures sit exactly on the mikro ceilings', () => {
    expect(classifyScale({ modal: 1 * M, sales: 2 * M }).scale).toBe('mikro');
  });

  it('is besar when either figure is above menengah', () => {
    expect(classifyScale({ modal: 1 * M, sales: 50 * M + 1 }).scale).toBe('besar');
  });
});

describe('scale helpers', () => {
  it('orders scales mikro < kecil < menengah < besar', () => {
    expect(higherScale('mikro', 'kecil')).toBe('kecil');
    expect(higherScale('besar', 'menengah')).toBe('besar');
    expect(higherScale('kecil', 'kecil')).toBe('kecil');
  });

  it('counts only besar as outside UMKM', () => {
    expect(isUmkm('menengah')).toBe(true);
    expect(isUmkm('besar')).toBe(false);
  });
});

describe('rupiah', () => {
  const keyOf = (value: unknown) => {
    const result = rupiah.safeParse(value);
    return result.success ? null : issuesToFields(result.error.issues)._?.key;
  };

  it('accepts zero and whole amounts up to Rp10^15', () => {
    expect(rupiah.parse(0)).toBe(0);
    expect(rupiah.parse(1_250_000)).toBe(1_250_000);
    expect(rupiah.parse(MAX_RUPIAH)).toBe(1e15);
  });

  it('refuses negative, fractional and too large amounts with v.money', () => {
    expect(keyOf(-1)).toBe('v.money');
    expect(keyOf(1.5)).toBe('v.money');
    expect(keyOf(MAX_RUPIAH + 1)).toBe('v.money');
  });

  it('refuses strings, NaN and Infinity with v.money: the screens send numbers', () => {
    expect(keyOf('1000000')).toBe('v.money');
    expect(keyOf(Number.NaN)).toBe('v.money');
    expect(keyOf(Number.POSITIVE_INFINITY)).toBe('v.money');
  });

  it('asks for a value when none is sent', () => {
    expect(keyOf(undefined)).toBe('v.required');
    expect(keyOf(null)).toBe('v.required');
  });

  it('optionalRupiah turns null and undefined into null and still checks numbers', () => {
    expect(optionalRupiah.parse(null)).toBeNull();
    expect(optionalRupiah.parse(undefined)).toBeNull();
    expect(optionalRupiah.parse(5_000)).toBe(5_000);
    expect(optionalRupiah.safeParse(-5).success).toBe(false);
  });
});
