import type { DesktopNotification, Platform, RemovableDrive } from '../main/platform';
import { printHtmlToPdf } from './chromium-pdf';

/**
 * The platform ports for the harness and tests: every side effect is recorded, and dialog answers
 * and drives are set by the test beforehand.
 */
export interface TestPlatform extends Platform {
  readonly notifications: DesktopNotification[];
  /** The last count set on the taskbar badge. */
  badgeCount: number;
  readonly printed: string[];
  readonly opened: string[];
  /** The update installers started, in order. */
  readonly installers: string[];
  /** What each save dialog was opened with (title, suggested file name). */
  readonly saveDialogs: Array<{ title: string; defaultName: string }>;
  /** Answers for the next dialogs, in order; null means "cancelled". */
  readonly dialogAnswers: Array<string | null>;
  drives: RemovableDrive[];
}

export function createTestPlatform(appVersion = '0.0.0-test'): TestPlatform {
  const platform: TestPlatform = {
    appVersion,
    notifications: [],
    badgeCount: 0,
    printed: [],
    opened: [],
    installers: [],
    dialogAnswers: [],
    saveDialogs: [],
    drives: [],
    notify(n) {
      platform.notifications.push(n);
    },
    setBadgeCount(count) {
      platform.badgeCount = count;
    },
    async chooseSavePath({ title, defaultName }) {
      platform.saveDialogs.push({ title, defaultName });
      return platform.dialogAnswers.shift() ?? null;
    },
    async chooseOpenPath() {
      return platform.dialogAnswers.shift() ?? null;
    },
    printToPdf(html, options) {
      return printHtmlToPdf(html, options);
    },
    async printHtml(html) {
      platform.printed.push(html);
      return true;
    },
    async listRemovableDrives() {
      return platform.drives;
    },
    async openPath(path) {
      platform.opened.push(path);
    },
    async launchInstaller(path) {
      platform.installers.push(path);
    },
  };
  return platform;
}
