import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Card,
  ColorSwatch,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_AREAS, type Dashboard } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { intlLocale } from '../../app/i18n';
import { formatCount, formatHours, formatRupiah } from '../../lib/format';
import { useApiQuery } from '../../lib/query';
import { officeToday } from '../../lib/office-time';
import { useOfficeTimeZone } from '../../app/settings';
import { Figure, RegencyFilter } from '../reports';
import { DASHBOARD_PERIODS, dashboardRange, formatMonth, type DashboardPeriod } from './period';

const AREA_COLORS: Record<(typeof SERVICE_AREAS)[number], string> = {
  kelembagaan: 'blue.6',
  sdm: 'teal.6',
  produksi: 'grape.6',
  pemasaran: 'orange.6',
  pembiayaan: 'cyan.7',
  legalitas: 'red.6',
  digital: 'indigo.5',
  jaringan: 'lime.7',
};
const TOP_REGENCIES = 10;

function formatIsoDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function isEmpty(d: Dashboard): boolean {
  const impact = Object.values(d.impact).some((v) => v !== 0);
  return d.totals.consultations === 0 && d.totals.businessesServed === 0 && d.trainings.trainings === 0 && d.trainings.participants === 0 && !impact;
}

/** A titled chart; when the period has nothing to draw, a sentence in the chart's place. */
function ChartCard({ title, hint, empty, children }: { title: string; hint?: string; empty: string | null; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {hint && !empty ? (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      ) : null}
      {empty ? (
        <Group gap="xs" mt="sm" c="dimmed" wrap="nowrap">
          <IconChartBar size={18} stroke={1.5} aria-hidden />
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        </Group>
      ) : (
        children
      )}
    </Paper>
  );
}

/**
 * Consultations per month: one bar per month that counts each consultation once. A consultation
 * may cover several service areas, so the areas are not stacked into that bar (they would count it
 * twice); they are shown beside it as a breakdown of the period, which may add up to more.
 */
function MonthChart({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const rows = data.consultationsByMonth.map((m) => ({ month: formatMonth(m.month, locale), total: m.total }));
  const series = SERVICE_AREAS.map((area) => ({ name: area, label: t(`consultations.areas.${area}`), color: AREA_COLORS[area] }));
  const byArea = series
    .map((s) => ({ ...s, count: data.consultationsByMonth.reduce((sum, m) => sum + (m.areas[s.name] ?? 0), 0) }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <ChartCard
      title={t('dashboard.byMonth')}
      hint={t('dashboard.byMonthHint')}
      empty={data.consultationsByMonth.some((m) => m.total > 0) ? null : t('dashboard.byMonthEmpty')}
    >
      <BarChart
        h={240}
        data={rows}
        dataKey="month"
        series={[{ name: 'total', label: t('dashboard.consultations'), color: 'blue.6' }]}
        maxBarWidth={56}
        yAxisProps={{ allowDecimals: false }}
        valueFormatter={formatCount}
      />
      {byArea.length > 0 ? (
        <div data-testid="areas-breakdown">
          <Text size="sm" fw={600} mt="md">
            {t('dashboard.byArea')}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('dashboard.byAreaHint')}
          </Text>
          <Group gap="xs">
            {byArea.map((s) => (
              <Group key={s.name} gap={6} wrap="nowrap" px={8} py={2} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
                <ColorSwatch color={`var(--mantine-color-${s.color.replace('.', '-')})`} size={10} aria-hidden />
                <Text size="sm">
                  {s.label} <b>{formatCount(s.count)}</b>
                </Text>
              </Group>
            ))}
          </Group>
        </div>
      ) : null}
      <VisuallyHidden>
        <Table>
          <caption>{t('dashboard.byMonth')}</caption>
          <thead>
            <tr>
              <th>{t('dashboard.month')}</th>
              <th>{t('dashboard.consultations')}</th>
              {series.map((s) => (
                <th key={s.name}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.consultationsByMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month, locale)}</th>
                <td>{formatCount(m.total)}</td>
                {SERVICE_AREAS.map((area) => (
                  <td key={area}>{formatCount(m.areas[area] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </ChartCard>
  );
}

function RegencyChart({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const rows = [...data.businessesByRegency]
    .sort((a, b) => b.businesses - a.businesses)
    .slice(0, TOP_REGENCIES)
    .map((r) => ({ name: r.regencyName ?? t('dashboard.noRegency'), businesses: r.businesses }));
  return (
    <ChartCard title={t('dashboard.byRegency')} hint={t('dashboard.byRegencyHint')} empty={rows.some((r) => r.businesses > 0) ? null : t('dashboard.byRegencyEmpty')}>
      <BarChart
        h={Math.max(160, rows.length * 34 + 40)}
        data={rows}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'businesses', label: t('dashboard.businesses'), color: 'teal.6' }]}
        yAxisProps={{ width: 190 }}
        xAxisProps={{ allowDecimals: false }}
        maxBarWidth={28}
        gridAxis="y"
        valueFormatter={formatCount}
      />
      <VisuallyHidden>
        <Table>
          <caption>{t('dashboard.byRegency')}</caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{formatCount(r.businesses)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </ChartCard>
  );
}

function Figures({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const impact = data.impact;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Figure testId="card-consultations" label={t('dashboard.cards.consultations')} value={formatCount(data.totals.consultations)} />
        <Figure testId="card-hours" label={t('dashboard.cards.contactHours')} value={t('dashboard.cards.hours', { hours: formatHours(data.totals.contactMinutes) })} />
        <Figure testId="card-businesses" label={t('dashboard.cards.businessesServed')} value={formatCount(data.totals.businessesServed)} />
        <Figure
          testId="card-trainings"
          label={t('dashboard.cards.trainings')}
          value={t('dashboard.cards.trainingsValue', { trainings: formatCount(data.trainings.trainings) })}
          detail={t('dashboard.cards.participants', { participants: formatCount(data.trainings.participants), attended: formatCount(data.trainings.attended) })}
        />
      </SimpleGrid>
      <MonthChart data={data} />
      <RegencyChart data={data} />
      <Stack gap="xs" component="section" aria-label={t('dashboard.impact')}>
        <Title order={3} size="h5">
          {t('dashboard.impact')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure testId="impact-started" label={t('dashboard.impactCards.businessesStarted')} value={formatCount(impact.businessesStarted)} />
          <Figure testId="impact-created" label={t('dashboard.impactCards.jobsCreated')} value={t('dashboard.people', { count: impact.jobsCreated, n: formatCount(impact.jobsCreated) })} />
          <Figure testId="impact-kept" label={t('dashboard.impactCards.jobsKept')} value={t('dashboard.people', { count: impact.jobsKept, n: formatCount(impact.jobsKept) })} />
          <Figure testId="impact-sales" label={t('dashboard.impactCards.salesIncrease')} value={formatRupiah(impact.salesIncrease)} />
          <Figure testId="impact-capital" label={t('dashboard.impactCards.capitalAmount')} value={formatRupiah(impact.capitalAmount)} />
          <Figure testId="impact-permits" label={t('dashboard.impactCards.permits')} value={formatCount(impact.permits)} />
          <Figure testId="impact-markets" label={t('dashboard.impactCards.markets')} value={formatCount(impact.markets)} />
        </SimpleGrid>
      </Stack>
    </>
  );
}

function FollowUpCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { open, overdue } = data.followUps;
  return (
    <Paper withBorder radius="md" p="md" data-testid="card-followups">
      <Group justify="space-between" align="baseline">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('dashboard.cards.followUps')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('dashboard.cards.followUpsNow')}
        </Text>
      </Group>
      <Group gap="lg" mt={4}>
        <Anchor component={Link} to="/tindak-lanjut" fw={700} fz="lg">
          {t('dashboard.cards.open', { n: formatCount(open) })}
        </Anchor>
        <Anchor component={Link} to="/tindak-lanjut?tab=overdue" fw={700} fz="lg" c={overdue > 0 ? 'red' : 'dimmed'}>
          {t('dashboard.cards.overdue', { n: formatCount(overdue) })}
        </Anchor>
      </Group>
    </Paper>
  );
}

function Loading() {
  return (
    <Stack gap="sm" data-testid="dashboard-loading">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} h={84} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <Skeleton h={300} radius="md" />
        <Skeleton h={300} radius="md" />
      </SimpleGrid>
    </Stack>
  );
}

/** Beranda's charts: what the office did in a period, and what came of it. */
export function DashboardPanel() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const [period, setPeriod] = useState<DashboardPeriod>('month');
  const [regencyCode, setRegencyCode] = useState<string | null>(null);
  const today = officeToday(timeZone);
  const range = useMemo(() => dashboardRange(period, today), [period, today]);
  const query = useApiQuery('reports:dashboard', { ...range, ...(regencyCode ? { regencyCode } : {}) });
  const data = query.data;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('dashboard.title')}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('dashboard.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="dashboard-range">
            {t('dashboard.range', { from: formatIsoDay(range.from), to: formatIsoDay(range.to) })}
          </Text>
        </Stack>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('dashboard.periodLabel')}
            value={period}
            onChange={(v) => setPeriod(v as DashboardPeriod)}
            data={DASHBOARD_PERIODS.map((p) => ({ value: p, label: t(`dashboard.periods.${p}`) }))}
          />
          <RegencyFilter value={regencyCode} onChange={setRegencyCode} w={220} />
        </Group>
      </Group>
      {query.error ? <InlineError error={query.error} onRetry={query.refetch} /> : null}
      {!data ? (
        query.error ? null : <Loading />
      ) : (
        <Stack gap="md" opacity={query.loading ? 0.6 : 1}>
          <FollowUpCard data={data} />
          {isEmpty(data) ? (
            <EmptyState variant="light" icon={<IconChartBar size={24} />} title={t('dashboard.empty')} description={t('dashboard.emptyHint')} />
          ) : (
            <Figures data={data} />
          )}
          <Anchor component={Link} to="/laporan" size="sm">
            {t('dashboard.openReports')}
          </Anchor>
        </Stack>
      )}
    </Card>
  );
}
