import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { PACKAGE_EXTENSION } from '../../shared/contract';

/**
 * The data package (`.klb`) Windows hands the app when one is double-clicked: the first absolute
 * path among the command-line arguments that ends in `.klb` and exists. Null for anything else,
 * so a stray argument never reaches the import screen.
 */
export function packageFromArgs(argv: readonly string[]): string | null {
  const suffix = `.${PACKAGE_EXTENSION}`;
  return argv.find((arg) => isAbsolute(arg) && arg.toLowerCase().endsWith(suffix) && existsSync(arg)) ?? null;
}

/** The Impor screen with the package already chosen (the screen reads `berkas`). */
export function importRoute(path: string): string {
  return `/ekspor/impor?berkas=${encodeURIComponent(path)}`;
}
