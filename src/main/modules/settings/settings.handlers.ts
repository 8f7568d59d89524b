import type { settingsContract } from '../../../shared/contract';
import type { Handlers } from '../../ipc/handlers';
import type { EventBus } from '../../events';
import type { SettingsService } from './settings.service';

export function settingsHandlers(
  settings: SettingsService,
  bus: EventBus,
  hooks: { onTimeZoneChanged?: () => Promise<void> } = {},
): Pick<Handlers, keyof typeof settingsContract> {
  return {
    'settings:get': () => settings.get(),
    'settings:updateOffice': async (input) => {
      const zoneBefore = await settings.timeZone();
      const value = await settings.updateOffice(input);
      // Follow-ups fall due at office time: a new zone moves their instants.
      if (value.office.timeZone !== zoneBefore) await hooks.onTimeZoneChanged?.();
      bus.emit('settings:changed', value);
      return value;
    },
    'settings:reminders': () => settings.reminderSettings(),
    'settings:updateReminders': (input) => settings.updateReminderSettings(input),
    'settings:updateLock': async ({ lockAfterMinutes }) => {
      const value = await settings.updateLock(lockAfterMinutes);
      bus.emit('settings:changed', value);
      return value;
    },
    'settings:setLanguage': async ({ language }) => {
      const value = await settings.setLanguage(language);
      bus.emit('settings:changed', value);
      return value;
    },
  };
}
