import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../../shared/contract';

type Subject = Pick<FollowUpItem, 'businessId' | 'businessName' | 'participantId' | 'participantName' | 'trainingId' | 'trainingTitle'>;

/** Whom a follow-up is about, as one line of text: the business, else the training participant. */
export function subjectText(item: Subject): string | null {
  return item.businessName ?? item.participantName ?? null;
}

/**
 * Whom a follow-up is about: its business (linked to the profile), else the training participant
 * it checks in on; for a participant's check-in, a line naming the training, linked to it.
 */
export function FollowUpSubject({ item, size = 'sm', strong = false }: { item: Subject; size?: 'sm' | 'xs'; strong?: boolean }) {
  const { t } = useTranslation();
  const fw = strong ? 600 : undefined;
  return (
    <>
      {item.businessId && item.businessName ? (
        <Anchor component={Link} to={`/umkm/${item.businessId}`} size={size} fw={fw} lineClamp={2}>
          {item.businessName}
        </Anchor>
      ) : item.participantName ? (
        <Text size={size} fw={fw} lineClamp={2} data-testid="follow-up-participant">
          {item.participantName}
        </Text>
      ) : (
        <Text size={size}>{t('app.none')}</Text>
      )}
      {item.participantId ? (
        <Text size="xs" c="dimmed" lh={1.35}>
          {item.trainingId && item.trainingTitle ? (
            <Anchor component={Link} to={`/pelatihan/${item.trainingId}`} inherit>
              {t('followUps.participant.training', { title: item.trainingTitle })}
            </Anchor>
          ) : (
            t('followUps.participant.label')
          )}
        </Text>
      ) : null}
    </>
  );
}
