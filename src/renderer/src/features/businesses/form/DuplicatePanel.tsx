import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCopyCheck, IconExternalLink, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/contract';

interface DuplicatePanelProps {
  candidates: DuplicateCandidate[];
  checking: boolean;
  /** The server refused the save because of these candidates. */
  blocked: boolean;
  dismissedCount: number;
  onOpen: (candidate: DuplicateCandidate) => void;
  onDismiss: (candidate: DuplicateCandidate) => void;
  onUndo: () => void;
}

/** Reasons that mean "the same thing identifies both", stronger than a look-alike name. */
const IDENTIFIERS = new Set<DuplicateCandidate['reasons'][number]>(['nik', 'nib', 'phone']);

function CandidateCard({ c, onOpen, onDismiss }: { c: DuplicateCandidate } & Pick<DuplicatePanelProps, 'onOpen' | 'onDismiss'>) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="md" data-testid="duplicate-candidate">
      <Stack gap={6}>
        <div>
          <Text fw={600} size="sm" lh={1.3}>
            {c.name}
          </Text>
          <Text size="xs" c="dimmed">
            {[c.ownerName, c.regencyName].filter(Boolean).join(' · ') || t('businesses.detail.none')}
          </Text>
        </div>
        <Group gap={4}>
          {c.reasons.map((r) => (
            <Badge key={r} size="sm" variant="light" tt="none" color={IDENTIFIERS.has(r) ? 'red' : 'yellow'}>
              {t(`businesses.duplicates.reasons.${r}`)}
            </Badge>
          ))}
        </Group>
        {c.notes?.length ? (
          <Text size="xs" c="dimmed">
            {t('businesses.duplicates.notesLabel')} {c.notes.map((n) => t(`businesses.duplicates.notes.${n}`)).join(', ')}
          </Text>
        ) : null}
        <Group gap={6}>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconExternalLink size={14} />}
            aria-label={t('businesses.duplicates.openNamed', { name: c.name })}
            onClick={() => onOpen(c)}
          >
            {t('businesses.duplicates.open')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} />}
            aria-label={t('businesses.duplicates.notDuplicateNamed', { name: c.name })}
            onClick={() => onDismiss(c)}
          >
            {t('businesses.duplicates.notDuplicate')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Beside the new-profile form: look-alike profiles found while typing, each to open or set aside. */
export function DuplicatePanel({ candidates, checking, blocked, dismissedCount, onOpen, onDismiss, onUndo }: DuplicatePanelProps) {
  const { t } = useTranslation();
  const found = candidates.length > 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      role="region"
      aria-label={t('businesses.duplicates.title')}
      style={found ? { borderColor: 'var(--mantine-color-yellow-5)' } : undefined}
    >
      <Stack gap="sm">
        <Group gap={8} wrap="nowrap">
          {found ? <IconAlertTriangle size={18} color="var(--mantine-color-yellow-7)" /> : <IconCopyCheck size={18} />}
          <Title order={2} size="h5">
            {t('businesses.duplicates.title')}
          </Title>
          {checking ? (
            <Text size="xs" c="dimmed" ml="auto">
              {t('businesses.duplicates.checking')}
            </Text>
          ) : null}
        </Group>
        {blocked && found ? (
          <Alert color="red" variant="light" title={t('businesses.duplicates.blockedTitle')} role="alert" p="xs">
            <Text size="xs">{t('businesses.duplicates.blocked')}</Text>
          </Alert>
        ) : null}
        {found ? (
          <>
            <Text size="sm" fw={600} c="yellow.9" role="status">
              {t('businesses.duplicates.found')}
            </Text>
            {candidates.map((c) => (
              <CandidateCard key={c.id} c={c} onOpen={onOpen} onDismiss={onDismiss} />
            ))}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('businesses.duplicates.none')} {t('businesses.duplicates.idle')}
          </Text>
        )}
        {dismissedCount > 0 ? (
          <Text size="xs" c="dimmed">
            {t('businesses.duplicates.dismissed', { count: dismissedCount })}{' '}
            <Anchor component="button" type="button" size="xs" onClick={onUndo}>
              {t('businesses.duplicates.undo')}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
