import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExportInput, ExportResult } from '../../../src/shared/contract';
import { tempDir } from './core';
import { openDesk, steppingClock, type Desk } from './business';

/** A tool on the PATH, or null. */
export function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || null : null;
}

/** Debian's `7zip` installs `7zz`; p7zip-full installs `7z`. */
export function sevenZip(): string | null {
  return which('7z') ?? which('7zz') ?? which('7za');
}

/** Why a real FAT stick cannot be made here, or null when it can. */
export function fatUnavailable(): string | null {
  if (!which('fusefat')) return 'fusefat is not installed (apt-get install fusefat)';
  if (!which('mkfs.vfat')) return 'mkfs.vfat is not installed (apt-get install dosfstools)';
  if (!which('fusermount')) return 'fusermount is not installed (apt-get install fuse)';
  if (!existsSync('/dev/fuse')) return '/dev/fuse is missing (no FUSE in this container)';
  // FUSE may be there and still be refused (no permission in a container): try once.
  try {
    makeFatStick(256).dispose();
  } catch (err) {
    return `a FAT image cannot be mounted with fusefat here (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
  }
  return null;
}

/** A FAT-formatted image mounted through FUSE: a USB stick the tests can fill, pull and plug in again. */
export interface FatStick {
  image: string;
  mount: string;
  /** Pulls the stick out while files are open (`fusermount -uz`). */
  yank(): void;
  /** Plugs it in again (after a yank or an unmount). */
  remount(): void;
  unmount(): void;
  dispose(): void;
}

export function makeFatStick(sizeKb: number): FatStick {
  const dir = tempDir('klinik-fat-');
  const image = join(dir, 'stick.img');
  const mount = join(dir, 'mnt');
  mkdirSync(mount);
  execFileSync('mkfs.vfat', ['-C', image, String(sizeKb)], { stdio: 'ignore' });
  let mounted = false;
  const mountIt = () => {
    execFileSync('fusefat', ['-o', 'rw+', image, mount], { stdio: 'ignore' });
    mounted = true;
  };
  const stick: FatStick = {
    image,
    mount,
    yank() {
      spawnSync('fusermount', ['-uz', mount], { stdio: 'ignore' });
      mounted = false;
    },
    remount() {
      if (mounted) stick.unmount();
      // A lazily unmounted fusefat writes its last blocks back when its last file closes.
      for (let i = 0; i < 50; i++) {
        try {
          mountIt();
          return;
        } catch {
          spawnSync('sleep', ['0.1']);
        }
      }
      mountIt();
    },
    unmount() {
      if (mounted) spawnSync('fusermount', ['-u', mount], { stdio: 'ignore' });
      mounted = false;
    },
    dispose() {
      stick.unmount();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  mountIt();
  return stick;
}

/** Every file under a folder, relative, `/`-separated. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Export options for a test: everything but the PDFs, masked, `;`. */
export function exportInput(targetDir: string, overrides: Partial<ExportInput> = {}): ExportInput {
  return { jobId: randomUUID(), targetDir, scope: { kind: 'all' }, contents: ['xlsx', 'csv', 'package'], ...overrides };
}

export async function exportTo(desk: Desk, targetDir: string, overrides: Partial<ExportInput> = {}): Promise<ExportResult> {
  return desk.call('transfer:export', exportInput(targetDir, overrides));
}

/** A tiny valid PDF in place of Chromium's, where a test is not about the PDF's look. */
export function fakePdf(desk: Desk): void {
  desk.t.platform.printToPdf = async (html: string) => Buffer.from(`%PDF-1.4\n% ${html.length} bytes of HTML\n%%EOF\n`);
}

/**
 * Many businesses, consultations and follow-ups written straight into the database (the services'
 * checks would take minutes for thousands): enough bytes to fill a small stick.
 */
export async function seedBulk(desk: Desk, n: number, options: { textLength?: number } = {}): Promise<void> {
  const ds = desk.t.core.ds;
  const long = 'Penjualan turun karena kemasan kurang menarik dan belum ada izin edar. '.repeat(Math.ceil((options.textLength ?? 600) / 70));
  const now = '2026-06-01T02:00:00.000Z';
  await ds.transaction(async (m) => {
    for (let i = 0; i < n; i++) {
      const b = randomUUID();
      const c = randomUUID();
      await m.query(
        `INSERT INTO business (id, name, name_key, owner_name, owner_nik, owner_phone, province_code, regency_code, status, modal_usaha,
           sales_channels, tags, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, '64', '64.72', 'aktif', ?, '["toko"]', '[]', ?, ?, ?)`,
        [b, `Usaha Massal ${i}`, `usaha massal ${i}`, `Pemilik ${i}`, `64720152039${String(i).padStart(5, '0')}`, `+62813${String(i).padStart(8, '0')}`, 1_000_000 * (i % 50), now, now, desk.consultantId],
      );
      await m.query(
        `INSERT INTO consultation (id, business_id, status, number, desk_code, period, seq, version, consultation_date, contact_minutes, channel,
           service_areas, complaint, diagnosis, advice, referrals, action_items, finalized_at, created_at, updated_at, updated_by)
         VALUES (?, ?, 'final', ?, 'BULK', '2026-05', ?, 1, '2026-05-20', 45, 'telepon', '["pemasaran"]', ?, ?, ?, '[]', '[]', ?, ?, ?, ?)`,
        [c, b, `KB/BULK/2026/05/${String(i + 1).padStart(4, '0')}`, i + 1, long, long, long, now, now, now, desk.consultantId],
      );
      await m.query(`INSERT INTO consultation_consultant (consultation_id, consultant_id, position) VALUES (?, ?, 0)`, [c, desk.consultantId]);
    }
  });
}

/**
 * The desks and folders of a transfer test: each desk on its own data folder with its own desk
 * code and clock, each folder a new temporary one; `dispose` after each test closes and removes them.
 */
export function transferBench(): {
  desk(code: string, start?: string): Promise<Desk>;
  folder(): string;
  readonly desks: readonly Desk[];
  dispose(): Promise<void>;
} {
  let desks: Desk[] = [];
  let dirs: string[] = [];
  return {
    get desks() {
      return desks;
    },
    async desk(code, start = '2026-06-15T02:00:00.000Z') {
      const d = await openDesk({ clock: steppingClock(start) });
      await d.t.core.ds.query(`UPDATE office_profile SET desk_code = ?`, [code]);
      desks.push(d);
      return d;
    },
    folder() {
      const dir = tempDir('klinik-transfer-');
      dirs.push(dir);
      return dir;
    },
    async dispose() {
      for (const d of desks) await d.t.dispose();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      desks = [];
      dirs = [];
    },
  };
}
