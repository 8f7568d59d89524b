import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { ChangePinModal } from './ChangePinModal';
import { initials } from './initials';
import { useSession } from './SessionProvider';

/** The consultant on duty, in the header: their role, "Ubah PIN", "Kunci sekarang" and "Ganti konsultan". */
export function ConsultantMenu() {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const [changingPin, setChangingPin] = useState(false);
  const consultant = session?.consultant;
  if (!consultant) return null;

  const run = async (channel: 'session:end' | 'session:lock') => {
    try {
      setSession(await call(channel));
    } catch (err) {
      notifyError(toApiError(err));
    }
  };

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton data-testid="session-menu" px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="klinik" radius="xl" size="md">
                {initials(consultant.name)}
              </Avatar>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t('session.onDuty')}
                  {consultant.role === 'admin' ? (
                    <Badge component="span" size="xs" variant="light" ml={6}>
                      {t('lock.admin')}
                    </Badge>
                  ) : null}
                </Text>
                <Text size="sm" fw={600} lh={1.3}>
                  {consultant.name}
                </Text>
              </Stack>
              <IconChevronDown size={16} stroke={1.5} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('session.menuLabel')}</Menu.Label>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void run('session:lock')}>
            {t('lock.lockNow')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPin(true)}>
            {t('lock.changePin')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSwitchHorizontal size={16} />} onClick={() => void run('session:end')}>
            {t('session.switch')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePinModal opened={changingPin} onClose={() => setChangingPin(false)} />
    </>
  );
}
