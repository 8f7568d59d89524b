import { Alert, Checkbox, Divider, Group, PasswordInput, Radio, SimpleGrid, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXPORT_CONTENTS, type ExportContent } from '../../../../../shared/contract';
import { AudienceChoice, OfficePackageOptions } from './AudienceChoice';
import { OUTSIDE_CONTENTS, encryptionForced, encrypts, type CsvSeparator } from './export-values';
import type { StepProps } from './step-props';

/**
 * Step 3: for whom. The office's own desks get the data package (office key, full data, perhaps
 * only the changes a desk has not acknowledged); outsiders get files for people to read, with the
 * CSV separator, personal data (masked unless a reason is given) and a password.
 */
export function ContentsStep(props: StepProps) {
  return (
    <Stack gap="md">
      <AudienceChoice {...props} />
      <Divider />
      {props.values.audience === 'office' ? <OfficePackageOptions {...props} /> : <OutsideContents {...props} />}
    </Stack>
  );
}

/** The package, among the files for outsiders, is the one for another office's app. */
const outsideKey = (c: ExportContent): string => (c === 'package' ? 'packageOutside' : c);

function OutsideContents({ values, set, errors }: StepProps) {
  const { t } = useTranslation();
  const encrypted = encrypts(values);
  const forced = encryptionForced(values);

  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t('transfer.contents.label')}
        withAsterisk
        value={values.contents}
        // Kept in the contract's order, whatever order they were ticked in.
        onChange={(next) => set({ contents: EXPORT_CONTENTS.filter((c) => next.includes(c)) })}
        error={errors['contents']}
      >
        <Stack gap="sm" mt="xs">
          {OUTSIDE_CONTENTS.map((c) => (
            <Stack key={c} gap="xs">
              <Checkbox value={c} label={t(`transfer.contents.${outsideKey(c)}`)} description={t(`transfer.contents.${outsideKey(c)}Hint`)} />
              {c === 'csv' && values.contents.includes('csv') ? (
                <Radio.Group label={t('transfer.contents.separator')} value={values.csvSeparator} onChange={(sep) => set({ csvSeparator: sep as CsvSeparator })} ml={32}>
                  <Group gap="lg" mt={6}>
                    <Radio value=";" label={t('transfer.contents.semicolon')} />
                    <Radio value="," label={t('transfer.contents.comma')} />
                  </Group>
                </Radio.Group>
              ) : null}
            </Stack>
          ))}
        </Stack>
      </Checkbox.Group>
      <Divider />
      <Title order={2} size="h4">{t('transfer.contents.personalTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('transfer.contents.maskedNote')}
      </Text>
      <Switch
        checked={values.fullPersonalData}
        onChange={(e) => set({ fullPersonalData: e.currentTarget.checked })}
        label={t('transfer.contents.full')}
        description={t('transfer.contents.fullHint')}
        color="red"
      />
      {values.fullPersonalData ? (
        <Textarea
          label={t('transfer.contents.reason')}
          placeholder={t('transfer.contents.reasonPlaceholder')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={values.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          error={errors['reason']}
          maw={640}
        />
      ) : null}

      <Divider />
      {forced ? (
        // Full personal data, or a package for another office, always leaves encrypted: no switch to turn off, just what will happen.
        <Alert color="orange" icon={<IconShieldLock size={18} />} title={t('transfer.contents.encrypt')} maw={640} data-testid="encryption-forced">
          <Text size="sm">{forced === 'full' ? t('transfer.contents.encryptForced') : t('transfer.contents.encryptForcedPackage')}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('transfer.contents.encryptHint')}
          </Text>
        </Alert>
      ) : (
        <Switch
          checked={encrypted}
          onChange={(e) => set({ encrypt: e.currentTarget.checked })}
          label={t('transfer.contents.encrypt')}
          description={t('transfer.contents.encryptHint')}
          thumbIcon={encrypted ? <IconLock size={10} /> : undefined}
        />
      )}
      {encrypted ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
          <PasswordInput
            label={t('transfer.contents.password')}
            withAsterisk
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set({ password: e.currentTarget.value })}
            error={errors['password']}
          />
          <PasswordInput
            label={t('transfer.contents.passwordConfirm')}
            withAsterisk
            autoComplete="new-password"
            value={values.passwordConfirm}
            onChange={(e) => set({ passwordConfirm: e.currentTarget.value })}
            error={errors['passwordConfirm']}
          />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
