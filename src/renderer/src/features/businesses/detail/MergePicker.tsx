import { Button, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';

interface Pickable {
  id: string;
  name: string;
  ownerName: string | null;
  regencyName: string | null;
}

interface PickListProps {
  items: Pickable[];
  onPick: (id: string) => void;
  /** Only for look-alikes: records "not the same business" so the pair is not suggested again. */
  onDismiss?: (id: string) => void;
}

function PickList({ items, onPick, onDismiss }: PickListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      {items.map((item) => (
        <Paper key={item.id} withBorder p="xs" radius="md">
          <Group justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={600} size="sm" truncate="end">
                {item.name}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {[item.ownerName, item.regencyName].filter(Boolean).join(' · ') || t('businesses.detail.none')}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap">
              {onDismiss ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="gray"
                  onClick={() => onDismiss(item.id)}
                  aria-label={t('businesses.duplicates.notDuplicateNamed', { name: item.name })}
                >
                  {t('businesses.duplicates.notDuplicate')}
                </Button>
              ) : null}
              <Button size="compact-sm" variant="light" onClick={() => onPick(item.id)} aria-label={t('businesses.merge.chooseNamed', { name: item.name })}>
                {t('businesses.merge.choose')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** Step 1 of a merge: look-alikes first, or search the list for the other profile. */
export function MergePicker({ d, onPick }: { d: BusinessDetail; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const suggestions = useApiQuery('businesses:checkDuplicates', {
    name: d.name,
    ownerName: d.ownerName ?? undefined,
    nib: d.nib ?? undefined,
    ownerPhone: d.ownerPhone ?? undefined,
    provinceCode: d.provinceCode,
    regencyCode: d.regencyCode,
    districtCode: d.districtCode,
    villageCode: d.villageCode,
    excludeId: d.id,
  });
  const results = useApiQuery('businesses:list', { query, pageSize: 8 });
  const searching = query !== '';
  const items: Pickable[] = searching
    ? (results.data?.rows ?? []).filter((r) => r.id !== d.id)
    : (suggestions.data ?? []);
  const loading = searching ? results.loading : suggestions.loading;
  const dismiss = (otherId: string) => {
    call('businesses:dismissDuplicate', { id: d.id, otherId }).catch((err: unknown) => notifyError(toApiError(err)));
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('businesses.merge.intro')}</Text>
      <TextInput
        label={t('businesses.merge.searchLabel')}
        placeholder={t('businesses.merge.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
      />
      <Group gap="xs">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {searching ? t('businesses.merge.results') : t('businesses.merge.suggestions')}
        </Text>
        {loading ? <Loader size="xs" /> : null}
      </Group>
      {items.length > 0 ? (
        <PickList items={items} onPick={onPick} onDismiss={searching ? undefined : dismiss} />
      ) : loading ? null : (
        <Text size="sm" c="dimmed">
          {t('businesses.merge.nothing')}
        </Text>
      )}
    </Stack>
  );
}
