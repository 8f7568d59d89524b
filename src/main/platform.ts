/**
 * What the core needs from the operating system. Electron implements these in `electron/`;
 * the browser harness and tests pass their own, which they can steer and read.
 */
export interface DesktopNotification {
  title: string;
  body: string;
  /** What a click opens, as an in-app route such as `/tindak-lanjut/<id>`. */
  route?: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface RemovableDrive {
  mountPath: string;
  label: string;
  freeBytes: number;
  totalBytes: number;
  writable: boolean;
}

export interface PdfOptions {
  /** A4 portrait unless told otherwise. */
  landscape?: boolean;
}

export interface Platform {
  /** The app's version, from package.json in both shells. */
  readonly appVersion: string;
  notify(notification: DesktopNotification): void;
  /** The count on the taskbar/dock icon (overdue follow-ups); 0 clears it. */
  setBadgeCount?(count: number): void;
  /** Resolves to the chosen path, or null when the consultant cancels. */
  chooseSavePath(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { title: string; filters?: FileFilter[]; directory?: boolean }): Promise<string | null>;
  /** Renders a complete HTML document to PDF bytes. */
  printToPdf(html: string, options?: PdfOptions): Promise<Uint8Array>;
  /** Sends a complete HTML document to the OS print dialog; resolves false when cancelled. */
  printHtml(html: string): Promise<boolean>;
  listRemovableDrives(): Promise<RemovableDrive[]>;
  openPath(path: string): Promise<void>;
  /** Starts a verified update installer on its own and lets the app close for it. */
  launchInstaller(path: string): Promise<void>;
}
