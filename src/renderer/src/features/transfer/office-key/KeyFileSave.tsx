import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDeviceFloppy, IconFolder, IconRefresh, IconUsb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../../lib/api';
import { formatBytes } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';

/** "Simpan berkas kunci ke flashdisk": a detected stick or a folder through the dialog, as the export's target step. */
export function KeyFileSave({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const drives = useApiQuery('transfer:drives');
  const [target, setTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const writable = (drives.data ?? []).filter((d) => d.writable);
  const onDrive = writable.some((d) => d.mountPath === target);

  const chooseFolder = async () => {
    try {
      const { path } = await call('transfer:chooseFolder');
      if (path) setTarget(path);
    } catch (err) {
      notifyError(toApiError(err));
    }
  };
  const save = async () => {
    if (!target) return;
    setBusy(true);
    try {
      const { path } = await call('transfer:saveOfficeKeyFile', { targetDir: target });
      setSaved(path);
      notifySuccess(t('transfer.officeKey.saved', { path }));
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      {writable.length > 0 ? (
        <Radio.Group value={onDrive ? target : null} onChange={setTarget} aria-label={t('transfer.target.drives')}>
          <Stack gap="xs">
            {writable.map((d) => (
              <Radio.Card key={d.mountPath} value={d.mountPath} radius="md" p="xs" aria-label={d.label} disabled={disabled}>
                <Group wrap="nowrap">
                  <Radio.Indicator disabled={disabled} />
                  <IconUsb size={20} stroke={1.5} aria-hidden />
                  <div>
                    <Text fw={600} size="sm">
                      {d.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {d.mountPath} · {t('transfer.target.free', { free: formatBytes(d.freeBytes), total: formatBytes(d.totalBytes) })}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      ) : drives.data ? (
        <Text size="sm" c="dimmed">
          {t('transfer.target.noDrives')}
        </Text>
      ) : null}
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconRefresh size={16} />} onClick={drives.refetch} loading={drives.loading}>
          {t('transfer.target.refresh')}
        </Button>
        <Button variant="default" leftSection={<IconFolder size={16} />} onClick={() => void chooseFolder()} disabled={disabled}>
          {t('transfer.target.chooseFolder')}
        </Button>
      </Group>
      <Text size="sm" c={target ? undefined : 'dimmed'} fw={target ? 600 : undefined} style={{ overflowWrap: 'anywhere' }} data-testid="office-key-target">
        {target ? t('transfer.target.chosen', { path: target }) : t('transfer.target.none')}
      </Text>
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={busy} disabled={disabled || !target}>
          {t('transfer.officeKey.save')}
        </Button>
      </Group>
      {saved ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="office-key-saved">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('transfer.officeKey.saved', { path: saved })}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
