import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsultationListQuery } from '../../../../../shared/contract';
import { useApiQuery } from '../../../lib/query';
import { DateField } from '../../../components/DateField';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { areaOptions, channelOptions } from '../labels';

export type Filters = Required<Pick<ConsultationListQuery, 'from' | 'to'>> &
  Pick<ConsultationListQuery, 'consultantId' | 'serviceArea' | 'channel' | 'regencyCode'>;

/** Date range, consultant, service area, channel and kabupaten/kota of the consultation list. */
export function ConsultationFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const consultants = useApiQuery('consultants:list', { includeInactive: true });
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const all = t('consultations.list.all');
  const l = (key: string) => t(`consultations.list.${key}`);

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={l('filtersLabel')}>
      <DateField label={l('from')} clearable={false} w={150} value={filters.from} onChange={(v) => v && set({ from: v })} />
      <DateField label={l('to')} clearable={false} w={150} value={filters.to} onChange={(v) => v && set({ to: v })} />
      <Select
        label={l('consultant')}
        placeholder={all}
        clearable
        w={200}
        data={(consultants.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={filters.consultantId ?? null}
        onChange={(v) => set({ consultantId: v ?? undefined })}
      />
      <Select
        label={l('area')}
        placeholder={all}
        clearable
        w={190}
        data={areaOptions(t)}
        value={filters.serviceArea ?? null}
        onChange={(v) => set({ serviceArea: (v ?? undefined) as Filters['serviceArea'] })}
      />
      <Select
        label={l('channel')}
        placeholder={all}
        clearable
        w={180}
        data={channelOptions(t)}
        value={filters.channel ?? null}
        onChange={(v) => set({ channel: (v ?? undefined) as Filters['channel'] })}
      />
      <Select
        label={l('regency')}
        placeholder={all}
        clearable
        searchable
        w={220}
        data={regencies.options}
        value={filters.regencyCode ?? null}
        onChange={(v) => set({ regencyCode: v ?? undefined })}
      />
    </Group>
  );
}
