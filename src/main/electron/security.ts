import { app, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CSP_HEADER } from '../../shared/csp';


/** Where the app's own page lives: the built file, or the dev server while developing. */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const u = new URL(url);
    const r = new URL(rendererUrl);
    if (r.protocol === 'file:') return u.protocol === 'file:' && u.pathname === r.pathname;
    return u.origin === r.origin;
  } catch {
    return false;
  }
}

/** An IPC call is answered only when it comes from the app's own page in its main frame. */
export function isTrustedSender(event: IpcMainInvokeEvent, main: WebContents | null, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  return Boolean(main && event.sender === main && frame && frame === main.mainFrame && isAppUrl(frame.url, rendererUrl));
}

/**
 * Hardens every web contents the app ever creates: no new windows, no navigation away, no
 * webviews, no permissions (camera, geolocation, notifications from the page...).
 */
export function hardenApp(rendererUrl: string): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP_HEADER] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
