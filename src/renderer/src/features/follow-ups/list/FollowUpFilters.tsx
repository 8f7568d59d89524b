import { Button, Paper, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../lib/query';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { BusinessSelect } from '../BusinessSelect';
import { hasFilters, type FollowUpParams } from './use-follow-up-params';

/** Consultant, business and kabupaten/kota: the same filters for the list and the agenda. */
export function FollowUpFilters({ params, update }: { params: FollowUpParams; update: (patch: Partial<FollowUpParams>) => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const consultants = useApiQuery('consultants:list', { includeInactive: true });
  const select = (label: string) => ({ 'aria-label': label, placeholder: label, title: label, clearable: true }) as const;

  return (
    <Paper withBorder radius="md" p="sm" mb="md" role="search">
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <Select
          {...select(t('followUps.filters.consultant'))}
          data={(consultants.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={params.consultant}
          onChange={(v) => update({ consultant: v })}
        />
        <BusinessSelect
          aria-label={t('followUps.filters.business')}
          placeholder={t('followUps.filters.businessPlaceholder')}
          value={params.business}
          onChange={(v) => update({ business: v })}
        />
        <Select
          {...select(t('followUps.filters.regency'))}
          data={regencies.options}
          searchable
          value={params.regency}
          onChange={(v) => update({ regency: v })}
        />
        {hasFilters(params) ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => update({ consultant: null, business: null, regency: null })}
            style={{ justifySelf: 'start' }}
          >
            {t('followUps.filters.clear')}
          </Button>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
