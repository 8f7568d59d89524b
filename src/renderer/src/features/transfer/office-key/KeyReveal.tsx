import { Button, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';

/** The office key in full, on request (audited by the core, asked with a fresh PIN), in groups of four to type at another desk. */
export function KeyReveal({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    setBusy(true);
    try {
      setKey((await call('transfer:revealOfficeKey')).key);
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  if (!key) {
    return (
      <Group>
        <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => void reveal()} loading={busy} disabled={disabled}>
          {t('transfer.officeKey.show')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
        <Text size="xs" c="dimmed" id="office-key-label">
          {t('transfer.officeKey.keyLabel')}
        </Text>
        <Group gap="xs" mt={4} aria-labelledby="office-key-label" role="group" data-testid="office-key-value">
          {key.split('-').map((group, i) => (
            <Text key={i} component="span" ff="monospace" fw={700} fz="lg" style={{ letterSpacing: '0.08em' }}>
              {group}
            </Text>
          ))}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('transfer.officeKey.keyHint')}
        </Text>
      </Paper>
      <Group>
        <CopyButton value={key} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={t('transfer.officeKey.copied')} opened={copied} withArrow>
              <Button variant="light" color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                {t('transfer.officeKey.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
        <Button variant="default" leftSection={<IconEyeOff size={16} />} onClick={() => setKey(null)}>
          {t('transfer.officeKey.hide')}
        </Button>
      </Group>
    </Stack>
  );
}
