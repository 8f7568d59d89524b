import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './context';

/**
 * Personal data never reaches a log: NIK-like 16-digit runs, NIP-like 18-digit runs, phone numbers
 * and e-mail addresses are masked before a line is written.
 */
export function redact(text: string): string {
  return text
    .replace(/\b\d{16,18}\b/g, (m) => `${m.slice(0, 4)}${'•'.repeat(m.length - 4)}`)
    // 08…, +62 8…, 628… and (08xx) forms, with the separators people type.
    .replace(/(?:\+62|\b62|\(0|\b0)[\s-]?8[\d\s().-]{7,14}\d/g, '08••••••••')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '•••@•••');
}

export function createFileLogger(dataDir: string, mirror: boolean = process.env['KLINIK_LOG_STDERR'] === '1'): Logger {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'main.log');
  const write = (level: string, message: string, detail?: Record<string, unknown>) => {
    const line = redact(JSON.stringify({ at: new Date().toISOString(), level, message, ...detail }));
    try {
      appendFileSync(file, `${line}\n`);
    } catch {
      // A full disk must not take the app down with it; the error still reaches the caller.
    }
    if (mirror) process.stderr.write(`${line}\n`);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
