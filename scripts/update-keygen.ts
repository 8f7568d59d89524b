/**
 * Makes the Ed25519 key pair updates are signed with. The private key goes OUTSIDE the repository
 * (default ~/.klinik-bisnis/update-private-key.pem, or the path given), readable only by you; the
 * public key is printed and written to resources/update-public-key.pem, which ships in the app.
 *
 *   npm run update:keygen [-- /path/outside/the/repo/private-key.pem]
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UPDATE_PUBLIC_KEY_FILE } from '../src/main/modules/updates';

const repo = resolve(__dirname, '..');
const target = resolve(process.argv[2] ?? join(homedir(), '.klinik-bisnis', 'update-private-key.pem'));
const fromRepo = relative(repo, target);
if (!fromRepo.startsWith('..') && !isAbsolute(fromRepo)) {
  console.error(`Refused: ${target} is inside the repository. Keep the private key elsewhere.`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`Refused: ${target} already exists. Move it away first if you really mean to replace the key.`);
  process.exit(1);
}
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
writeFileSync(target, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
writeFileSync(join(repo, 'resources', UPDATE_PUBLIC_KEY_FILE), pem);
console.log(`Private key: ${target} (keep it safe; every update is signed with it)`);
console.log(`Public key, written to resources/${UPDATE_PUBLIC_KEY_FILE} (commit it; it ships in the app):\n${pem}`);
