import { Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { topicOptions } from '../labels';
import type { TrainingParams } from './use-training-params';

interface Props {
  params: TrainingParams;
  update: (patch: Partial<TrainingParams>) => void;
}

function SearchBox({ params, update }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(params.q);
  const [shownFor, setShownFor] = useState(params.q);
  // "Hapus saringan" empties the URL's query: the box follows it.
  if (params.q !== shownFor) {
    setShownFor(params.q);
    if (params.q.trim() !== text.trim()) setText(params.q);
  }
  const search = useDebouncedCallback((value: string) => update({ q: value }), 250);
  return (
    <TextInput
      aria-label={t('trainings.list.searchLabel')}
      placeholder={t('trainings.list.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        search(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') search.flush();
      }}
      type="search"
      data-autofocus
    />
  );
}

/** Search, topic, kabupaten/kota and the date range above the training list. */
export function TrainingFilters({ params, update }: Props) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const l = (key: string) => t(`trainings.list.${key}`);
  return (
    <Paper withBorder radius="md" p="md" mb="md" role="search" aria-label={l('filtersLabel')}>
      <Stack gap="sm">
        <SearchBox params={params} update={update} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Select
            aria-label={l('topic')}
            placeholder={l('topic')}
            clearable
            data={topicOptions(t)}
            value={params.topic}
            onChange={(v) => update({ topic: v as TrainingParams['topic'] })}
          />
          <Select
            aria-label={l('regency')}
            placeholder={l('regency')}
            clearable
            searchable
            data={regencies.options}
            value={params.regency}
            onChange={(v) => update({ regency: v })}
          />
          <DateField aria-label={l('from')} placeholder={l('from')} value={params.from} onChange={(v) => update({ from: v || null })} />
          <DateField aria-label={l('to')} placeholder={l('to')} value={params.to} onChange={(v) => update({ to: v || null })} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
