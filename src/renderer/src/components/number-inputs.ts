import type { NumberInputProps } from '@mantine/core';
import { MAX_RUPIAH } from '../../../shared/domain/scale';

/** Whole Rupiah typed the Indonesian way: `Rp1.250.000`. Spread on a NumberInput. */
export const RUPIAH_INPUT: NumberInputProps = {
  prefix: 'Rp',
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  hideControls: true,
  min: 0,
  max: MAX_RUPIAH,
  clampBehavior: 'none',
};

/** A whole count of people or things, `1.250` the Indonesian way, up to `max`. */
export function countInput(max: number): NumberInputProps {
  return { allowDecimal: false, allowNegative: false, thousandSeparator: '.', decimalSeparator: ',', min: 0, max, clampBehavior: 'none' };
}
