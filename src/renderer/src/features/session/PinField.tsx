import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PIN_MAX, pin } from '../../../../shared/contract';
import { translateIssue } from '../../lib/form-errors';

/** A PIN: digits only on the keyboard that has them, never remembered or suggested by the browser. */
export function PinField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={PIN_MAX}
      spellCheck={false}
      visibilityToggleButtonProps={{ 'aria-label': t('lock.showPin') }}
      {...props}
    />
  );
}

/** A PIN field's own check, with the shared schema's sentence (empty, or not 4–8 digits). */
export function pinError(value: string): string | null {
  const parsed = pin.safeParse(value);
  return parsed.success ? null : translateIssue({ key: parsed.error.issues[0]?.message ?? 'v.pinFormat' });
}
