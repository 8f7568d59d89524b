import { Badge, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportConflict, ImportPreview } from '../../../../../shared/contract';
import { formatDate, formatNumber, localeOf } from '../../../lib/format';
import { useOfficeTimeZone } from '../../../app/settings';
import { conflictKey, type ImportChoices, type Keep } from './choices';

/** `29/11/2026 01.41.07`: two desks often change a record within the same minute. */
function formatWithSeconds(iso: string, timeZone: string): string {
  const time = new Intl.DateTimeFormat(localeOf(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
  return `${formatDate(iso, timeZone)} ${time}`;
}

function Side({ title, updatedAt, deleted, highlight }: { title: string; updatedAt: string; deleted: boolean; highlight: boolean }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Paper withBorder radius="sm" p="xs" bg={highlight ? 'var(--mantine-primary-color-light)' : undefined}>
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

function ConflictCard({ conflict, keep, onKeep }: { conflict: ImportConflict; keep: Keep; onKeep: (k: Keep) => void }) {
  const { t } = useTranslation();
  const fieldName = (f: string) => t(`transfer.columns.${f}`, { defaultValue: f });
  // Search keys (name_key, ...) are derived from the fields shown; listing them says nothing new.
  const fields = conflict.fields.filter((f) => !f.endsWith('_key'));
  return (
    <Paper withBorder radius="md" p="sm" data-testid="import-conflict">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Text fw={600}>{conflict.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`transfer.tables.${conflict.table}`)}
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          aria-label={`${t('transfer.import.keep')}: ${conflict.label}`}
          value={keep}
          onChange={(v) => onKeep(v as Keep)}
          data={[
            { value: 'local', label: t('transfer.import.keepLocal') },
            { value: 'incoming', label: t('transfer.import.keepIncoming') },
          ]}
        />
      </Group>
      <SimpleGrid cols={2} spacing="xs">
        <Side title={t('transfer.import.here')} updatedAt={conflict.localUpdatedAt} deleted={conflict.localDeleted} highlight={keep === 'local'} />
        <Side title={t('transfer.import.incoming')} updatedAt={conflict.incomingUpdatedAt} deleted={conflict.incomingDeleted} highlight={keep === 'incoming'} />
      </SimpleGrid>
      {fields.length > 0 ? (
        <Group gap={4} mt="xs">
          <Text size="xs" c="dimmed">
            {t('transfer.import.differs')}:
          </Text>
          {fields.map((f) => (
            <Badge key={f} size="xs" variant="outline" color="gray" tt="none">
              {fieldName(f)}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Paper>
  );
}

/** Records changed at both desks, both versions side by side, with a choice for each. */
export function ConflictList({ preview, choices, onChange }: { preview: ImportPreview; choices: ImportChoices; onChange: (c: ImportChoices) => void }) {
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
        <ConflictCard
          key={conflictKey(c)}
          conflict={c}
          keep={choices.keep[conflictKey(c)] ?? 'local'}
          onKeep={(k) => onChange({ ...choices, keep: { ...choices.keep, [conflictKey(c)]: k } })}
        />
      ))}
      {hidden > 0 ? (
        <Group align="flex-end">
          <Text size="sm">{t('transfer.import.conflictsMore', { shown: formatNumber(preview.conflicts.length), total: formatNumber(preview.conflictsTotal) })}</Text>
          <Select
            label={t('transfer.import.otherConflicts')}
            value={choices.otherConflicts}
            allowDeselect={false}
            onChange={(v) => onChange({ ...choices, otherConflicts: (v as Keep) ?? 'local' })}
            data={[
              { value: 'local', label: t('transfer.import.keepLocal') },
              { value: 'incoming', label: t('transfer.import.keepIncoming') },
            ]}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
