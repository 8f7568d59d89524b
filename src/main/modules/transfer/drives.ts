import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { RemovableDrive } from '../../platform';

/** What `systeminformation` reports, reduced to the fields drive detection reads. */
export interface BlockDeviceInfo {
  name: string;
  type: string;
  mount: string;
  label: string;
  removable: boolean;
  size: number;
  physical?: string;
}

export interface FsSizeInfo {
  fs: string;
  mount: string;
  size: number;
  available: number;
  rw: boolean | null;
}

/**
 * Removable drives that are mounted: label (or the mount point's name), free and total space, and
 * whether the app may write there. Partitions of a removable disk count as removable.
 */
export function removableDrivesFrom(devices: BlockDeviceInfo[], sizes: FsSizeInfo[]): RemovableDrive[] {
  const drives: RemovableDrive[] = [];
  const seen = new Set<string>();
  for (const d of devices) {
    if (!d.removable || !d.mount || seen.has(d.mount)) continue;
    seen.add(d.mount);
    const size = sizes.find((s) => s.mount === d.mount);
    drives.push({
      // Windows reports `E:`, which path.join would read as "the current folder of drive E".
      mountPath: /^[A-Za-z]:$/.test(d.mount) ? `${d.mount}\\` : d.mount,
      label: d.label || d.mount.split(/[\\/]/).filter(Boolean).pop() || d.mount,
      freeBytes: size?.available ?? 0,
      totalBytes: size?.size ?? d.size ?? 0,
      writable: size?.rw !== false,
    });
  }
  return drives;
}

/** The drives the export can write to, found with `systeminformation` (pure JavaScript, every OS). */
export async function listRemovableDrives(): Promise<RemovableDrive[]> {
  const si = await import('systeminformation');
  const [devices, sizes] = await Promise.all([si.blockDevices(), si.fsSize()]);
  const drives = removableDrivesFrom(
    devices.map((d) => ({ name: d.name, type: d.type, mount: d.mount, label: d.label, removable: d.removable, size: d.size, physical: d.physical })),
    sizes.map((s) => ({ fs: s.fs, mount: s.mount, size: s.size, available: s.available, rw: s.rw })),
  );
  // The OS may say read-write while the stick's lock switch says otherwise: ask the file system.
  for (const drive of drives) {
    if (!drive.writable) continue;
    drive.writable = await access(drive.mountPath, constants.W_OK).then(
      () => true,
      () => false,
    );
  }
  return drives;
}
