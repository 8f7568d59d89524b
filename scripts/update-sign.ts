/**
 * Signs an update: writes manifest.json beside the installer with its version, size, SHA-512 and
 * an Ed25519 signature by the private key from `npm run update:keygen`. Copy the installer and
 * manifest.json together to the office's update folder or to a stick.
 *
 *   npm run update:sign -- <installer> <version> [private-key.pem]
 *   (the key defaults to ~/.klinik-bisnis/update-private-key.pem, or KLINIK_UPDATE_KEY)
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { MANIFEST_FILE, sha512OfFile, signManifest } from '../src/main/modules/updates';

async function main(): Promise<void> {
  const [installerArg, version, keyArg] = process.argv.slice(2);
  if (!installerArg || !version || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error('Usage: npm run update:sign -- <installer> <version as 1.2.3> [private-key.pem]');
    process.exit(1);
  }
  const installer = resolve(installerArg);
  const keyPath = resolve(keyArg ?? process.env['KLINIK_UPDATE_KEY'] ?? join(homedir(), '.klinik-bisnis', 'update-private-key.pem'));
  const manifest = signManifest(
    { version, file: basename(installer), size: statSync(installer).size, sha512: await sha512OfFile(installer) },
    readFileSync(keyPath, 'utf8'),
  );
  const out = join(dirname(installer), MANIFEST_FILE);
  writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Wrote ${out}: version ${version}, ${manifest.size} bytes.`);
}

void main();
