import { Alert, Button, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFolder, IconRefresh, IconUsb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { formatBytes } from '../../../lib/format';
import type { StepProps } from './step-props';

/** Step 1: a detected USB stick, or any folder through the dialog. */
export function TargetStep({ values, set, errors }: StepProps) {
  const { t } = useTranslation();
  const drives = useApiQuery('transfer:drives');
  const [choosing, setChoosing] = useState(false);
  const list = drives.data ?? [];
  const onDrive = list.some((d) => d.mountPath === values.targetDir);

  const chooseFolder = async () => {
    setChoosing(true);
    try {
      const { path } = await call('transfer:chooseFolder');
      if (path) set({ targetDir: path, targetLabel: null });
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setChoosing(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">{t('transfer.target.drives')}</Title>
        <Button variant="subtle" size="compact-sm" leftSection={<IconRefresh size={16} />} onClick={drives.refetch} loading={drives.loading}>
          {t('transfer.target.refresh')}
        </Button>
      </Group>
      {drives.error ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {t('transfer.target.drivesFailed')}
        </Alert>
      ) : !drives.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : list.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="no-drives">
          {t('transfer.target.noDrives')}
        </Text>
      ) : (
        <Radio.Group
          value={onDrive ? values.targetDir : null}
          onChange={(path) => set({ targetDir: path, targetLabel: list.find((d) => d.mountPath === path)?.label ?? null })}
          aria-label={t('transfer.target.drives')}
        >
          <Stack gap="xs">
            {list.map((d) => (
              <Radio.Card key={d.mountPath} value={d.mountPath} disabled={!d.writable} radius="md" p="sm" aria-label={d.label}>
                <Group wrap="nowrap" align="flex-start" opacity={d.writable ? 1 : 0.6}>
                  <Radio.Indicator disabled={!d.writable} />
                  <IconUsb size={22} stroke={1.5} />
                  <div>
                    <Text fw={600}>{d.label}</Text>
                    <Text size="sm" c="dimmed">
                      {d.mountPath}
                    </Text>
                    <Text size="sm">{t('transfer.target.free', { free: formatBytes(d.freeBytes), total: formatBytes(d.totalBytes) })}</Text>
                    {!d.writable ? (
                      <Text size="sm" c="red">
                        {t('transfer.target.readOnly')}
                      </Text>
                    ) : null}
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Group>
        <Button variant="default" leftSection={<IconFolder size={16} />} onClick={() => void chooseFolder()} loading={choosing}>
          {t('transfer.target.chooseFolder')}
        </Button>
      </Group>
      <Text size="sm" fw={values.targetDir ? 600 : undefined} c={errors['targetDir'] ? 'red' : values.targetDir ? undefined : 'dimmed'} data-testid="export-target" role={errors['targetDir'] ? 'alert' : undefined}>
        {errors['targetDir'] ?? (values.targetDir ? t('transfer.target.chosen', { path: values.targetDir }) : t('transfer.target.none'))}
      </Text>
    </Stack>
  );
}
