import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocale } from '../../app/i18n';
import { formatDateFull, hourIn } from '../../lib/format';
import { BackupHomeNotice } from '../backups';
import { DraftsNotice } from '../consultations';
import { DashboardPanel } from '../dashboard';
import { FollowUpSummary, IdleBusinessesCard } from '../follow-ups';
import { useSession } from '../session';
import { useOfficeTimeZone, useSettings } from '../../app/settings';

function greetingKey(hour: number): string {
  if (hour < 11) return 'home.morning';
  if (hour < 15) return 'home.midday';
  if (hour < 18) return 'home.afternoon';
  return 'home.evening';
}

/** Re-renders each minute so the greeting and date follow the clock past midnight. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { settings } = useSettings();
  const timeZone = useOfficeTimeZone();
  const now = useNow();
  const name = session?.consultant?.name ?? '';
  const office = settings?.office;
  const incomplete = office && (!office.address || !office.regencyCode || !office.logoDataUrl);

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t(greetingKey(hourIn(now, timeZone)), { name })}
        </Title>
        <Text c="dimmed" size="lg">
          {t('home.today', { date: formatDateFull(now, timeZone, intlLocale(i18n.language)) })}
        </Text>
      </Stack>

      <FollowUpSummary />

      <DraftsNotice />

      {incomplete ? (
        <Alert variant="light" icon={<IconInfoCircle size={20} />} title={t('home.completeProfile')}>
          <Text size="sm">{t('home.completeProfileHint')}</Text>
          <Anchor component={Link} to="/pengaturan/kantor" size="sm" fw={600} mt={6} display="inline-block">
            {t('home.openSettings')}
          </Anchor>
        </Alert>
      ) : null}

      <BackupHomeNotice />

      <IdleBusinessesCard />

      <DashboardPanel />
    </Stack>
  );
}
