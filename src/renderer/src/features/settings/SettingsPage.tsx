import { Tabs } from '@mantine/core';
import { IconBell, IconBuilding, IconDatabase, IconHistory, IconInfoCircle, IconLanguage, IconLock, IconShieldLock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { BackupsTab } from '../backups';
import { PrivacySettingsTab } from '../privacy-duties';
import { AboutTab } from './AboutTab';
import { AuditTab } from './AuditTab';
import { ConsultantsTab } from './ConsultantsTab';
import { LanguageTab } from './LanguageTab';
import { OfficeProfileForm } from './OfficeProfileForm';
import { RemindersTab } from './RemindersTab';
import { SecurityTab } from './SecurityTab';
import { AdminOnly } from '../session';
import { useSettings } from '../../app/settings';

/** URL segment -> tab; the URL keeps the open tab across reloads and makes tabs linkable. */
const TABS = [
  { slug: 'kantor', labelKey: 'settings.tabs.office', icon: IconBuilding },
  { slug: 'konsultan', labelKey: 'settings.tabs.consultants', icon: IconUsers },
  { slug: 'bahasa', labelKey: 'settings.tabs.language', icon: IconLanguage },
  { slug: 'pengingat', labelKey: 'followUps.settings.tab', icon: IconBell },
  { slug: 'keamanan', labelKey: 'lock.securityTab', icon: IconLock },
  { slug: 'cadangan', labelKey: 'backups.tab', icon: IconDatabase },
  { slug: 'data-pribadi', labelKey: 'privacyDuties.settings.tab', icon: IconShieldLock },
  { slug: 'riwayat', labelKey: 'settings.tabs.audit', icon: IconHistory },
  { slug: 'tentang', labelKey: 'settings.tabs.about', icon: IconInfoCircle },
] as const;

function OfficeTab() {
  const { settings, setSettings } = useSettings();
  // Keyed by the stored version: the form starts again from what was saved, never from stale data.
  return <OfficeProfileForm key={settings?.office.updatedAt ?? 'none'} office={settings?.office} onSaved={setSettings} />;
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  if (!TABS.some((x) => x.slug === tab)) return <Navigate to="/pengaturan/kantor" replace />;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs value={tab ?? 'kantor'} onChange={(value) => value && navigate(`/pengaturan/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map(({ slug, labelKey, icon: Icon }) => (
            <Tabs.Tab key={slug} value={slug} leftSection={<Icon size={16} />}>
              {t(labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="kantor">
          <AdminOnly><OfficeTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="konsultan">
          <AdminOnly><ConsultantsTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="keamanan">
          <AdminOnly>
            <SecurityTab />
          </AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="bahasa">
          <LanguageTab />
        </Tabs.Panel>
        <Tabs.Panel value="pengingat">
          <AdminOnly><RemindersTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="cadangan">
          <AdminOnly><BackupsTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="data-pribadi">
          <AdminOnly><PrivacySettingsTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="riwayat">
          <AdminOnly><AuditTab /></AdminOnly>
        </Tabs.Panel>
        <Tabs.Panel value="tentang">
          <AboutTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
