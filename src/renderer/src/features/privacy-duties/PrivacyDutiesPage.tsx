import { Anchor, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconFileDescription, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { InlineError } from '../../components/InlineError';
import { PageHeader } from '../../components/PageHeader';
import { call } from '../../lib/api';
import { notifySuccess } from '../../lib/notify';
import { useRun } from '../../lib/use-run';
import { AdminOnly } from '../session';
import { BreachRegister } from './BreachRegister';
import { RetentionReview } from './RetentionReview';

/** The path of the page; the monthly retention notification opens its first tab. */
export const PRIVACY_DUTIES_PATH = '/kewajiban-pdp';

const TABS = [
  { slug: 'retensi', labelKey: 'privacyDuties.tabs.retention', icon: IconClockHour4 },
  { slug: 'insiden', labelKey: 'privacyDuties.tabs.breaches', icon: IconAlertTriangle },
  { slug: 'pemrosesan', labelKey: 'privacyDuties.tabs.record', icon: IconFileDescription },
] as const;

function RecordTab() {
  const { t } = useTranslation();
  const printing = useRun();
  const print = () =>
    printing.run(async () => {
      const res = await call('privacy:printProcessingRecord', { target: 'pdf' });
      if (res.path) notifySuccess(t('privacyDuties.settings.printed', { path: res.path }));
    });
  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack gap="sm">
        <Text size="sm">{t('privacyDuties.settings.recordIntro')}</Text>
        <Group>
          <Button leftSection={<IconPrinter size={16} />} loading={printing.busy} onClick={() => void print()}>
            {t('privacyDuties.settings.print')}
          </Button>
          <Anchor component={Link} to="/pengaturan/data-pribadi" size="sm">
            {t('privacyDuties.settings.recordTitle')} · {t('nav.settings')}
          </Anchor>
        </Group>
        {printing.error ? <InlineError error={printing.error} /> : null}
      </Stack>
    </Paper>
  );
}

/** Kewajiban PDP: the office's duties under the personal data law, one tab each. */
export function PrivacyDutiesPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  if (!TABS.some((x) => x.slug === tab)) return <Navigate to={`${PRIVACY_DUTIES_PATH}/retensi`} replace />;
  return (
    <>
      <PageHeader title={t('privacyDuties.title')} description={t('privacyDuties.description')} />
      <Tabs value={tab ?? 'retensi'} onChange={(value) => value && navigate(`${PRIVACY_DUTIES_PATH}/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg" aria-label={t('privacyDuties.tabs.label')}>
          {TABS.map(({ slug, labelKey, icon: Icon }) => (
            <Tabs.Tab key={slug} value={slug} leftSection={<Icon size={16} />}>
              {t(labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="retensi">
          <AdminOnly>
            <RetentionReview />
          </AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="insiden">
          <AdminOnly>
            <BreachRegister />
          </AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="pemrosesan">
          <RecordTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
