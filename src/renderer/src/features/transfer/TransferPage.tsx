import { Tabs } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ExportWizard } from './export/ExportWizard';
import { ImportPanel } from './import/ImportPanel';

/** "Ekspor & Impor": the export wizard at /ekspor, the import at /ekspor/impor. */
export function TransferPage({ tab }: { tab: 'export' | 'import' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('transfer.title')} description={t('transfer.description')} />
      <Tabs value={tab} onChange={(v) => void navigate(v === 'import' ? '/ekspor/impor' : '/ekspor')} keepMounted={false}>
        <Tabs.List mb="lg" aria-label={t('transfer.tabs.label')}>
          <Tabs.Tab value="export" leftSection={<IconFileExport size={16} />}>
            {t('transfer.tabs.export')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
            {t('transfer.tabs.import')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export">
          <ExportWizard />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ImportPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
