import { ActionIcon, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../lib/query';

interface Props {
  value: Array<{ id: string; name: string }>;
  onChange: (next: Array<{ id: string; name: string }>) => void;
  error?: string;
}

/** Search over `businesses:list` (name, owner, phone, NIB); each pick joins the list below. */
export function BusinessPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const results = useApiQuery('businesses:list', { query, pageSize: 10 });
  const chosen = new Set(value.map((b) => b.id));
  const rows = (results.data?.rows ?? []).filter((r) => !chosen.has(r.id));
  const hints = new Map(rows.map((r) => [r.id, [r.ownerName, r.regencyName].filter(Boolean).join(' · ')]));

  return (
    <Stack gap="xs">
      <Select
        label={t('transfer.scope.businessPick')}
        placeholder={t('transfer.scope.businessPlaceholder')}
        searchable
        data={rows.map((r) => ({ value: r.id, label: r.name }))}
        // Main already searched name, owner, phone and NIB; filtering again by label would hide matches.
        filter={({ options }) => options}
        searchValue={search}
        onSearchChange={setSearch}
        value={null}
        onChange={(id) => {
          const row = rows.find((r) => r.id === id);
          if (row) onChange([...value, { id: row.id, name: row.name }]);
          setSearch('');
        }}
        nothingFoundMessage={results.loading ? t('app.loading') : t('transfer.scope.businessNothing')}
        renderOption={({ option }) => (
          <div>
            <Text size="sm">{option.label}</Text>
            {hints.get(option.value) ? (
              <Text size="xs" c="dimmed">
                {hints.get(option.value)}
              </Text>
            ) : null}
          </div>
        )}
        error={error}
      />
      {value.length > 0 ? (
        <Paper withBorder radius="md" p="xs">
          <Text size="sm" fw={600} mb={4}>
            {t('transfer.scope.chosenBusinesses', { count: value.length })}
          </Text>
          <Stack gap={2} data-testid="chosen-businesses">
            {value.map((b) => (
              <Group key={b.id} justify="space-between" wrap="nowrap">
                <Text size="sm">{b.name}</Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('transfer.scope.remove', { name: b.name })}
                  onClick={() => onChange(value.filter((x) => x.id !== b.id))}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
