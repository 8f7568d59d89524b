import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityReport, Share } from '../../../../shared/contract';
import { formatCount, formatHours } from '../../lib/format';
import { formatShare } from './format';
import { Figure, ReportTable } from './parts';

function ShareFigure({ label, share, testId }: { label: string; share: Share; testId: string }) {
  const { t } = useTranslation();
  const percent = formatShare(share);
  const unknown = share.total - share.known;
  return (
    <Figure
      testId={testId}
      label={label}
      value={percent ?? t('reports.activity.noData')}
      detail={
        <>
          {t('reports.activity.shareOf', { count: formatCount(share.count), known: formatCount(share.known) })}
          {unknown > 0 ? ` · ${t('reports.activity.unknown', { n: formatCount(unknown) })}` : null}
        </>
      }
    />
  );
}

/** Laporan kegiatan: what the clinic did in the period, and for whom. */
export function ActivityReportView({ report }: { report: ActivityReport }) {
  const { t } = useTranslation();
  const hours = (minutes: number) => t('reports.hours', { hours: formatHours(minutes) });
  const totals = report.totals;
  const cols = {
    consultations: { label: t('reports.activity.columns.consultations'), value: (r: { consultations: number }) => formatCount(r.consultations), numeric: true },
    hours: { label: t('reports.activity.columns.hours'), value: (r: { contactMinutes: number }) => hours(r.contactMinutes), numeric: true },
    businesses: { label: t('reports.activity.columns.businesses'), value: (r: { businesses: number }) => formatCount(r.businesses), numeric: true },
  };
  const empty = t('reports.activity.noRows');

  return (
    <Stack gap="md">
      <Stack gap="xs" component="section" aria-label={t('reports.activity.totals')}>
        <Title order={2} size="h5">
          {t('reports.activity.totals')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          <Figure testId="total-consultations" label={t('reports.activity.consultations')} value={formatCount(totals.consultations)} />
          <Figure testId="total-contact" label={t('reports.activity.contactHours')} value={hours(totals.contactMinutes)} />
          <Figure testId="total-prep" label={t('reports.activity.prepHours')} value={hours(totals.prepMinutes)} />
          <Figure testId="total-businesses" label={t('reports.activity.businessesServed')} value={formatCount(totals.businessesServed)} />
          <Figure testId="total-new-clients" label={t('reports.activity.newClients')} value={formatCount(totals.newClients)} />
          <Figure testId="total-new-profiles" label={t('reports.activity.newProfiles')} value={formatCount(totals.newProfiles)} />
          <Figure testId="total-follow-ups" label={t('reports.activity.followUpsDone')} value={formatCount(totals.followUpsDone)} />
          <Figure testId="total-trainings" label={t('reports.activity.trainings')} value={formatCount(totals.trainings)} />
          <Figure testId="total-participants" label={t('reports.activity.participants')} value={formatCount(totals.participants)} />
          <Figure testId="total-attended" label={t('reports.activity.attended')} value={formatCount(totals.attended)} />
        </SimpleGrid>
      </Stack>

      <Stack gap="xs" component="section" aria-label={t('reports.activity.shares')}>
        <Title order={2} size="h5">
          {t('reports.activity.shares')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('reports.activity.sharesHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <ShareFigure testId="share-women-owners" label={t('reports.activity.womenOwners')} share={report.womenOwners} />
          <ShareFigure testId="share-youth-owners" label={t('reports.activity.youthOwners')} share={report.youthOwners} />
          <ShareFigure testId="share-women-participants" label={t('reports.activity.womenParticipants')} share={report.womenParticipants} />
          <ShareFigure testId="share-youth-participants" label={t('reports.activity.youthParticipants')} share={report.youthParticipants} />
        </SimpleGrid>
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ReportTable
          title={t('reports.activity.byArea')}
          hint={t('reports.activity.byAreaHint')}
          rows={report.byArea}
          rowKey={(r) => r.area}
          empty={empty}
          columns={[{ label: t('reports.activity.columns.area'), value: (r) => t(`consultations.areas.${r.area}`) }, cols.consultations, cols.hours, cols.businesses]}
        />
        <ReportTable
          title={t('reports.activity.byChannel')}
          rows={report.byChannel}
          rowKey={(r) => r.channel}
          empty={empty}
          columns={[{ label: t('reports.activity.columns.channel'), value: (r) => t(`consultations.channels.${r.channel}`) }, cols.consultations, cols.hours, cols.businesses]}
        />
        <ReportTable
          title={t('reports.activity.byRegency')}
          rows={report.byRegency}
          rowKey={(r) => r.regencyCode ?? '-'}
          empty={empty}
          columns={[
            { label: t('reports.activity.columns.regency'), value: (r) => r.regencyName ?? t('reports.activity.noRegency') },
            cols.consultations,
            cols.hours,
            cols.businesses,
            { label: t('reports.activity.columns.participants'), value: (r) => formatCount(r.participants), numeric: true },
          ]}
        />
        <ReportTable
          title={t('reports.activity.byConsultant')}
          rows={report.byConsultant}
          rowKey={(r) => r.consultantId}
          empty={empty}
          columns={[{ label: t('reports.activity.columns.consultant'), value: (r) => r.consultantName }, cols.consultations, cols.hours, cols.businesses]}
        />
      </SimpleGrid>
    </Stack>
  );
}
