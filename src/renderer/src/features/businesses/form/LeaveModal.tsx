import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/contract';

/** "Buka" on a candidate leaves the form: say that the typed draft goes with it. */
export function LeaveModal({
  candidate,
  onStay,
  onLeave,
}: {
  candidate: DuplicateCandidate | null;
  onStay: () => void;
  onLeave: (candidate: DuplicateCandidate) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={candidate !== null} onClose={onStay} title={t('businesses.duplicates.leaveTitle')} centered>
      <Text size="sm" fw={600}>
        {candidate?.name}
      </Text>
      <Text size="sm" mt="xs">
        {t('businesses.duplicates.leave')}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('businesses.duplicates.stay')}
        </Button>
        <Button color="orange" onClick={() => candidate && onLeave(candidate)}>
          {t('businesses.duplicates.leaveConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
