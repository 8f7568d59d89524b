import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../../../shared/contract';
import { deadlineState } from './deadline';

/** The current time, renewed every minute, so a countdown moves while the screen is open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "Sisa 47 jam 12 menit", red once overdue and orange in the last 24 hours; how it closed once answered. */
export function Countdown({ request }: { request: Pick<PrivacyRequest, 'status' | 'deadlineAt' | 'answeredAt'> }) {
  const { t } = useTranslation();
  const now = useMinuteClock();
  const s = deadlineState(request, now);
  if (s.kind === 'answeredOnTime' || s.kind === 'answeredLate') {
    return (
      <Badge variant="outline" color={s.kind === 'answeredOnTime' ? 'teal.9' : 'red.8'} tt="none">
        {t(`privacyRequests.countdown.${s.kind}`)}
      </Badge>
    );
  }
  return (
    <Badge variant={s.kind === 'overdue' ? 'filled' : 'outline'} color={s.kind === 'overdue' ? 'red.8' : s.urgent ? 'orange.9' : 'blue.8'} tt="none">
      {t(`privacyRequests.countdown.${s.kind}`, { hours: s.hours, minutes: s.minutes })}
    </Badge>
  );
}
