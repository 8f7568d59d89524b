import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { useApiQuery } from '../../../lib/query';
import { contentsOf, encrypts, type ExportValues } from './export-values';

function scopeText(v: ExportValues, t: TFunction, regencyName: (code: string) => string): string {
  switch (v.scopeKind) {
    case 'dateRange':
      return t('transfer.summary.scopeRange', { from: v.from ? formatDate(`${v.from}T12:00:00Z`) : '', to: v.to ? formatDate(`${v.to}T12:00:00Z`) : '' });
    case 'regencies':
      return t('transfer.summary.scopeRegencies', { names: v.regencies.map(regencyName).join(', ') });
    case 'businesses':
      return `${t('transfer.summary.scopeBusinesses', { count: v.businesses.length })}: ${v.businesses.map((b) => b.name).join(', ')}`;
    default:
      return t('transfer.summary.scopeAll');
  }
}

/** Step 4: everything chosen, in words, before the export starts. */
export function SummaryStep({ values }: { values: ExportValues }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const regencyName = (code: string) => regencies.options.find((o) => o.value === code)?.label ?? code;
  const officeKey = useApiQuery('transfer:officeKey', undefined, { enabled: values.audience === 'office' });
  const peers = useApiQuery('transfer:peers', undefined, { enabled: values.audience === 'office' && values.sinceDeskId !== null });
  const contents = contentsOf(values)
    .map((c) =>
      c === 'csv'
        ? `${t('transfer.contents.csv')} (${t('transfer.summary.csvSeparator', { separator: values.csvSeparator })})`
        : t(`transfer.contents.${c === 'package' && values.audience === 'outside' ? 'packageOutside' : c}`),
    )
    .join(', ');
  const office = values.audience === 'office';
  const key = officeKey.data?.set ? officeKey.data : null;
  const peer = peers.data?.find((p) => p.deskId === values.sinceDeskId);
  const sinceDesk = peer ? [peer.deskCode, peer.officeName].filter(Boolean).join(' — ') : (values.sinceDeskId ?? '');
  const rows: Array<[string, string]> = [
    [t('transfer.summary.audience'), t(`transfer.audience.${values.audience}`)],
    [t('transfer.summary.target'), values.targetLabel ? `${values.targetLabel} — ${values.targetDir}` : values.targetDir],
    [t('transfer.summary.scope'), scopeText(values, t, regencyName)],
    [t('transfer.summary.contents'), contents],
    ...(office
      ? ([
          [t('transfer.summary.packageKind'), values.sinceDeskId ? t('transfer.summary.packageSince', { desk: sinceDesk }) : t('transfer.summary.packageAll')],
          [t('transfer.summary.personal'), key ? t('transfer.summary.officeFull') : t('transfer.summary.masked')],
          [t('transfer.summary.encryption'), key ? t('transfer.summary.officeLocked', { fingerprint: key.fingerprint ?? '' }) : t('transfer.summary.notLocked')],
        ] as Array<[string, string]>)
      : ([
          [t('transfer.summary.personal'), values.fullPersonalData ? t('transfer.summary.full', { reason: values.reason.trim() }) : t('transfer.summary.masked')],
          [t('transfer.summary.encryption'), encrypts(values) ? t('transfer.summary.encrypted') : t('transfer.summary.notEncrypted')],
        ] as Array<[string, string]>)),
  ];
  return (
    <Stack gap="md">
      <Title order={2} size="h4">{t('transfer.summary.title')}</Title>
      <Table variant="vertical" withTableBorder layout="fixed" data-testid="export-summary">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Alert color="blue" variant="light" icon={<IconShieldCheck size={18} />}>
        <Text size="sm">{t('transfer.summary.safety')}</Text>
      </Alert>
    </Stack>
  );
}
