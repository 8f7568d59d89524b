import { Fieldset, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../shared/validation/fields';
import { useRegions } from '../../../components/use-regions';
import { type BusinessForm, watchedInputProps } from './types';

type RegionField = 'provinceCode' | 'regencyCode' | 'districtCode' | 'villageCode';
const CHAIN: RegionField[] = ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'];
const PLACEHOLDERS: Record<RegionField, string> = {
  provinceCode: 'chooseProvince',
  regencyCode: 'chooseRegency',
  districtCode: 'chooseDistrict',
  villageCode: 'chooseVillage',
};

/** The code above `field` in the chain; the province's parent is "all provinces". */
function useParent(form: BusinessForm, field: RegionField): string | null | undefined {
  const above = CHAIN[CHAIN.indexOf(field) - 1];
  // Always subscribe to the same number of fields; the province watches itself and ignores it.
  const value = form.useWatchValue(above ?? field);
  if (!above) return null;
  return (value as string | null) ?? undefined;
}

function RegionSelect({ form, field }: { form: BusinessForm; field: RegionField }) {
  const { t } = useTranslation();
  const parent = useParent(form, field);
  const value = form.useWatchValue(field);
  const regions = useRegions(parent);
  const waiting = parent === undefined;
  // Choosing a region clears the ones below it: a district of another kabupaten would not fit.
  const change = (value: string | null) => {
    form.setFieldValue(field, value, { forceUpdate: false });
    for (const below of CHAIN.slice(CHAIN.indexOf(field) + 1)) form.setFieldValue(below, null, { forceUpdate: false });
  };
  return (
    <Select
      label={t(`businesses.fields.${field}`)}
      placeholder={t(`businesses.hints.${waiting ? 'chooseParentFirst' : PLACEHOLDERS[field]}`)}
      data={regions.options}
      searchable
      clearable
      allowDeselect
      disabled={waiting}
      nothingFoundMessage={t('businesses.hints.noOptions')}
      {...watchedInputProps(form, field, value)}
      onChange={change}
    />
  );
}

/** "Alamat": the street address and the region chain, province down to village. */
export function AddressFields({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('businesses.sections.address')}>
      <Stack gap="sm">
        <Textarea
          label={t('businesses.fields.address')}
          autosize
          minRows={2}
          maxRows={4}
          maxLength={LIMITS.address}
          key={form.key('address')}
          {...form.getInputProps('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {CHAIN.map((field) => (
            <RegionSelect key={field} form={form} field={field} />
          ))}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
