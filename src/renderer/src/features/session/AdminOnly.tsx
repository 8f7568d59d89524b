import { Alert } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './SessionProvider';

/** Whether the consultant on duty is an admin (kepala/koordinator). */
export function useIsAdmin(): boolean {
  return useSession().session?.consultant?.role === 'admin';
}

/**
 * An admin's screen: a konsultan sees why it is closed instead. The core refuses their calls
 * anyway (the channel guards); this keeps them from filling in a form that could not be saved.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (useIsAdmin()) return <>{children}</>;
  return (
    <Alert color="yellow" variant="light" icon={<IconShieldLock size={20} />} title={t('lock.adminOnlyTitle')} role="alert" data-testid="admin-only">
      {t('lock.adminOnlyBody')}
    </Alert>
  );
}
