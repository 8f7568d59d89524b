import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KBLI_ENTRIES, isValidKbliCode, kbliByCode, kbliLabel, normalizeKbliCode, searchKbli } from '../../../../../shared/domain/kbli';

const LIMIT = 40;

/**
 * The options for what was typed: curated codes found by code or by words (searchKbli), the chosen
 * code (so its label stays), and a typed five-digit code that is valid but not curated.
 */
function kbliOptions(t: TFunction, search: string, value: string | null): ComboboxItem[] {
  const entries = search.trim() ? searchKbli(search, { limit: LIMIT }) : KBLI_ENTRIES;
  const items = entries.map((e) => ({ value: e.code, label: kbliLabel(e.code) }));
  if (value && !items.some((i) => i.value === value)) items.unshift({ value, label: kbliLabel(value) });
  const typed = normalizeKbliCode(search);
  if (isValidKbliCode(typed) && !kbliByCode(typed) && !items.some((i) => i.value === typed)) {
    items.unshift({ value: typed, label: t('businesses.hints.useKbliCode', { code: typed }) });
  }
  return items;
}

type KbliSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** Sector picker: type a code (`107`, `10.710`) or everyday words (`roti`, `laundry`, `sablon`). */
export function KbliSelect({ value, onChange, ...props }: KbliSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const data = useMemo(() => kbliOptions(t, search, value), [t, search, value]);
  return (
    <Select
      searchable
      clearable
      allowDeselect
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // searchKbli already filtered and ranked the options.
      filter={({ options }) => options}
      nothingFoundMessage={t('businesses.hints.noOptions')}
      maxDropdownHeight={300}
      {...props}
    />
  );
}
