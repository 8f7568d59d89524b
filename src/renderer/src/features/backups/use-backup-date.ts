import { useTranslation } from 'react-i18next';
import { useOfficeTimeZone } from '../settings/SettingsProvider';
import { formatBackupDate } from './format';

/** Formats a backup's time for the UI language, in the office's time zone. */
export function useBackupDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (iso) => formatBackupDate(iso, timeZone, i18n.language);
}
