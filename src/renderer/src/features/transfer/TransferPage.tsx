import { Badge, Tabs } from '@mantine/core';
import { IconFileExport, IconFileImport, IconGitMerge, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../lib/format';
import { useApiQuery } from '../../lib/query';
import { ConflictDetail } from './conflicts/ConflictDetail';
import { ConflictInbox } from './conflicts/ConflictInbox';
import { ExportWizard } from './export/ExportWizard';
import { ImportPanel } from './import/ImportPanel';
import { OfficeKeyPanel } from './office-key/OfficeKeyPanel';
import { CONFLICTS_PATH, EXPORT_PATH, IMPORT_PATH, OFFICE_KEY_PATH } from './paths';

export type TransferTab = 'export' | 'import' | 'officeKey' | 'conflicts';

const PATHS: Record<TransferTab, string> = { export: EXPORT_PATH, import: IMPORT_PATH, officeKey: OFFICE_KEY_PATH, conflicts: CONFLICTS_PATH };

/**
 * "Ekspor & Impor": the export wizard at /ekspor, the import at /ekspor/impor, the office key at
 * /ekspor/kunci-kantor and the Konflik inbox at /ekspor/konflik (one conflict at /ekspor/konflik/:id).
 */
export function TransferPage({ tab }: { tab: TransferTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const open = useApiQuery('transfer:conflicts').data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('transfer.title')} description={t('transfer.description')} />
      <Tabs value={tab} onChange={(v) => void navigate(PATHS[(v as TransferTab | null) ?? 'export'])} keepMounted={false}>
        <Tabs.List mb="lg" aria-label={t('transfer.tabs.label')}>
          <Tabs.Tab value="export" leftSection={<IconFileExport size={16} />}>
            {t('transfer.tabs.export')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
            {t('transfer.tabs.import')}
          </Tabs.Tab>
          <Tabs.Tab value="officeKey" leftSection={<IconKey size={16} />}>
            {t('transfer.tabs.officeKey')}
          </Tabs.Tab>
          <Tabs.Tab
            value="conflicts"
            leftSection={<IconGitMerge size={16} />}
            rightSection={
              open > 0 ? (
                <Badge size="sm" color="red.9" circle={open < 10} title={t('transfer.tabs.conflictsOpen', { count: open })} data-testid="conflicts-badge">
                  {formatNumber(open)}
                </Badge>
              ) : null
            }
          >
            {t('transfer.tabs.conflicts')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export">
          <ExportWizard />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="officeKey">
          <OfficeKeyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts">{id ? <ConflictDetail key={id} id={id} /> : <ConflictInbox />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
