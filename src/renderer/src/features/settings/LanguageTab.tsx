import { Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/contract';
import { applyLanguage } from '../../app/i18n';
import { call, toApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSettings } from '../../app/settings';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Bahasa Indonesia or English for this computer; the UI switches at once. */
export function LanguageTab() {
  const { t, i18n } = useTranslation();
  const { settings, setSettings } = useSettings();
  // The choice shows at once; it falls back to the stored language if saving fails.
  const [pending, setPending] = useState<Language | null>(null);
  const current = settings?.language ?? 'id';

  const change = async (value: string) => {
    if (!isLanguage(value) || value === current) return;
    setPending(value);
    applyLanguage(value);
    try {
      setSettings(await call('settings:setLanguage', { language: value }));
      // Said in the language just chosen, not the one this render started in.
      notifySuccess(i18n.getFixedT(value)('settings.language.saved'));
    } catch (err) {
      applyLanguage(current);
      notifyError(toApiError(err));
    } finally {
      setPending(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={560}>
      <Radio.Group
        label={t('settings.language.label')}
        description={t('settings.language.hint')}
        value={pending ?? current}
        onChange={(value) => void change(value)}
      >
        <Stack gap="sm" mt="md">
          {LANGUAGES.map((lang) => (
            <Radio
              key={lang}
              value={lang}
              disabled={pending !== null}
              label={
                <Group gap={6}>
                  <Text size="sm">{t(`settings.language.${lang}`)}</Text>
                </Group>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
    </Paper>
  );
}
