export { SettingsPage } from './SettingsPage';
export { OfficeProfileForm } from './OfficeProfileForm';
