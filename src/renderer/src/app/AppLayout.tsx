import { AppShell, Burger, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { OverdueNavBadge } from '../features/follow-ups';
import { ConsultantMenu } from '../features/session';
import { useSettings } from './settings';
import { NAV_ITEMS } from './nav';

function isActive(itemPath: string, pathname: string): boolean {
  return itemPath === '/' ? pathname === '/' : pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}

/** Header (app, office, consultant on duty) and navbar around every section. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="xl"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <ThemeIcon size={36} radius="md" variant="filled">
              <IconBuildingStore size={22} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={700} lh={1.2}>
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate maw={420}>
                {settings?.office.officeName ?? t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <ConsultantMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow component="nav">
          <Stack gap={4}>
            {NAV_ITEMS.map((item) => (
              <NavLink
                key={item.path}
                component={Link}
                to={item.path}
                label={t(item.labelKey)}
                leftSection={<item.icon size={20} stroke={1.6} />}
                rightSection={item.path === '/tindak-lanjut' ? <OverdueNavBadge /> : undefined}
                active={isActive(item.path, pathname)}
                aria-current={isActive(item.path, pathname) ? 'page' : undefined}
                onClick={close}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={500}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm">
            {t('app.tagline')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">{children}</AppShell.Main>
    </AppShell>
  );
}
