import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor } from 'electron';
import { NewerDatabaseError } from './db/data-source';
import { CHANNELS, type Language } from '../shared/contract';
import { eventChannel } from '../shared/events';
import { createCore, type Core } from './core';
import { createFileLogger } from './logger';
import { createElectronPlatform } from './electron/platform';
import { buildMenu } from './electron/menu';
import { hardenApp, isTrustedSender } from './electron/security';
import { guardUnload } from './electron/unload-guard';
import { loadWindowState, trackWindowState } from './electron/window-state';
import { importRoute, packageFromArgs } from './electron/open-package';
import { lockWithScreen } from './electron/lock-screen';

// A portable install or a test points the app at its own data folder.
const dataDir = process.env['KLINIK_DATA_DIR'] || join(app.getPath('userData'), 'data');
const rendererUrl = process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
/** A data package the app was opened with (a double-click on a `.klb`), shown once the window exists. */
let pendingPackage: string | null = packageFromArgs(process.argv);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
/** The UI language, for the few dialogs main shows itself. */
let language: Language = 'id';

function createWindow(): BrowserWindow {
  const state = loadWindowState(app.getPath('userData'));
  const win = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Klinik Bisnis',
    icon: join(resourcesDir, 'icons', 'icon.png'),
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, app.getPath('userData'));
  guardUnload(win, () => language);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  // Opened with a package: the page starts on the Impor screen with it (shown once a consultant is chosen).
  const opened = pendingPackage;
  pendingPackage = null;
  void win.loadURL(opened ? `${rendererUrl}#${importRoute(opened)}` : rendererUrl);
  return win;
}

/** A package double-clicked while the app runs (a second instance on Windows, open-file on macOS). */
function openPackage(path: string | null): void {
  if (!path) return;
  if (!core || !mainWindow) {
    pendingPackage = path;
    return;
  }
  focusWindow();
  core.events.emit('app:navigate', { route: importRoute(path) });
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const logger = createFileLogger(dataDir);
  hardenApp(rendererUrl);
  core = await createCore({
    dataDir,
    resourcesDir,
    logger,
    platform: createElectronPlatform({
      appVersion: app.getVersion(),
      parentWindow: () => mainWindow,
      onNotificationClick: (route) => {
        focusWindow();
        core?.events.emit('app:navigate', { route });
      },
    }),
  });
  const router = core.router;

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, mainWindow?.webContents ?? null, rendererUrl)) {
        logger.warn('ipc call from an untrusted sender refused', { channel });
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal.' } };
      }
      return router.invoke(channel, input, { trackReads: true });
    });
  }

  const applyMenu = (next: Language) => {
    language = next;
    Menu.setApplicationMenu(buildMenu(next, () => mainWindow));
  };
  core.events.subscribe((name, payload) => {
    if (name === 'settings:changed') applyMenu((payload as { language: Language }).language);
    mainWindow?.webContents.send(eventChannel(name), payload);
  });
  applyMenu((await core.services.settings.get()).language);
  lockWithScreen(powerMonitor, () => router.invoke('session:lock', undefined), (err) =>
    logger.error('locking with the screen failed', { error: err instanceof Error ? err.message : String(err) }),
  );

  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusWindow();
    openPackage(packageFromArgs(argv));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPackage(packageFromArgs([path]));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
  // One handler for both: whenReady failing, and start failing (a database that cannot be opened,
  // or one written by a newer version), which a second argument to then() would never see.
  app.whenReady().then(start).catch((err: unknown) => {
    const detail =
      err instanceof NewerDatabaseError
        ? 'Basis data ini dibuat oleh versi Klinik Bisnis yang lebih baru. Perbarui aplikasi; data tidak diubah.'
        : `Basis data di ${dataDir} tidak dapat dibuka. Data tidak diubah.`;
    dialog.showErrorBox('Klinik Bisnis tidak dapat dimulai', detail);
    console.error('Klinik Bisnis failed to start:', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
