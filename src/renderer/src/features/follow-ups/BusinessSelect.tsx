import { Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusinessOptions } from '../businesses';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null) => void;
}

/** Picks a business by searching as one types (name, owner, phone, NIB), through `businesses:list`. */
export function BusinessSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const options = useBusinessOptions(search, { selectedId: value });

  return (
    <Select
      searchable
      clearable
      placeholder={t('followUps.filters.businessPlaceholder')}
      data={options.data}
      filter={options.filter}
      onSearchChange={setSearch}
      nothingFoundMessage={options.loading ? t('app.loading') : t('followUps.filters.businessNothing')}
      renderOption={options.renderOption}
      value={value}
      onChange={onChange}
      {...props}
    />
  );
}
