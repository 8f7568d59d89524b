// Loads the BUILT main bundle (out/main/index.js) under plain Node with `electron` replaced by a
// stub, lets the app start, then calls one registered IPC handler the way Electron would.
// Prints one JSON line with what it saw; when the app exits instead (it could not start), the line
// holds the exit code and the error dialogs it showed. Used by main-bundle.test.ts.
const Module = require('node:module');
const path = require('node:path');

const dataDir = process.argv[2];
const handlers = new Map();
const sent = [];
/** Every dialog.showErrorBox call, printed when the app exits early (a start-up failure). */
const errorBoxes = [];
let readyResolve;
const webContents = {
  send: (channel, payload) => sent.push({ channel, payload }),
  mainFrame: null,
  on() {},
  setWindowOpenHandler() {},
};
webContents.mainFrame = { url: '' };

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = webContents;
    BrowserWindow.created.push(this);
  }
  loadURL(url) {
    webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  once() {}
  on() {}
  maximize() {}
  isMinimized() { return false; }
  isDestroyed() { return false; }
  isMaximized() { return false; }
  getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 800 }; }
  focus() {}
  restore() {}
}
BrowserWindow.created = [];

const electronStub = {
  app: {
    getPath: () => dataDir,
    getAppPath: () => process.cwd(),
    isPackaged: false,
    getVersion: () => '0.0.0-smoke',
    requestSingleInstanceLock: () => true,
    on() {},
    quit() {},
    exit(code) {
      console.log(JSON.stringify({ exitCode: code, errorBoxes }));
      process.exit(code);
    },
    whenReady: () => new Promise((resolve) => { readyResolve = resolve; }),
  },
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => handlers.set(channel, fn) },
  Menu: { buildFromTemplate: (t) => ({ template: t }), setApplicationMenu() {} },
  dialog: { showErrorBox: (title, detail) => { errorBoxes.push({ title, detail }); }, showMessageBox: async () => ({}) },
  session: {
    defaultSession: {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      webRequest: { onHeadersReceived() {} },
    },
  },
  Notification: class { static isSupported() { return false; } },
  shell: { openPath: async () => '' },
  screen: { getAllDisplays: () => [] },
  powerMonitor: { on() {} },
};

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electronStub;
  return originalLoad.call(this, request, parent, isMain);
};

process.env.KLINIK_DATA_DIR = dataDir;
require(path.resolve('out/main/index.js'));
readyResolve();

const deadline = Date.now() + 20000;
(function waitForWindow() {
  if (BrowserWindow.created.length === 0) {
    if (Date.now() > deadline) {
      console.log(JSON.stringify({ error: 'no window created' }));
      process.exit(1);
    }
    return setTimeout(waitForWindow, 50);
  }
  const win = BrowserWindow.created[0];
  const trusted = { sender: webContents, senderFrame: webContents.mainFrame };
  const untrusted = { sender: webContents, senderFrame: { url: 'https://example.invalid/' } };
  Promise.all([handlers.get('session:get')(trusted, undefined), handlers.get('session:get')(untrusted, undefined)]).then(
    ([fromApp, fromStranger]) => {
      console.log(
        JSON.stringify({
          channels: [...handlers.keys()],
          webPreferences: win.options.webPreferences,
          url: webContents.mainFrame.url,
          fromApp,
          fromStranger,
        }),
      );
      process.exit(0);
    },
  );
})();
