import { Menu, app, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract';

const LABELS = {
  id: {
    file: 'Berkas',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih Semua',
    view: 'Tampilan',
    reload: 'Muat Ulang',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran Asli',
    fullscreen: 'Layar Penuh',
    help: 'Bantuan',
    about: 'Tentang Klinik Bisnis',
    aboutText: 'Aplikasi pendampingan UMKM untuk klinik bisnis. Berjalan sepenuhnya tanpa internet.',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullscreen: 'Full Screen',
    help: 'Help',
    about: 'About Klinik Bisnis',
    aboutText: 'SME advisory app for business clinics. Works fully offline.',
  },
} satisfies Record<Language, Record<string, string>>;

export function buildMenu(language: Language, win: () => BrowserWindow | null): Menu {
  const l = LABELS[language];
  const template: MenuItemConstructorOptions[] = [
    { label: l.file, submenu: [{ label: l.quit, role: 'quit' }] },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.reload, role: 'reload' },
        { type: 'separator' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [
        {
          label: l.about,
          click: () => {
            const parent = win();
            const opts = { type: 'info' as const, title: l.about, message: `Klinik Bisnis ${app.getVersion()}`, detail: l.aboutText };
            void (parent ? dialog.showMessageBox(parent, opts) : dialog.showMessageBox(opts));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
