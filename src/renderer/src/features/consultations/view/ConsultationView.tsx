import { Anchor, Button, Grid, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationDetail } from '../../../../../shared/contract';
import { formatDay, formatNumber } from '../../../lib/format';
import { BackLink } from '../../../components/BackLink';
import { AreaBadges, FollowUpStatusBadge } from './AreaBadges';
import { HistorySection } from './HistorySection';
import { PrintMenu } from '../../printing';

type Values = NonNullable<ConsultationDetail['values']>;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function Block({ label, text }: { label: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <Item label={label}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text || t('app.none')}
      </Text>
    </Item>
  );
}

function Plan({ d, v }: { d: ConsultationDetail; v: Values }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Item label={t('consultations.view.referrals')}>
          {v.referrals.length === 0 ? <Text size="sm">{t('app.none')}</Text> : null}
          <List size="sm">
            {v.referrals.map((r, i) => (
              <List.Item key={i}>
                {t(`consultations.referralKinds.${r.kind}`)}
                {r.note ? ` — ${r.note}` : ''}
              </List.Item>
            ))}
          </List>
        </Item>
        <Item label={t('consultations.view.actionItems')}>
          {v.actionItems.length === 0 ? <Text size="sm">{t('app.none')}</Text> : null}
          <List size="sm">
            {v.actionItems.map((a) => (
              <List.Item key={a.id}>
                {a.what} · {t(`consultations.assignees.${a.who}`)} ·{' '}
                {a.dueDate ? t('consultations.view.due', { date: formatDay(a.dueDate) }) : t('consultations.view.noDue')}
              </List.Item>
            ))}
          </List>
        </Item>
        <Item label={t('consultations.view.followUps')}>
          {d.followUps.length === 0 ? <Text size="sm">{t('consultations.view.noFollowUps')}</Text> : null}
          <Stack gap={4} role="list" aria-label={t('consultations.view.followUps')}>
            {d.followUps.map((f) => (
              <Group key={f.id} gap="xs" role="listitem" wrap="nowrap">
                <FollowUpStatusBadge status={f.status} />
                <Text size="sm">{f.title}</Text>
                <Text size="sm" c="dimmed">
                  {t('consultations.view.due', { date: formatDay(f.dueDate) })}
                </Text>
              </Group>
            ))}
          </Stack>
        </Item>
      </Stack>
    </Paper>
  );
}

/** A finalised consultation, read-only: its number first, then what was recorded, then its history. */
export function ConsultationView({ d }: { d: ConsultationDetail }) {
  const { t } = useTranslation();
  const v = d.values;
  if (!v) return <Text>{t('consultations.view.notFinal')}</Text>;
  return (
    <>
      <BackLink to="/konsultasi" label={t('consultations.back')} />
      <Group justify="space-between" align="flex-start" mb="md">
        <Stack gap={2}>
          <Title order={1} size="h2" ff="monospace" data-testid="consultation-number">
            {d.number}
          </Title>
          <Text c="dimmed" size="sm">
            {t('consultations.view.version', { version: d.version })}
          </Text>
        </Stack>
        {d.deletedAt ? null : (
          <Group gap="xs">
            <PrintMenu job={{ channel: 'print:consultation', input: { id: d.id } }} label={t('printing.summary')} />
            <Button component={Link} to={`/konsultasi/${d.id}/amandemen`} leftSection={<IconPencil size={16} />}>
              {t('consultations.view.amend')}
            </Button>
          </Group>
        )}
      </Group>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Item label={t('consultations.view.business')}>
                  {d.businessId ? (
                    <Anchor component={Link} to={`/umkm/${d.businessId}`} fw={600}>
                      {d.businessName}
                    </Anchor>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {[d.ownerName, d.regencyName].filter(Boolean).join(' · ')}
                  </Text>
                </Item>
                <Item label={t('consultations.view.consultants')}>
                  <Text size="sm">{d.consultants.map((c) => c.name).join(', ')}</Text>
                </Item>
                <Item label={t('consultations.view.when')}>
                  <Text size="sm">
                    {formatDay(v.date)} {v.startTime.replace(':', '.')}
                  </Text>
                </Item>
                <Item label={t('consultations.view.minutes')}>
                  <Text size="sm">{t('consultations.view.minutesValue', { contact: formatNumber(v.contactMinutes), prep: formatNumber(v.prepMinutes) })}</Text>
                </Item>
                <Item label={t('consultations.view.channel')}>
                  <Text size="sm">{t(`consultations.channels.${v.channel}`)}</Text>
                </Item>
                <Item label={t('consultations.view.areas')}>
                  <AreaBadges areas={v.serviceAreas} />
                </Item>
              </SimpleGrid>
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Stack gap="md">
                <Block label={t('consultations.fields.complaint')} text={v.complaint} />
                <Block label={t('consultations.fields.diagnosis')} text={v.diagnosis} />
                <Block label={t('consultations.fields.advice')} text={v.advice} />
              </Stack>
            </Paper>
            <Plan d={d} v={v} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <HistorySection revisions={d.revisions} />
        </Grid.Col>
      </Grid>
    </>
  );
}
