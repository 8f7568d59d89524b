import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileLogger, redact } from '../../src/main/logger';
import { tempDir } from './helpers/core';

const NIK = '6472031505850001';
const NIP = '198503152010012003';

describe('redact', () => {
  it('masks a 16-digit NIK, keeping only its first four digits', () => {
    const out = redact(`NIK ${NIK} tercatat`);
    expect(out).not.toContain(NIK);
    expect(out).not.toContain('031505850001');
    expect(out).toBe(`NIK 6472${'•'.repeat(12)} tercatat`);
  });

  it('masks an 18-digit NIP, keeping only its first four digits', () => {
    const out = redact(`nip=${NIP}`);
    expect(out).not.toContain('0315201001');
    expect(out).toBe(`nip=1985${'•'.repeat(14)}`);
  });

  it.each([
    '081234567890',
    '0812-3456-7890',
    '0812 3456 7890',
    '0812.3456.7890',
    '(0812) 3456-7890',
    '+6281234567890',
    '+62 812-3456-7890',
    '+62 812 3456 7890',
    '6281234567890',
  ])('masks the phone number %j', (phone) => {
    const out = redact(`hubungi ${phone} besok`);
    expect(out).not.toMatch(/3456|4567/);
    expect(out).toMatch(/^hubungi .*•.* besok$/);
  });

  it.each(['siti@example.com', 'siti.rahma+klinik@dinas-kumkm.kaltimprov.go.id'])('masks the e-mail %j', (email) => {
    const out = redact(`from ${email}.`);
    expect(out).not.toContain('siti');
    expect(out).toContain('•••@•••');
  });

  it('leaves ordinary text, timestamps, UUIDs and short numbers alone', () => {
    const text = 'saved consultant 0f8fad5b-d9cb-469f-a165-70867728950e at 2025-08-12T10:20:30.123Z in 1234 ms (3 rows)';
    expect(redact(text)).toBe(text);
  });

  it('keeps a JSON line valid JSON', () => {
    const line = JSON.stringify({ nik: NIK, phone: '+6281234567890', email: 'a@b.id', note: 'ok' });
    const parsed = JSON.parse(redact(line)) as Record<string, string>;
    expect(parsed['note']).toBe('ok');
    expect(Object.values(parsed).join(' ')).not.toMatch(/031505850001|81234567890|a@b\.id/);
  });
});

describe('createFileLogger', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const freshDir = () => {
    const dir = tempDir('klinik-logger-');
    dirs.push(dir);
    return dir;
  };
  const readLines = (dir: string) =>
    readFileSync(join(dir, 'logs', 'main.log'), 'utf8')
      .split('\n')
      .filter(Boolean);

  it('writes one JSON line per call under logs/main.log with level, message, time and detail', () => {
    const dir = freshDir();
    const logger = createFileLogger(dir, false);
    logger.info('core ready', { channels: 12 });
    logger.warn('unknown channel', { channel: 'fs:readFile' });
    logger.error('handler failed', { channel: 'settings:updateOffice' });
    const lines = readLines(dir).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { at: expect.any(String), level: 'info', message: 'core ready', channels: 12 },
      { at: expect.any(String), level: 'warn', message: 'unknown channel', channel: 'fs:readFile' },
      { at: expect.any(String), level: 'error', message: 'handler failed', channel: 'settings:updateOffice' },
    ]);
    expect(Number.isNaN(Date.parse(String(lines[0]?.['at'])))).toBe(false);
  });

  it('redacts NIK, NIP, phone and e-mail in the file, including inside error text', () => {
    const dir = freshDir();
    const logger = createFileLogger(dir, false);
    logger.error('handler failed', {
      error: `Error: duplicate NIK ${NIK} for siti@example.com\n    at insert (/app/x.ts:1:1)`,
      nip: NIP,
      phone: '+62 812-3456-7890',
    });
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf8');
    for (const secret of [NIK, '031505850001', NIP, '0315201001', '3456-7890', 'siti@example.com']) {
      expect(text).not.toContain(secret);
    }
    const [line] = readLines(dir).map((l) => JSON.parse(l) as Record<string, string>);
    expect(line?.['nip']).toBe(`1985${'•'.repeat(14)}`);
    expect(line?.['error']).toContain('•••@•••');
  });

  it('mirrors the redacted line to stderr only when asked', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    createFileLogger(freshDir(), false).info('quiet', { phone: '081234567890' });
    expect(write).not.toHaveBeenCalled();
    createFileLogger(freshDir(), true).info('loud', { phone: '081234567890' });
    expect(write).toHaveBeenCalledTimes(1);
    const mirrored = String(write.mock.calls[0]?.[0]);
    expect(mirrored).toContain('"loud"');
    expect(mirrored).not.toContain('81234567890');
  });

  it('does not throw when the log file cannot be written', () => {
    const dir = freshDir();
    // A directory where the file should be makes every append fail (EISDIR), like a full disk would.
    mkdirSync(join(dir, 'logs', 'main.log'), { recursive: true });
    const logger = createFileLogger(dir, false);
    expect(() => logger.error('still running', { n: 1 })).not.toThrow();
  });
});
