import { Badge, Group, Loader, Paper, SegmentedControl, Select, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { periodRange, type ReportKind, type ReportPeriod, type ReportQuery } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { PageHeader } from '../../components/PageHeader';
import { intlLocale } from '../../app/i18n';
import { useApiQuery } from '../../lib/query';
import { officeToday } from '../../lib/office-time';
import { useOfficeTimeZone } from '../../app/settings';
import { ActivityReportView } from './ActivityReportView';
import { DataChecksView, problemCount } from './DataChecksView';
import { formatCount, formatDay } from '../../lib/format';
import { ImpactReportView } from './ImpactReportView';
import { monthOf, parsePeriodKey, periodKey, switchKind } from './period';
import { RegencyFilter } from './parts';
import { ReportActions } from './ReportActions';

const TABS = ['activity', 'impact', 'checks'] as const;
type Tab = (typeof TABS)[number];
/** Years offered besides the chosen one: this one and the five before it. */
const YEARS_BACK = 5;

function PeriodFilters({
  period,
  regencyCode,
  onPeriod,
  onRegency,
}: {
  period: ReportPeriod;
  regencyCode: string | null;
  onPeriod: (p: ReportPeriod) => void;
  onRegency: (code: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const thisYear = Number(officeToday(timeZone).slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(period.year)) years.push(period.year);
  const monthName = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName.format(new Date(Date.UTC(2026, i, 15))) }));
  const quarters = (['1', '2', '3', '4'] as const).map((q) => ({ value: q, label: t(`reports.period.quarters.${q}`) }));
  const range = periodRange(period);

  return (
    <Paper withBorder radius="md" p="md" mb="md" role="search">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('reports.period.kind')}
          value={period.kind}
          onChange={(v) => onPeriod(switchKind(period, v as ReportPeriod['kind']))}
          data={[
            { value: 'month', label: t('reports.period.month') },
            { value: 'quarter', label: t('reports.period.quarter') },
          ]}
        />
        {period.kind === 'month' ? (
          <Select
            aria-label={t('reports.period.month')}
            data={months}
            value={String(period.month)}
            onChange={(v) => v && onPeriod({ ...period, month: Number(v) })}
            allowDeselect={false}
            w={160}
          />
        ) : (
          <Select
            aria-label={t('reports.period.quarter')}
            data={quarters}
            value={String(period.quarter)}
            onChange={(v) => v && onPeriod({ ...period, quarter: Number(v) })}
            allowDeselect={false}
            w={200}
          />
        )}
        <Select
          aria-label={t('reports.period.year')}
          data={years.sort((a, b) => b - a).map((y) => String(y))}
          value={String(period.year)}
          onChange={(v) => v && onPeriod({ ...period, year: Number(v) })}
          allowDeselect={false}
          w={100}
        />
        <RegencyFilter value={regencyCode} onChange={onRegency} w={240} />
        <Text size="sm" c="dimmed" data-testid="report-range" style={{ alignSelf: 'center' }}>
          {t('reports.period.range', { from: formatDay(range.from), to: formatDay(range.to) })}
        </Text>
      </Group>
    </Paper>
  );
}

function ReportPanel({
  kind,
  query,
  problems,
  checking,
  onReview,
}: {
  kind: ReportKind;
  query: ReportQuery;
  problems: number;
  checking: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const activity = useApiQuery('reports:activity', query, { enabled: kind === 'activity' });
  const impact = useApiQuery('reports:impact', query, { enabled: kind === 'impact' });
  const state = kind === 'activity' ? activity : impact;
  return (
    <Stack gap="md" pt="md">
      <Group justify="flex-end">
        <ReportActions kind={kind} query={query} problems={problems} checking={checking} onReview={onReview} />
      </Group>
      {state.error ? <InlineError error={state.error} onRetry={state.refetch} /> : null}
      {kind === 'activity' && activity.data ? <ActivityReportView report={activity.data} /> : null}
      {kind === 'impact' && impact.data ? <ImpactReportView report={impact.data} /> : null}
      {!state.data && !state.error ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
    </Stack>
  );
}

/** Laporan: the activity report, the impact scorecard and the checks to run before reporting. */
export function ReportsPage() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const [params, setParams] = useSearchParams();
  const period = parsePeriodKey(params.get('periode')) ?? monthOf(officeToday(timeZone));
  const regencyCode = params.get('kab');
  const tabParam = params.get('tab');
  const tab: Tab = TABS.includes(tabParam as Tab) ? (tabParam as Tab) : 'activity';
  const query: ReportQuery = { period, ...(regencyCode ? { regencyCode } : {}) };
  const checks = useApiQuery('reports:dataChecks', query);
  const problems = problemCount(checks.data);
  const checking = !checks.data && !checks.error;

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  const review = () => update({ tab: 'checks' });

  return (
    <Stack gap={0}>
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      <PeriodFilters period={period} regencyCode={regencyCode} onPeriod={(p) => update({ periode: periodKey(p) })} onRegency={(code) => update({ kab: code })} />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'activity' ? null : v })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="activity">{t('reports.tabs.activity')}</Tabs.Tab>
          <Tabs.Tab value="impact">{t('reports.tabs.impact')}</Tabs.Tab>
          <Tabs.Tab
            value="checks"
            rightSection={
              problems > 0 ? (
                <Badge color="orange" size="sm" circle={problems < 10} aria-label={t('reports.tabs.checksBadge', { n: formatCount(problems) })}>
                  {formatCount(problems)}
                </Badge>
              ) : null
            }
          >
            {t('reports.tabs.checks')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="activity">
          <ReportPanel kind="activity" query={query} problems={problems} checking={checking} onReview={review} />
        </Tabs.Panel>
        <Tabs.Panel value="impact">
          <ReportPanel kind="impact" query={query} problems={problems} checking={checking} onReview={review} />
        </Tabs.Panel>
        <Tabs.Panel value="checks" pt="md">
          {checks.error ? <InlineError error={checks.error} onRetry={checks.refetch} /> : null}
          {checks.data ? <DataChecksView checks={checks.data} /> : checks.error ? null : <Loader size="sm" aria-label={t('app.loading')} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
