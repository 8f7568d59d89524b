import type { PowerMonitor } from 'electron';

/**
 * Locks the desk when the OS locks the screen (Windows+L, the screen saver's lock, a sleeping
 * laptop): the consultant who walks away from a locked PC finds the app locked too. The lock goes
 * through the core's router like any call, so it is audited and announced as `session:changed`.
 */
export function lockWithScreen(powerMonitor: Pick<PowerMonitor, 'on'>, lock: () => Promise<unknown>, onError: (err: unknown) => void): void {
  const onLock = () => {
    lock().catch(onError);
  };
  powerMonitor.on('lock-screen', onLock);
  powerMonitor.on('suspend', onLock);
}
