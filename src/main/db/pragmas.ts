import type { DataSource } from 'typeorm';

/**
 * What the database must run with. A confirmed save must survive a power cut (synchronous=FULL),
 * and readers must not block the writer (WAL).
 */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  foreign_keys: 1,
  synchronous: 2, // FULL
  busy_timeout: 5000,
} as const;

export type PragmaReadings = { [K in keyof typeof REQUIRED_PRAGMAS]: string | number };

export async function readPragmas(ds: DataSource): Promise<PragmaReadings> {
  const readings = {} as Record<string, string | number>;
  for (const name of Object.keys(REQUIRED_PRAGMAS)) {
    const rows: Array<Record<string, string | number>> = await ds.query(`PRAGMA ${name}`);
    const row = rows[0] ?? {};
    // sqlite3 names the column after the pragma, except busy_timeout which answers as `timeout`.
    readings[name] = row[name] ?? row['timeout'] ?? Object.values(row)[0] ?? '';
  }
  return readings as PragmaReadings;
}

/** Sets what the driver does not, then checks every pragma actually took effect. */
export async function applyAndVerifyPragmas(ds: DataSource): Promise<PragmaReadings> {
  await ds.query(`PRAGMA synchronous = FULL`);
  const readings = await readPragmas(ds);
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = readings[name as keyof PragmaReadings];
    if (String(actual).toLowerCase() !== String(expected)) {
      throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
  return readings;
}
