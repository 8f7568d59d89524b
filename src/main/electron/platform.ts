import { spawn } from 'node:child_process';
import { BrowserWindow, Notification, app, dialog, shell, type WebContents } from 'electron';
import { listRemovableDrives } from '../modules/transfer/drives';
import type { Platform } from '../platform';

/**
 * A throwaway, script-less window that renders print HTML. It has no preload and no node, and
 * navigation is refused, so printed content can never reach the app's bridge.
 */
async function withPrintWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win.webContents);
  } finally {
    win.destroy();
  }
}

export function createElectronPlatform(options: {
  appVersion: string;
  parentWindow: () => BrowserWindow | null;
  onNotificationClick: (route: string) => void;
}): Platform {
  return {
    appVersion: options.appVersion,
    setBadgeCount(count) {
      // Dock/launcher badge on macOS and Linux; the taskbar button flashes on Windows, where
      // badges need an overlay icon, and the window title carries the count everywhere.
      app.setBadgeCount(count);
      const win = options.parentWindow();
      if (count > 0 && win && !win.isFocused() && process.platform === 'win32') win.flashFrame(true);
    },
    notify(n) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: n.title, body: n.body });
      if (n.route) {
        const route = n.route;
        notification.on('click', () => options.onNotificationClick(route));
      }
      notification.show();
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = options.parentWindow();
      const opts = { title, defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters, directory }) {
      const parent = options.parentWindow();
      const opts = {
        title,
        filters,
        properties: [directory ? ('openDirectory' as const) : ('openFile' as const), 'createDirectory' as const],
      };
      const result = parent ? await dialog.showOpenDialog(parent, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printToPdf(html, pdfOptions) {
      return withPrintWindow(html, (contents) =>
        contents.printToPDF({
          pageSize: 'A4',
          landscape: pdfOptions?.landscape ?? false,
          printBackground: true,
          preferCSSPageSize: true,
        }),
      );
    },
    printHtml(html) {
      return withPrintWindow(
        html,
        (contents) =>
          new Promise<boolean>((resolve) => {
            contents.print({ silent: false, printBackground: true }, (success) => resolve(success));
          }),
      );
    },
    listRemovableDrives() {
      return listRemovableDrives();
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    async launchInstaller(path) {
      // The installer outlives the app, which quits so its files can be replaced (the data folder stays).
      await new Promise<void>((resolve, reject) => {
        const child = spawn(path, [], { detached: true, stdio: 'ignore' });
        child.once('error', reject);
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      });
      app.quit();
    },
  };
}
