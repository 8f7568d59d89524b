import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseIsoDate, toIsoDate } from '../../../shared/domain/dates';

/** Typed dates are read the Indonesian way: `28/11/2026`, `28-11-2026`, `28.11.2026`, or ISO. */
export function parseTypedDay(input: string): string | null {
  const text = input.trim();
  const dmy = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(text);
  if (dmy) {
    const iso = toIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    return parseIsoDate(iso) ? iso : null;
  }
  return parseIsoDate(text) ? text : null;
}

/** A calendar day as `YYYY-MM-DD`, shown and typed as `DD/MM/YYYY`. */
export function DateField(props: DateInputProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDay}
      placeholder={t('businesses.hints.date')}
      clearable
      {...props}
    />
  );
}
