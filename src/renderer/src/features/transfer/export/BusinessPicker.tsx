import { ActionIcon, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusinessOptions } from '../../businesses';

interface Props {
  value: Array<{ id: string; name: string }>;
  onChange: (next: Array<{ id: string; name: string }>) => void;
  error?: string;
}

/** Search over `businesses:list` (name, owner, phone, NIB); each pick joins the list below. */
export function BusinessPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const options = useBusinessOptions(search, { exclude: new Set(value.map((b) => b.id)) });

  return (
    <Stack gap="xs">
      <Select
        label={t('transfer.scope.businessPick')}
        placeholder={t('transfer.scope.businessPlaceholder')}
        searchable
        data={options.data}
        filter={options.filter}
        searchValue={search}
        onSearchChange={setSearch}
        value={null}
        onChange={(id) => {
          const name = id ? options.nameOf(id) : null;
          if (id && name) onChange([...value, { id, name }]);
          setSearch('');
        }}
        nothingFoundMessage={options.loading ? t('app.loading') : t('transfer.scope.businessNothing')}
        renderOption={options.renderOption}
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
