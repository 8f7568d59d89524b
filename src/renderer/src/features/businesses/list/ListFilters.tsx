import { Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../lib/query';
import { useSettings } from '../../../app/settings';
import { kbliCategoryOptions, permitFilterOptions, scaleOptions, statusOptions } from '../labels';
import { useRegions } from '../../../components/use-regions';
import type { ListParams } from './use-list-params';

const SEARCH_DEBOUNCE_MS = 250;

interface ListFiltersProps {
  params: ListParams;
  update: (patch: Partial<ListParams>) => void;
}

/** The search box: typing is instant, the query follows 250 ms after the last key. */
export function SearchBox({ params, update }: ListFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(params.q);
  const [shownFor, setShownFor] = useState(params.q);
  // "Hapus saringan" empties the URL's query: the box follows it (adjusting state during render).
  if (params.q !== shownFor) {
    setShownFor(params.q);
    if (params.q.trim() !== text.trim()) setText(params.q);
  }
  const search = useDebouncedCallback((value: string) => update({ q: value }), SEARCH_DEBOUNCE_MS);
  return (
    <TextInput
      aria-label={t('businesses.list.searchLabel')}
      placeholder={t('businesses.list.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        search(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') search.flush();
      }}
      size="md"
      type="search"
      data-autofocus
    />
  );
}

/** Search, sort and the filters above the table. */
export function ListFilters({ params, update }: ListFiltersProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const province = settings?.office.provinceCode ?? '64';
  const regencies = useRegions(province);
  const districts = useRegions(params.regency ?? undefined);
  const tags = useApiQuery('businesses:tags');
  // Compact: no label rows; the placeholder names the filter, the chosen value speaks for itself.
  const select = (label: string) =>
    ({ 'aria-label': label, placeholder: label, title: label, clearable: true, allowDeselect: true }) as const;

  return (
    <Paper withBorder radius="md" p="md" mb="md" role="search">
      <Stack gap="sm">
        <SearchBox params={params} update={update} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm">
          <Select
            {...select(t('businesses.list.regency'))}
            data={regencies.options}
            searchable
            value={params.regency}
            onChange={(v) => update({ regency: v, district: null })}
          />
          <Select
            {...select(t('businesses.list.district'))}
            title={params.regency ? t('businesses.list.district') : t('businesses.list.chooseRegencyFirst')}
            data={districts.options}
            searchable
            disabled={!params.regency}
            value={params.district}
            onChange={(v) => update({ district: v })}
          />
          <Select
            {...select(t('businesses.list.sector'))}
            data={kbliCategoryOptions()}
            searchable
            value={params.sector}
            onChange={(v) => update({ sector: v })}
            comboboxProps={{ width: 420, position: 'bottom-start' }}
          />
          <Select
            {...select(t('businesses.list.scale'))}
            data={scaleOptions(t)}
            value={params.scale}
            onChange={(v) => update({ scale: v as ListParams['scale'] })}
          />
          <Select
            {...select(t('businesses.list.status'))}
            data={statusOptions(t)}
            value={params.status}
            onChange={(v) => update({ status: v as ListParams['status'] })}
          />
          <Select
            {...select(t('businesses.list.permit'))}
            data={permitFilterOptions(t)}
            value={params.permit}
            onChange={(v) => update({ permit: v as ListParams['permit'] })}
            comboboxProps={{ width: 240, position: 'bottom-start' }}
          />
          <Select
            {...select(t('businesses.list.tag'))}
            data={(tags.data ?? []).map((x) => ({ value: x.tag, label: `${x.tag} (${x.count})` }))}
            searchable
            value={params.tag}
            onChange={(v) => update({ tag: v })}
          />
          <Switch
            label={t('businesses.list.showDeleted')}
            checked={params.deleted}
            onChange={(e) => update({ deleted: e.currentTarget.checked })}
            style={{ alignSelf: 'center' }}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
