import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/contract';

const TEXT: Record<Language, { title: string; detail: string; stay: string; discard: string }> = {
  id: {
    title: 'Buang perubahan yang belum disimpan?',
    detail: 'Isian yang belum disimpan di formulir ini akan hilang.',
    stay: 'Tetap di sini',
    discard: 'Buang',
  },
  en: {
    title: 'Discard unsaved changes?',
    detail: 'What has not been saved in this form will be lost.',
    stay: 'Stay here',
    discard: 'Discard',
  },
};

/**
 * A form with unsaved changes cancels `beforeunload`; Electron then neither closes nor reloads the
 * window and raises `will-prevent-unload` instead, with no dialog of its own. Ask the same question
 * as the renderer does; staying is the default, and only "Buang" lets the window go.
 */
export function guardUnload(win: BrowserWindow, language: () => Language): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const text = TEXT[language()] ?? TEXT.id;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Klinik Bisnis',
      message: text.title,
      detail: text.detail,
      buttons: [text.stay, text.discard],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Electron's meaning is inverted here: preventDefault() lets the unload go ahead.
    if (choice === 1) event.preventDefault();
  });
}
