import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `930`, `9.30`, `09.30` or `9:30` -> `09:30`; anything else is left as typed for the check to name. */
export function normalizeTime(input: string): string {
  const m = /^(\d{1,2})[.:]?(\d{2})$/.exec(input.trim());
  if (!m) return input.trim();
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
}

/**
 * A time of day typed as 24-hour `JJ:MM`. Not the browser's time input: that one shows AM/PM on a
 * computer set to English, whatever the office writes.
 */
export function TimeField({ value, onChange, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      placeholder={t('consultations.form.timePlaceholder')}
      inputMode="numeric"
      maxLength={5}
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const normal = normalizeTime(e.currentTarget.value);
        if (normal !== value) onChange(normal);
      }}
      {...props}
    />
  );
}
