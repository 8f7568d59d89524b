import { Chip, Fieldset, Group, Input, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SALES_CHANNELS } from '../../../../../shared/contract';
import { kbliByCode, kbliLabel } from '../../../../../shared/domain/kbli';
import { LIMITS } from '../../../../../shared/validation/fields';
import { useApiQuery } from '../../../lib/query';
import { channelOptions, legalFormOptions, statusOptions } from '../labels';
import { KbliSelect } from './KbliSelect';
import { type BusinessForm, watchedInputProps } from './types';

type Channel = (typeof SALES_CHANNELS)[number];
const BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

function KbliField({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const value = form.useWatchValue('kbliCode');
  const chosen = value ? kbliByCode(value) : null;
  return (
    <KbliSelect
      label={t('businesses.fields.kbliCode')}
      placeholder={t('businesses.hints.sectorPlaceholder')}
      // The longest titles outrun even a full row: once one is chosen, it reads whole, wrapped, below.
      description={chosen ? kbliLabel(chosen.code) : t('businesses.hints.sectorSearch')}
      inputWrapperOrder={BELOW}
      {...watchedInputProps(form, 'kbliCode', value)}
      onChange={(code) => form.setFieldValue('kbliCode', code, { forceUpdate: false })}
    />
  );
}

function ChannelsField({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const value = form.useWatchValue('salesChannels');
  return (
    <Input.Wrapper label={t('businesses.fields.salesChannels')} error={form.errors.salesChannels}>
      <Chip.Group multiple value={value} onChange={(next) => form.setFieldValue('salesChannels', next as Channel[], { forceUpdate: false })}>
        <Group gap={6} mt={4}>
          {channelOptions(t).map((o) => (
            <Chip key={o.value} value={o.value} size="sm" variant="outline">
              {o.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}

/** "Usaha": what the business is and does. */
export function BusinessFields({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const tags = useApiQuery('businesses:tags');
  const f = (key: string) => t(`businesses.fields.${key}`);
  const h = (key: string) => t(`businesses.hints.${key}`);

  return (
    <Fieldset legend={t('businesses.sections.business')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={f('name')}
            placeholder={h('name')}
            withAsterisk
            maxLength={LIMITS.name}
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput label={f('brand')} maxLength={LIMITS.name} key={form.key('brand')} {...form.getInputProps('brand')} />
        </SimpleGrid>
        <Textarea
          label={f('products')}
          placeholder={h('products')}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={1000}
          key={form.key('products')}
          {...form.getInputProps('products')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label={f('status')} withAsterisk data={statusOptions(t)} key={form.key('status')} {...form.getInputProps('status')} />
          <Select
            label={f('legalForm')}
            data={legalFormOptions(t)}
            clearable
            allowDeselect
            key={form.key('legalForm')}
            {...form.getInputProps('legalForm')}
          />
          <NumberInput
            label={f('yearStarted')}
            placeholder="2019"
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            hideControls
            min={1900}
            max={2100}
            clampBehavior="none"
            key={form.key('yearStarted')}
            {...form.getInputProps('yearStarted')}
          />
        </SimpleGrid>
        {/* A row of its own: KBLI titles run to 130 characters, and the field shows the code with its title. */}
        <KbliField form={form} />
        <TextInput
          label={f('sectorText')}
          description={h('sectorText')}
          inputWrapperOrder={BELOW}
          maxLength={LIMITS.line}
          key={form.key('sectorText')}
          {...form.getInputProps('sectorText')}
        />
        <ChannelsField form={form} />
        <TagsInput
          label={f('tags')}
          description={h('tags')}
          inputWrapperOrder={BELOW}
          data={(tags.data ?? []).map((x) => x.tag)}
          maxTags={20}
          splitChars={[',']}
          clearable
          key={form.key('tags')}
          {...form.getInputProps('tags')}
        />
      </Stack>
    </Fieldset>
  );
}
