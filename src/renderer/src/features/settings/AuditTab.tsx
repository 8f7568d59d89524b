import { Loader, Paper, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { formatDateTime } from '../../lib/format';
import { useApiQuery } from '../../lib/query';
import { useOfficeTimeZone, useSettings } from './SettingsProvider';

const HIDDEN = '•••';

function label(t: TFunction, key: string, fallback: string): string {
  return t(key, { defaultValue: fallback });
}

function fieldLabel(t: TFunction, field: string): string {
  return t(`fields.${field}`, { defaultValue: label(t, `settings.audit.fields.${field}`, field) });
}


/** Stored codes read better as names: `64.72` -> `Kota Samarinda`, `en` -> `English`. */
type RegionNames = ReadonlyMap<string, string>;

function namedValue(t: TFunction, field: string, value: unknown, regions: RegionNames): string | null {
  if (typeof value !== 'string') return null;
  if (field === 'provinceCode' || field === 'regencyCode') return regions.get(value) ?? null;
  if (field === 'language') return t(`settings.language.${value}`, { defaultValue: value });
  if (field === 'timeZone') return t(`timeZones.${value}`, { defaultValue: value }).split(' ')[0] ?? value;
  return null;
}

function showValue(t: TFunction, field: string, value: unknown, regions: RegionNames): string {
  if (value === null || value === undefined || value === '') return t('app.none');
  const named = namedValue(t, field, value, regions);
  if (named) return named;
  if (typeof value === 'boolean') return value ? t('settings.consultants.statusActive') : t('settings.consultants.statusInactive');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `Nama kantor: A → B`; personal fields say only that they changed. */
export function describeChanges(t: TFunction, changes: AuditEntry['changes'], regions: RegionNames = new Map()): string[] {
  return Object.entries(changes ?? {}).map(([field, [from, to]]) => {
    const name = fieldLabel(t, field);
    if (from === HIDDEN || to === HIDDEN) return `${name}: ${t('settings.audit.hidden')}`;
    return `${name}: ${showValue(t, field, from, regions)} → ${showValue(t, field, to, regions)}`;
  });
}

/** "Riwayat Perubahan": who changed what, newest first. */
export function AuditTab() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const audit = useApiQuery('audit:list', { limit: 100 });
  const provinceCode = useSettings().settings?.office.provinceCode ?? null;
  const provinces = useApiQuery('regions:children', { parentCode: null }).data ?? [];
  const regencies = useApiQuery('regions:children', { parentCode: provinceCode ?? '' }, { enabled: Boolean(provinceCode) }).data ?? [];
  const regionNames = new Map([...provinces, ...regencies].map((r) => [r.code, r.name]));

  if (audit.error) return <InlineError error={audit.error} onRetry={audit.refetch} />;
  if (!audit.data) return <Loader aria-label={t('app.loading')} />;

  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.audit.hint')}
      </Text>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('settings.audit.at')}</Table.Th>
              <Table.Th>{t('settings.audit.who')}</Table.Th>
              <Table.Th>{t('settings.audit.action')}</Table.Th>
              <Table.Th>{t('settings.audit.entity')}</Table.Th>
              <Table.Th>{t('settings.audit.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('settings.audit.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {audit.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(entry.at, timeZone)}
                </Table.Td>
                <Table.Td fz="sm">{entry.actorName ?? t('settings.audit.system')}</Table.Td>
                <Table.Td fz="sm">
                  {label(t, `settings.audit.actions.${entry.action.replace(/\./g, '_')}`, entry.action)}
                </Table.Td>
                <Table.Td fz="sm">{label(t, `settings.audit.entities.${entry.entity}`, entry.entity)}</Table.Td>
                <Table.Td fz="sm">
                  {describeChanges(t, entry.changes, regionNames).map((line) => (
                    <Text key={line} size="sm" lh={1.5}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
