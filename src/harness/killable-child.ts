import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { onLines } from './lines';

/** How a child ended, and what it wrote to stderr (for the failure message). */
export interface ChildEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export interface KillableChild {
  /** Writes GO on the child's stdin: it has loaded its modules and starts its work now. */
  go(): void;
  /** SIGKILL after `delayMs` (from now). */
  killAfter(delayMs: number): void;
  /** SIGKILL now, for a child that was started but is not needed. */
  discard(): void;
  /** Settles once stdout has been read to its end, so no line the child wrote is missed. */
  readonly closed: Promise<ChildEnd>;
}

const REPO_ROOT = resolve(__dirname, '../..');

/**
 * Starts `node --import tsx <script> ...args` from the repository root, hands each line it writes
 * to stdout to `onLine`, and waits for `go()`: a crash test starts the next child while the
 * current one runs, so that loading modules is not what the kill lands in.
 */
export function startKillableChild(script: string, args: readonly string[], onLine: (line: string) => void): KillableChild {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  onLines(child.stdout, onLine);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<ChildEnd>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stderr });
    });
  });
  return {
    go: () => void child.stdin.write('GO\n'),
    killAfter(delayMs) {
      timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    },
    discard: () => void child.kill('SIGKILL'),
    closed,
  };
}
