import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { UpdateRefusal } from '../../../shared/contract';

/** The publisher's public key, in resources/ (written by `npm run update:keygen`). */
export const UPDATE_PUBLIC_KEY_FILE = 'update-public-key.pem';

/** The file an update folder must hold beside its installer. */
export const MANIFEST_FILE = 'manifest.json';

const VERSION = /^\d+\.\d+\.\d+$/;

/** What the publisher signs: the version and the installer's name, size and SHA-512 (hex). */
const signed = z
  .object({
    version: z.string().regex(VERSION),
    // A plain file name beside the manifest, never a path out of the folder.
    file: z.string().min(1).max(255).refine((f) => basename(f) === f && !f.includes('\\') && f !== '..' && f !== '.'),
    sha512: z.string().regex(/^[0-9a-f]{128}$/),
    size: z.number().int().positive(),
  })
  .strict();
export type SignedManifest = z.infer<typeof signed>;
const manifestSchema = signed.extend({ signature: z.string().min(1) }).strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** The exact bytes the Ed25519 signature covers: the signed fields in a fixed order. */
function payload(m: SignedManifest): Buffer {
  return Buffer.from(JSON.stringify({ version: m.version, file: m.file, sha512: m.sha512, size: m.size }), 'utf8');
}

export function signManifest(m: SignedManifest, privateKey: KeyObject | string): Manifest {
  return { ...m, signature: sign(null, payload(m), privateKey).toString('base64') };
}

export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** -1, 0 or 1 for two `major.minor.patch` versions. */
export function compareVersions(a: string, b: string): number {
  // `0.0.0-test` counts as 0.0.0.
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export type Verified = { ok: true; manifest: Manifest; installer: string } | { ok: false; reason: UpdateRefusal; version: string | null };

/**
 * Checks an update folder from its manifest to its installer: signed by the key the app ships,
 * newer than the running version, and the installer's size and SHA-512 those that were signed.
 */
export async function verifyUpdateFolder(folder: string, currentVersion: string, publicKeyPem: string): Promise<Verified> {
  let text: string;
  try {
    if (!(await stat(folder)).isDirectory()) return { ok: false, reason: 'folderMissing', version: null };
  } catch {
    return { ok: false, reason: 'folderMissing', version: null };
  }
  try {
    text = await readFile(join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    return { ok: false, reason: 'noManifest', version: null };
  }
  let parsed: Manifest;
  try {
    const result = manifestSchema.safeParse(JSON.parse(text));
    if (!result.success) return { ok: false, reason: 'badManifest', version: null };
    parsed = result.data;
  } catch {
    return { ok: false, reason: 'badManifest', version: null };
  }
  const key = createPublicKey(publicKeyPem);
  if (!verify(null, payload(parsed), key, Buffer.from(parsed.signature, 'base64'))) return { ok: false, reason: 'badSignature', version: null };
  const version = parsed.version;
  if (compareVersions(version, currentVersion) <= 0) return { ok: false, reason: 'notNewer', version };
  const installer = join(folder, parsed.file);
  let size: number;
  try {
    size = (await stat(installer)).size;
  } catch {
    return { ok: false, reason: 'missingFile', version };
  }
  if (size !== parsed.size || (await sha512OfFile(installer)) !== parsed.sha512) return { ok: false, reason: 'tampered', version };
  return { ok: true, manifest: parsed, installer };
}
