import { ActionIcon, Badge, Button, Group, Loader, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultant } from '../../../../shared/contract';
import { formatPhoneLocal } from '../../../../shared/validation/fields';
import { InlineError } from '../../components/InlineError';
import { useApiQuery } from '../../lib/query';
import { useSession } from '../session';
import { ConsultantFormModal } from './ConsultantFormModal';
import { ResetPinModal } from './ResetPinModal';

export function ConsultantsTab() {
  const { t } = useTranslation();
  const { session } = useSession();
  const list = useApiQuery('consultants:list', { includeInactive: true });
  const [editing, setEditing] = useState<Consultant | null>(null);
  const [opened, setOpened] = useState(false);
  const [resetting, setResetting] = useState<Consultant | null>(null);

  const open = (consultant: Consultant | null) => {
    setEditing(consultant);
    setOpened(true);
  };

  return (
    <>
      <Group justify="flex-end" mb="md">
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => open(null)}>
          {t('settings.consultants.add')}
        </Button>
      </Group>
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {list.loading && !list.data ? <Loader aria-label={t('app.loading')} /> : null}
      {list.data ? (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.nip')}</Table.Th>
                <Table.Th>{t('fields.phone')}</Table.Th>
                <Table.Th>{t('lock.role')}</Table.Th>
                <Table.Th>{t('settings.consultants.status')}</Table.Th>
                <Table.Th w={100}>
                  <VisuallyHidden>{t('settings.consultants.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed">{t('settings.consultants.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {list.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {c.name}
                      </Text>
                      {session?.consultant?.id === c.id ? (
                        <Badge size="xs" variant="outline">
                          {t('settings.consultants.onDutyBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {c.nip ?? t('app.none')}
                  </Table.Td>
                  <Table.Td fz="sm">{c.phone ? formatPhoneLocal(c.phone) : t('app.none')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(c.role === 'admin' ? 'lock.admin' : 'lock.konsultan')}</Text>
                    {c.hasPin ? null : (
                      <Text size="xs" c="dimmed">
                        {t('lock.noPin')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.active ? 'klinik' : 'gray'}>
                      {c.active ? t('settings.consultants.statusActive') : t('settings.consultants.statusInactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('settings.consultants.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('settings.consultants.editNamed', { name: c.name })}
                        onClick={() => open(c)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('lock.resetPin')}>
                      <ActionIcon variant="subtle" aria-label={`${t('lock.resetPin')}: ${c.name}`} onClick={() => setResetting(c)}>
                        <IconKey size={18} />
                      </ActionIcon>
                    </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      <ConsultantFormModal consultant={editing} opened={opened} onClose={() => setOpened(false)} />
      <ResetPinModal consultant={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
