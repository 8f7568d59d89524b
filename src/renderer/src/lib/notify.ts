import { notifications } from '@mantine/notifications';
import { i18n } from '../app/i18n';
import type { ApiError } from './api';

/** Title and sentence for an error, in the UI language. Main's own text is Indonesian, so it is used only in `id`. */
export function describeError(error: ApiError): { title: string; message: string } {
  const title = i18n.t(`errors.title.${error.code}`);
  const generic = i18n.t(`errors.message.${error.code}`);
  const useServerText = i18n.language === 'id' && error.message.trim() !== '' && error.code !== 'INTERNAL';
  return { title, message: useServerText ? error.message : generic };
}

export function notifyError(error: ApiError, details: string[] = []): void {
  const { title, message } = describeError(error);
  notifications.show({
    color: 'red',
    title,
    message: [message, ...details].join(' '),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
