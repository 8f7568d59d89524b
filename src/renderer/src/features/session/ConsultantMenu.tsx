import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconSwitchHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { initials } from './initials';
import { useSession } from './SessionProvider';

/** The consultant on duty, in the header, with "Ganti konsultan". */
export function ConsultantMenu() {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const consultant = session?.consultant;
  if (!consultant) return null;

  const endSession = async () => {
    try {
      setSession(await call('session:end'));
    } catch (err) {
      notifyError(toApiError(err));
    }
  };

  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton data-testid="session-menu" px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="klinik" radius="xl" size="md">
              {initials(consultant.name)}
            </Avatar>
            <Stack gap={0}>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('session.onDuty')}
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
        <Menu.Item leftSection={<IconSwitchHorizontal size={16} />} onClick={() => void endSession()}>
          {t('session.switch')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
