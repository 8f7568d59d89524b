import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactReport } from '../../../../shared/contract';
import { formatCount, formatRupiah } from '../../lib/format';
import { Figure, ReportTable } from './parts';

/** Kartu skor dampak: what businesses achieved in the period, and what the claims rest on. */
export function ImpactReportView({ report }: { report: ImpactReport }) {
  const { t } = useTranslation();
  const menWomen = (j: { men: number; women: number }) => t('reports.impact.menWomen', { men: formatCount(j.men), women: formatCount(j.women) });
  const empty = t('reports.impact.noRows');
  const count = { label: t('reports.impact.columns.count'), value: (r: { count: number }) => formatCount(r.count), numeric: true };

  return (
    <Stack gap="md">
      <Stack gap="xs" component="section" aria-label={t('reports.impact.summary')}>
        <Title order={2} size="h5">
          {t('reports.impact.summary')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <Figure testId="impact-businesses" label={t('reports.impact.businesses')} value={formatCount(report.businesses)} />
          <Figure testId="impact-milestones" label={t('reports.impact.milestones')} value={formatCount(report.milestones)} />
          <Figure
            testId="impact-started"
            label={t('reports.impact.businessesStarted')}
            value={formatCount(report.businessesStarted)}
            detail={t('reports.impact.startedFromTraining', { n: formatCount(report.startedFromTraining) })}
          />
          <Figure
            testId="impact-jobs-created"
            label={t('reports.impact.jobsCreated')}
            value={formatCount(report.jobsCreated.men + report.jobsCreated.women)}
            detail={menWomen(report.jobsCreated)}
          />
          <Figure
            testId="impact-jobs-kept"
            label={t('reports.impact.jobsKept')}
            value={formatCount(report.jobsKept.men + report.jobsKept.women)}
            detail={menWomen(report.jobsKept)}
          />
          <Figure
            testId="impact-sales"
            label={t('reports.impact.salesIncrease')}
            value={formatRupiah(report.sales.increase)}
            detail={`${t('reports.impact.salesBefore')} ${formatRupiah(report.sales.before)} → ${t('reports.impact.salesAfter')} ${formatRupiah(report.sales.after)} · ${t('reports.impact.salesCount')}: ${formatCount(report.sales.count)}`}
          />
        </SimpleGrid>
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <ReportTable
          title={t('reports.impact.capital')}
          rows={report.capital}
          rowKey={(r) => r.source}
          empty={empty}
          columns={[
            { label: t('reports.impact.columns.source'), value: (r) => t(`reports.capitalSources.${r.source}`) },
            count,
            { label: t('reports.impact.columns.amount'), value: (r) => formatRupiah(r.amount), numeric: true },
          ]}
        />
        <ReportTable
          title={t('reports.impact.permits')}
          rows={report.permits}
          rowKey={(r) => r.kind}
          empty={empty}
          columns={[{ label: t('reports.impact.columns.kind'), value: (r) => t(`reports.permitKinds.${r.kind}`) }, count]}
        />
        <ReportTable
          title={t('reports.impact.markets')}
          rows={report.markets}
          rowKey={(r) => r.channel}
          empty={empty}
          columns={[{ label: t('reports.impact.columns.channel'), value: (r) => t(`businesses.channels.${r.channel}`) }, count]}
        />
      </SimpleGrid>

      <Stack gap="xs" component="section" aria-label={t('reports.impact.credited')}>
        <Title order={2} size="h5">
          {t('reports.impact.credited')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Figure testId="credited-consultation" label={t('reports.impact.creditedConsultation')} value={formatCount(report.credited.consultation)} />
          <Figure testId="credited-training" label={t('reports.impact.creditedTraining')} value={formatCount(report.credited.training)} />
          <Figure testId="credited-evidence" label={t('reports.impact.withEvidence')} value={formatCount(report.credited.withEvidence)} />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
