export { SettingsPage } from './SettingsPage';
export { SettingsProvider, useSettings, useOfficeTimeZone, DEFAULT_TIME_ZONE } from './SettingsProvider';
export { OfficeProfileForm } from './OfficeProfileForm';
