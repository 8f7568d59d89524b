import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconPencil, IconTrash, IconUserUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Participant, Training } from '../../../../../shared/contract';
import { formatPhoneLocal } from '../../../../../shared/validation/fields';
import { call, toApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';

interface Props {
  training: Training;
  participants: Participant[];
  readOnly: boolean;
  onEdit: (p: Participant) => void;
  onRemove: (p: Participant) => void;
  onConvert: (p: Participant) => void;
}

/** Full numbers shown on request, kept only while this table is on screen; main audits each reveal. */
function usePhoneReveal() {
  const [shown, setShown] = useState<Record<string, string | null>>({});
  const reveal = (id: string) =>
    call('participants:revealPhone', { id })
      .then(({ phone }) => setShown((s) => ({ ...s, [id]: phone })))
      .catch((err: unknown) => notifyError(toApiError(err)));
  const hide = (id: string) =>
    setShown((s) => {
      const { [id]: _gone, ...rest } = s;
      return rest;
    });
  return { shown, reveal, hide };
}

function BusinessCell({ p }: { p: Participant }) {
  const { t } = useTranslation();
  if (p.businessId) {
    return (
      <Anchor component={Link} to={`/umkm/${p.businessId}`} size="sm">
        {p.businessName ?? t('trainings.detail.none')}
      </Anchor>
    );
  }
  if (!p.hasBusiness) {
    return (
      <Badge variant="light" color="blue" tt="none" size="sm" miw="max-content">
        {t('trainings.participants.prospect')}
      </Badge>
    );
  }
  return (
    <Text size="sm">
      {p.businessName ?? t('trainings.detail.none')}{' '}
      <Text span size="xs" c="dimmed">
        ({t('trainings.participants.businessUnlinked')})
      </Text>
    </Text>
  );
}

/** Peserta: who came, their business or "calon wirausaha", attendance and check-in. */
export function ParticipantsTable({ training, participants, readOnly, onEdit, onRemove, onConvert }: Props) {
  const { t } = useTranslation();
  const phones = usePhoneReveal();
  const c = (key: string) => t(`trainings.participants.columns.${key}`);
  const none = t('trainings.detail.none');
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={980}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label={t('trainings.participants.tableLabel')}>
          <Table.Thead bg="var(--mantine-color-gray-0)" style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th>{c('name')}</Table.Th>
              <Table.Th>{c('gender')}</Table.Th>
              <Table.Th>{c('age')}</Table.Th>
              <Table.Th>{c('phone')}</Table.Th>
              <Table.Th>{c('business')}</Table.Th>
              <Table.Th>{c('attendance')}</Table.Th>
              <Table.Th>{c('checkIn')}</Table.Th>
              {readOnly ? null : <Table.Th ta="right">{c('actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.map((p) => {
              const revealed = p.id in phones.shown;
              const full = phones.shown[p.id];
              return (
                <Table.Tr key={p.id} data-testid={`participant-${p.id}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {p.name}
                    </Text>
                    {p.restricted ? (
                      <Tooltip label={t('trainings.participants.restrictedHint')}>
                        <Badge size="sm" color="grape.9" variant="filled" tt="none">
                          {t('trainings.participants.restricted')}
                        </Badge>
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.gender ? t(`trainings.participants.genders.${p.gender}`) : none}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {p.age !== null ? t('trainings.participants.years', { age: p.age }) : none}
                      </Text>
                      {p.minor ? (
                        <Tooltip label={t('trainings.participants.minorHint')}>
                          <Badge size="sm" color="orange" variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                            {t('trainings.participants.minor')}
                          </Badge>
                        </Tooltip>
                      ) : null}
                      {p.consentMissing ? (
                        <Tooltip label={t('trainings.participants.consentMissingHint')}>
                          <Badge size="sm" color="red.9" variant="outline" tt="none" styles={{ label: { overflow: 'visible' } }}>
                            {t('trainings.participants.consentMissing')}
                          </Badge>
                        </Tooltip>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {p.phone ? (
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                          {revealed && full ? formatPhoneLocal(full) : p.phone}
                        </Text>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          color="gray"
                          aria-label={t(revealed ? 'trainings.participants.hide' : 'trainings.participants.reveal', { name: p.name })}
                          onClick={() => (revealed ? phones.hide(p.id) : void phones.reveal(p.id))}
                        >
                          {revealed ? <IconEyeOff size={14} /> : <IconEye size={14} />}
                        </ActionIcon>
                      </Group>
                    ) : (
                      <Text size="sm">{none}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <BusinessCell p={p} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {t('trainings.participants.attendance', { count: p.attendedDays.length, days: training.days.length })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.checkInFollowUpId ? (
                      <Anchor component={Link} to={`/tindak-lanjut/${p.checkInFollowUpId}`} size="sm">
                        {t('trainings.participants.checkInScheduled')}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('trainings.participants.checkInNone')}
                      </Text>
                    )}
                  </Table.Td>
                  {readOnly ? null : (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {!p.hasBusiness && !p.businessId ? (
                          <Button
                            size="compact-xs"
                            variant="light"
                            leftSection={<IconUserUp size={14} />}
                            aria-label={t('trainings.participants.convertNamed', { name: p.name })}
                            onClick={() => onConvert(p)}
                          >
                            {t('trainings.participants.convert')}
                          </Button>
                        ) : null}
                        <ActionIcon variant="subtle" aria-label={t('trainings.participants.edit', { name: p.name })} onClick={() => onEdit(p)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('trainings.participants.remove', { name: p.name })}
                          onClick={() => onRemove(p)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
