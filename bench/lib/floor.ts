import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';

/**
 * The floor: a raw `sqlite3` connection (the same driver TypeORM uses underneath) to the same
 * database file. Running the repository's own SQL here, with nothing around it, gives the time no
 * layer above the driver can beat; the ratio core/floor is what the layers cost.
 */
export class RawDb {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string, options: { readonly?: boolean } = {}): Promise<RawDb> {
    const mode = options.readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(new RawDb(db))));
    });
  }

  all<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all<T>(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
    });
  }

  async get<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    const rows = await this.all<T>(sql, params);
    return rows[0];
  }

  run(sql: string, params: readonly unknown[] = []): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, (err) => (err ? reject(err) : resolve()));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(sql, (err) => (err ? reject(err) : resolve()));
    });
  }

  /** A prepared statement whose runs can be queued without awaiting each one. */
  prepare(sql: string): PreparedRun {
    const stmt = this.db.prepare(sql);
    return {
      run(params) {
        return new Promise((resolve, reject) => {
          stmt.run(params, (err) => (err ? reject(err) : resolve()));
        });
      },
      finalize() {
        return new Promise((resolve) => {
          stmt.finalize(() => resolve());
        });
      },
    };
  }

  /** Cancels the statement running now (it fails with SQLITE_INTERRUPT). */
  interrupt(): void {
    this.db.interrupt();
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.close((err) => (err ? reject(err) : resolve()));
    });
  }
}

export interface PreparedRun {
  run(params: readonly unknown[]): Promise<void>;
  finalize(): Promise<void>;
}

/** One SQL statement as a repository sent it to `ds.query`. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Runs a repository function against a stand-in DataSource that records every `query(sql, params)`
 * instead of executing it, so the floor replays exactly the statements the repository runs (no
 * copy of its SQL to drift). `answer` supplies the result the function expects for each statement.
 */
export async function recordStatements<T>(
  fn: (ds: DataSource) => Promise<T>,
  answer: (sql: string) => unknown[] = () => [],
): Promise<Statement[]> {
  const statements: Statement[] = [];
  // Stands for the data source and its manager alike: the repository's queries run on either.
  const recorder = {
    query(sql: string, params: unknown[] = []) {
      statements.push({ sql, params: [...params] });
      return Promise.resolve(answer(sql));
    },
    get manager() {
      return recorder;
    },
  };
  await fn(recorder as unknown as DataSource);
  return statements;
}

/** Replays recorded statements one after another, as the repository runs them. */
export async function replay(db: RawDb, statements: readonly Statement[]): Promise<unknown[][]> {
  const results: unknown[][] = [];
  for (const s of statements) results.push(await db.all(s.sql, s.params));
  return results;
}
