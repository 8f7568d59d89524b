import type { Logger } from '../../src/main/context';
import { createCore, type Core } from '../../src/main/core';
import { createTestPlatform } from '../../tests/harness/test-platform';

/**
 * A core on a benchmark data folder, as the harness and tests make one: the test platform and a
 * logger that keeps warnings and errors (printed by the caller) instead of writing a log file.
 */
export async function openBenchCore(dataDir: string): Promise<{ core: Core; problems: string[] }> {
  const problems: string[] = [];
  const logger: Logger = {
    info() {},
    warn(message, detail) {
      problems.push(`warn: ${message} ${detail ? JSON.stringify(detail) : ''}`);
    },
    error(message, detail) {
      problems.push(`error: ${message} ${detail ? JSON.stringify(detail) : ''}`);
    },
  };
  const core = await createCore({ dataDir, platform: createTestPlatform('0.0.0-bench'), logger });
  return { core, problems };
}

/** Cancels the core's running SQL statement: TypeORM's sqlite driver holds one sqlite3 connection. */
export function interruptCore(core: Core): void {
  const driver = core.ds.driver as unknown as { databaseConnection?: { interrupt(): void } };
  driver.databaseConnection?.interrupt();
}
