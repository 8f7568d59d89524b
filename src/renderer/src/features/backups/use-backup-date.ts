import { useTranslation } from 'react-i18next';
import { useOfficeTimeZone } from '../../app/settings';
import { formatDateTime } from '../../lib/format';

/** Formats a backup's time for the UI language, in the office's time zone. */
export function useBackupDate(): (iso: string) => string {
  useTranslation(); // re-render on a language switch
  const timeZone = useOfficeTimeZone();
  return (iso) => formatDateTime(iso, timeZone);
}
