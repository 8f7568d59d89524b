import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportConflict, ImportPreview } from '../../../../../shared/contract';
import { formatDate, formatNumber, localeOf } from '../../../lib/format';
import { useOfficeTimeZone } from '../../../app/settings';
import { columnLabel, shownFields } from '../conflicts/labels';
import { conflictKey } from './choices';

/** `29/11/2026 01.41.07`: two desks often change a record within the same minute. */
function formatWithSeconds(iso: string, timeZone: string): string {
  const time = new Intl.DateTimeFormat(localeOf(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
  return `${formatDate(iso, timeZone)} ${time}`;
}

function Side({ title, updatedAt, deleted }: { title: string; updatedAt: string; deleted: boolean }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Paper withBorder radius="sm" p="xs">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      <Text size="sm">{t('transfer.import.changedAt', { when: formatWithSeconds(updatedAt, timeZone) })}</Text>
      {deleted ? (
        <Badge color="red" variant="light" size="sm" mt={4}>
          {t('transfer.import.deleted')}
        </Badge>
      ) : null}
    </Paper>
  );
}

function ConflictCard({ conflict }: { conflict: ImportConflict }) {
  const { t } = useTranslation();
  const fields = shownFields(conflict.fields);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="import-conflict">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Text fw={600}>{conflict.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`transfer.tables.${conflict.table}`)}
          </Text>
        </div>
        <Badge variant="light" color="orange" tt="none" leftSection={<IconClockPause size={12} />}>
          {t('transfer.import.willWait')}
        </Badge>
      </Group>
      <SimpleGrid cols={2} spacing="xs">
        <Side title={t('transfer.import.here')} updatedAt={conflict.localUpdatedAt} deleted={conflict.localDeleted} />
        <Side title={t('transfer.import.incoming')} updatedAt={conflict.incomingUpdatedAt} deleted={conflict.incomingDeleted} />
      </SimpleGrid>
      {fields.length > 0 ? (
        <Group gap={4} mt="xs">
          <Text size="xs" c="dimmed">
            {t('transfer.import.differs')}:
          </Text>
          {fields.map((f) => (
            <Badge key={f} size="xs" variant="outline" color="gray" tt="none">
              {columnLabel(t, f)}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Paper>
  );
}

/** Records changed at both desks, both versions' dates side by side: read only, since the apply parks them in Konflik. */
export function ConflictList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  if (preview.conflictsTotal === 0) return null;
  const hidden = preview.conflictsTotal - preview.conflicts.length;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t('transfer.import.conflictsTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('transfer.import.conflictsHint')}
      </Text>
      {preview.conflicts.map((c) => (
        <ConflictCard key={conflictKey(c)} conflict={c} />
      ))}
      {hidden > 0 ? (
        <Text size="sm">{t('transfer.import.conflictsMore', { shown: formatNumber(preview.conflicts.length), total: formatNumber(preview.conflictsTotal) })}</Text>
      ) : null}
    </Stack>
  );
}
