import { Alert, Badge, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/contract';
import type { ImportChoices } from './choices';

/** New businesses that look like ones here: link ("tautkan"), not a duplicate, or decide later. */
export function DuplicateList({ preview, choices, onChange }: { preview: ImportPreview; choices: ImportChoices; onChange: (c: ImportChoices) => void }) {
  const { t } = useTranslation();
  if (preview.duplicates.length === 0 && !preview.duplicatesTruncated) return null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t('transfer.import.duplicatesTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('transfer.import.duplicatesHint')}
      </Text>
      {preview.duplicatesTruncated ? (
        <Alert color="yellow" py="xs">
          {t('transfer.import.duplicatesTruncated')}
        </Alert>
      ) : null}
      {preview.duplicates.map((d) => (
        <Paper key={d.incomingId} withBorder radius="md" p="sm" data-testid="import-duplicate">
          <Text fw={600}>{d.name}</Text>
          {d.ownerName ? (
            <Text size="xs" c="dimmed">
              {t('transfer.import.owner', { name: d.ownerName })}
            </Text>
          ) : null}
          <Radio.Group
            mt="xs"
            aria-label={t('transfer.import.duplicateChoice', { name: d.name })}
            value={choices.duplicates[d.incomingId] ?? ''}
            onChange={(v) => onChange({ ...choices, duplicates: { ...choices.duplicates, [d.incomingId]: v } })}
          >
            <Stack gap={6}>
              {d.candidates.map((c) => (
                <Radio
                  key={c.id}
                  value={`merge:${c.id}`}
                  label={
                    <Group gap={6}>
                      <span>{t('transfer.import.link', { name: c.name })}</span>
                      {[c.ownerName, c.regencyName].filter(Boolean).length > 0 ? (
                        <Text span size="xs" c="dimmed">
                          {[c.ownerName, c.regencyName].filter(Boolean).join(' · ')}
                        </Text>
                      ) : null}
                      {c.reasons.map((r) => (
                        <Badge key={r} size="xs" variant="light" color="orange">
                          {t(`businesses.duplicates.reasons.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  }
                />
              ))}
              <Radio value="notDuplicate" label={t('transfer.import.notDuplicate')} />
              <Radio value="" label={t('transfer.import.decideLater')} />
            </Stack>
          </Radio.Group>
        </Paper>
      ))}
    </Stack>
  );
}
