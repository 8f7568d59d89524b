import { Text, type ComboboxItem, type ComboboxLikeRenderOptionInput, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../lib/query';

/** Main already searched name, owner, phone and NIB; filtering again by label would hide matches. */
const keepAll: OptionsFilter = ({ options }) => options;

/** A business option as its name, with a dimmed line under it (owner, kabupaten/kota) when there is one. */
export function renderWithHints(hints: ReadonlyMap<string, string>) {
  return function BusinessOption({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>): ReactNode {
    const hint = hints.get(option.value);
    return (
      <div>
        <Text size="sm">{option.label}</Text>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </div>
    );
  };
}

/**
 * The options of a searchable business Select: `businesses:list` for what is typed (debounced),
 * the chosen business kept among them, owner and kabupaten/kota under each name. One source for
 * every business picker (intake, Tindak Lanjut, export scope).
 */
export function useBusinessOptions(search: string, { selectedId = null, exclude }: { selectedId?: string | null; exclude?: ReadonlySet<string> } = {}) {
  const [query] = useDebouncedValue(search, 250);
  const results = useApiQuery('businesses:list', { query, pageSize: 10 });
  const current = useApiQuery('businesses:get', { id: selectedId ?? '' }, { enabled: Boolean(selectedId) });
  const hintOf = (b: { ownerName: string | null; regencyName: string | null }) => [b.ownerName, b.regencyName].filter(Boolean).join(' · ');

  const found = (results.data?.rows ?? []).filter((r) => !exclude?.has(r.id)).map((r) => ({ value: r.id, label: r.name, hint: hintOf(r) }));
  const chosen = current.data && current.data.id === selectedId ? current.data : null;
  if (chosen && !found.some((f) => f.value === chosen.id)) found.unshift({ value: chosen.id, label: chosen.name, hint: hintOf(chosen) });
  const hints = new Map(found.map((f) => [f.value, f.hint]));

  return {
    data: found.map(({ value, label }) => ({ value, label })),
    filter: keepAll,
    renderOption: renderWithHints(hints),
    loading: results.loading,
    /** The name shown for an option, for pickers that keep what was chosen. */
    nameOf: (id: string) => found.find((f) => f.value === id)?.label ?? null,
  };
}
