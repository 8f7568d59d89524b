import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SessionProvider } from '../features/session/SessionProvider';
import { SettingsProvider } from './settings';
import { queryClient, useDataFreshness } from '../lib/query';
import { i18n } from './i18n';
import { cssVariablesResolver, localisedTheme } from './theme';

/**
 * Mantine, dates (week starts Monday), notifications and the query cache; `env="test"` turns off
 * transitions and portals.
 */
export function UiProviders({ children, env = 'default' }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedMantine env={env}>
          <LocalisedDates>
            {/* Bottom right, above a form's save bar (global.css): never over the page header or a record's number. */}
            <Notifications position="bottom-right" limit={4} />
            {children}
          </LocalisedDates>
        </LocalisedMantine>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/** Mantine with its own buttons (close, clear, show password) named in the app's language. */
function LocalisedMantine({ children, env }: { children: ReactNode; env: 'default' | 'test' }) {
  // `t` changes with the language, and the labels with it.
  const { t } = useTranslation();
  const theme = useMemo(
    () => localisedTheme({ close: t('app.close'), clear: t('app.clear'), showPassword: t('app.showPassword') }),
    [t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
      {children}
    </MantineProvider>
  );
}

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return (
    <DatesProvider settings={{ locale: current.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

/** Everything the app needs around it: UI, then the data layer (settings, session). */
export function AppProviders({ children, env = 'default' }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <UiProviders env={env}>
      <FreshData />
      <SettingsProvider>
        <SessionProvider>{children}</SessionProvider>
      </SettingsProvider>
    </UiProviders>
  );
}

function FreshData() {
  useDataFreshness();
  return null;
}
