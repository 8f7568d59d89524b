import { Alert, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsultationDraftValues } from '../../../../../shared/contract';
import { useApiQuery } from '../../../lib/query';

/** `2026-11-28` as `28/11/2026`, without passing through a time zone. */
const dmy = (date: string) => date.split('-').reverse().join('/');

interface FinalizeConfirmModalProps {
  /** The checked values about to be finalised; null when the dialog is closed. */
  values: ConsultationDraftValues | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * The last look before a consultation is locked: for whom, when, which areas and which action
 * items become follow-ups. Going back to the form is the default; finalising takes a deliberate click.
 */
export function FinalizeConfirmModal({ values, busy, onCancel, onConfirm }: FinalizeConfirmModalProps) {
  const { t } = useTranslation();
  const businessId = values?.businessId ?? null;
  const business = useApiQuery('businesses:get', { id: businessId ?? '' }, { enabled: businessId !== null });
  const followUps = (values?.actionItems ?? []).filter((item) => item.dueDate !== '');
  const c = (key: string, options?: Record<string, unknown>) => t(`consultations.finalizeConfirm.${key}`, options ?? {});

  return (
    <Modal opened={values !== null} onClose={busy ? () => {} : onCancel} title={c('title')} size="lg" centered>
      {values ? (
        <Stack gap="md">
          <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={150}>{t('consultations.fields.business')}</Table.Th>
                <Table.Td>{business.data?.name ?? t('app.none')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{c('date')}</Table.Th>
                <Table.Td>
                  {dmy(values.date)}
                  {values.startTime ? `, ${values.startTime}` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('consultations.fields.serviceAreas')}</Table.Th>
                <Table.Td>{values.serviceAreas.map((area) => t(`consultations.areas.${area}`)).join(', ')}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <div>
            <Text size="sm" fw={600}>
              {followUps.length > 0 ? c('followUps', { count: followUps.length }) : c('followUpsNone')}
            </Text>
            {followUps.length > 0 ? (
              <List size="sm" mt={4} spacing={2}>
                {followUps.map((item) => (
                  <List.Item key={item.id}>
                    {c('followUpItem', {
                      what: item.what,
                      who: t(`consultations.assignees.${item.who}`),
                      due: dmy(item.dueDate),
                    })}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </div>
          <Alert color="yellow" variant="light" icon={<IconLock size={18} />}>
            <Text size="sm">{c('locked')}</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
              {c('back')}
            </Button>
            <Button onClick={onConfirm} loading={busy} leftSection={<IconLock size={16} />}>
              {c('confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
