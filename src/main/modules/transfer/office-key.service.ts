import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { OFFICE_KEY_FILE_EXTENSION, OFFICE_KEY_PATTERN, type OfficeKeyStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowIso, type CoreDeps } from '../../context';
import { safeFileName } from '../../files/names';
import type { AuditService } from '../audit';
import type { SettingsService } from '../settings';
import type { OfficeKey } from './package';
import { SafeFolder } from './safe-write';
import { officeKey, renameDesk, saveOfficeKey } from './transfer.sync.queries';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const KEY_FILE_FORMAT = 'klinik-bisnis-kunci-kantor';

/** 30 random bytes as 48 base-32 letters and digits: 240 bits, typeable, no 0/1/8/9 to misread. */
function newSecret(): string {
  const bytes = randomBytes(30);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A fresh name for this desk in version vectors (first run, in its transaction). */
export async function newDeskName(m: EntityManager): Promise<void> {
  await renameDesk(m, randomBytes(6).toString('hex'));
}

/** The key as typed: spaces and dashes dropped, upper case. */
export const normaliseOfficeKey = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

/** In groups of four, as shown and printed. */
export const groupOfficeKey = (secret: string): string => secret.match(/.{1,4}/g)?.join('-') ?? secret;

/** What two desks compare by eye: not the key, and not enough to guess it. */
export const fingerprintOf = (secret: string): string =>
  groupOfficeKey(createHash('sha256').update(`klinik-bisnis-office-key:${secret}`).digest('hex').slice(0, 16).toUpperCase());

const keyFile = z.object({ format: z.literal(KEY_FILE_FORMAT), formatVersion: z.literal(1), officeName: z.string().max(200).nullable(), key: z.string().max(200) });

/**
 * The office key: set once per office (made at one desk, typed in or imported from its key file at
 * the others), it locks the data packages between the office's own desks, which then carry full
 * NIK and phone with no password to type. Exports for outsiders do not use it.
 */
export class OfficeKeys {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
  ) {}

  async current(): Promise<OfficeKey | null> {
    const row = await officeKey(this.deps.ds);
    return row ? { secret: row.secret, fingerprint: row.fingerprint } : null;
  }

  async status(): Promise<OfficeKeyStatus> {
    const row = await officeKey(this.deps.ds);
    return { set: Boolean(row), fingerprint: row?.fingerprint ?? null, officeName: row?.office_name ?? null, setAt: row?.updated_at ?? null };
  }

  create(): Promise<OfficeKeyStatus> {
    return this.store(newSecret(), 'office_key.create');
  }

  async reveal(): Promise<{ key: string }> {
    this.deps.session.requireActor();
    const row = await officeKey(this.deps.ds);
    if (!row) throw new AppError('NOT_FOUND', 'transfer.officeKey.missing');
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'office_key.reveal', entity: 'office_key', entityId: row.fingerprint }));
    return { key: groupOfficeKey(row.secret) };
  }

  join(typed: string): Promise<OfficeKeyStatus> {
    const secret = normaliseOfficeKey(typed);
    if (!OFFICE_KEY_PATTERN.test(secret)) throw new AppError('VALIDATION', 'transfer.officeKey.invalid', { fields: { key: { key: 'transfer.officeKey.invalid' } } });
    return this.store(secret, 'office_key.join');
  }

  async importFile(path: string): Promise<OfficeKeyStatus> {
    let parsed: z.infer<typeof keyFile>;
    try {
      parsed = keyFile.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      throw new AppError('VALIDATION', 'transfer.officeKey.fileInvalid');
    }
    const secret = normaliseOfficeKey(parsed.key);
    if (!OFFICE_KEY_PATTERN.test(secret)) throw new AppError('VALIDATION', 'transfer.officeKey.fileInvalid');
    return this.store(secret, 'office_key.join');
  }

  /** Writes the key file into the folder (written whole or not at all, read back and checked). */
  async saveFile(targetDir: string): Promise<{ path: string }> {
    this.deps.session.requireActor();
    const row = await officeKey(this.deps.ds);
    if (!row) throw new AppError('NOT_FOUND', 'transfer.officeKey.missing');
    const name = `Kunci-Kantor-${safeFileName(row.office_name ?? 'Klinik-Bisnis')}.${OFFICE_KEY_FILE_EXTENSION}`;
    const body = `${JSON.stringify({ format: KEY_FILE_FORMAT, formatVersion: 1, officeName: row.office_name, key: groupOfficeKey(row.secret), fingerprint: row.fingerprint }, null, 2)}\n`;
    const folder = await SafeFolder.create(targetDir, 'Kunci-Kantor-Klinik-Bisnis', new AbortController().signal);
    try {
      await folder.write(name, async (out) => {
        out.end(body);
      });
    } catch (err) {
      await folder.discard();
      throw err;
    }
    const path = join(folder.path, name);
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'office_key.file', entity: 'office_key', entityId: row.fingerprint }));
    return { path };
  }

  private async store(secret: string, action: string): Promise<OfficeKeyStatus> {
    this.deps.session.requireActor();
    const office = (await this.settings.get()).office.officeName ?? null;
    const fingerprint = fingerprintOf(secret);
    await this.deps.ds.transaction(async (m) => {
      await saveOfficeKey(m, { secret, fingerprint, officeName: office, now: nowIso(this.deps.clock), actorId: this.deps.session.actorId });
      await this.audit.record(m, { action, entity: 'office_key', entityId: fingerprint });
    });
    return this.status();
  }
}
