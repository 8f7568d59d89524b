import { notifications } from '@mantine/notifications';
import { i18n } from '../app/i18n';
import type { Language } from '../../../shared/contract';
import { messageText } from '../../../shared/messages';
import type { ApiError } from './api';

/**
 * Title and sentence for an error, in the UI language: the core's sentence by its key when it
 * names one, else (older answers) the core's Indonesian text in `id` and a sentence per code.
 */
export function describeError(error: ApiError): { title: string; message: string } {
  const title = i18n.t(`errors.title.${error.code}`);
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  if (error.sentence && error.code !== 'INTERNAL') return { title, message: messageText(language, error.sentence.key, error.sentence.params) };
  const generic = i18n.t(`errors.message.${error.code}`);
  const useServerText = language === 'id' && error.message.trim() !== '' && error.code !== 'INTERNAL';
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
