import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ACTION_ITEMS, MAX_REFERRALS } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { DateField } from '../../../components/DateField';
import { assigneeOptions, referralOptions } from '../labels';
import { newActionItem } from './draft-values';
import type { ConsultationForm } from './types';

/** "Rujukan": where the business is sent on to, each with a note. */
export function ReferralFields({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  const rows = form.values.referrals;
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Fieldset legend={t('consultations.fields.referrals')}>
      <Stack gap="xs">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consultations.form.noReferrals')}
          </Text>
        ) : null}
        {rows.map((_, i) => {
          const n = i + 1;
          return (
            <Group key={i} gap="sm" align="flex-start" wrap="nowrap">
              <NativeSelect
                label={t('consultations.form.referralKind', { n })}
                data={[{ value: '', label: '—' }, ...referralOptions(t)]}
                value={rows[i]?.kind ?? ''}
                autoFocus={i === added}
                onChange={(e) => form.setFieldValue(`referrals.${i}.kind`, e.currentTarget.value || null)}
                error={form.errors[`referrals.${i}.kind`]}
                w={240}
              />
              <TextInput
                label={t('consultations.form.referralNote', { n })}
                maxLength={LIMITS.line}
                style={{ flex: 1 }}
                {...form.getInputProps(`referrals.${i}.note`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={25}
                aria-label={t('consultations.form.removeReferral', { n })}
                onClick={() => form.removeListItem('referrals', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            disabled={rows.length >= MAX_REFERRALS}
            onClick={() => {
              setAdded(rows.length);
              form.insertListItem('referrals', { kind: null, note: '' });
            }}
          >
            {t('consultations.form.addReferral')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** "Rencana aksi": what is to be done, by whom, by when. Items with a due date become follow-ups. */
export function ActionPlanFields({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  const items = form.values.actionItems;
  // A new item takes the focus, so the keyboard goes straight on to describe it.
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Fieldset legend={t('consultations.fields.actionItems')}>
      <Stack gap="xs">
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consultations.form.noActions')}
          </Text>
        ) : null}
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <Group key={item.id} gap="sm" align="flex-start" wrap="nowrap" data-testid="action-item">
              <TextInput
                label={t('consultations.form.actionWhat', { n })}
                maxLength={LIMITS.line}
                autoFocus={item.id === added}
                style={{ flex: 1 }}
                {...form.getInputProps(`actionItems.${i}.what`)}
              />
              <NativeSelect
                label={t('consultations.form.actionWho', { n })}
                data={assigneeOptions(t)}
                w={140}
                {...form.getInputProps(`actionItems.${i}.who`)}
              />
              <DateField
                label={t('consultations.form.actionDue', { n })}
                w={160}
                value={item.dueDate || null}
                onChange={(value) => form.setFieldValue(`actionItems.${i}.dueDate`, value ?? '')}
                error={form.errors[`actionItems.${i}.dueDate`]}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={25}
                aria-label={t('consultations.form.removeAction', { n })}
                onClick={() => form.removeListItem('actionItems', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        {typeof form.errors.actionItems === 'string' ? (
          <Text size="sm" c="red">
            {form.errors.actionItems}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            disabled={items.length >= MAX_ACTION_ITEMS}
            onClick={() => {
              const item = newActionItem();
              setAdded(item.id);
              form.insertListItem('actionItems', item);
            }}
          >
            {t('consultations.form.addAction')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
