import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false };

function visibleOnSomeDisplay(b: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) =>
    b.x < a.x + a.width - 50 && b.x + b.width > a.x + 50 && b.y >= a.y - 10 && b.y < a.y + a.height - 50,
  );
}

/** Size and position from the last run, unless that place is no longer on any screen. */
export function loadWindowState(dir: string): WindowState & { placed: boolean } {
  try {
    const saved = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as WindowState;
    const b = saved.bounds;
    if ([b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width >= 800 && b.height >= 560 && visibleOnSomeDisplay(b)) {
      return { ...saved, placed: true };
    }
  } catch {
    // First run or an unreadable file: use the default size, centred.
  }
  return { ...DEFAULT, placed: false };
}

export function trackWindowState(win: BrowserWindow, dir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // Losing a window position is not worth an error dialog.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
