import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../src/shared/contract';

export interface Harness {
  url: string;
  token: string;
  dataDir: string;
  /** Stops the harness: gracefully, or with SIGKILL to simulate a crash or power cut. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts the harness again on the same data folder; resolves to the new URL. */
  restart(): Promise<string>;
  /** Reads what the harness platform recorded (notifications, dialogs, printed). */
  state(): Promise<Record<string, unknown>>;
  /** Calls a contract channel directly, as the page would; for seeding data. Throws on an error reply. */
  invoke<C extends Channel>(channel: C, ...input: undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>]): Promise<Output<C>>;
  /** Queues answers for the next open/save dialogs (a path, or null for "cancelled"). */
  answerDialog(...answers: Array<string | null>): Promise<void>;
  /** Sets the removable drives the platform reports. */
  setDrives(drives: Array<{ mountPath: string; label: string; freeBytes: number; totalBytes: number; writable: boolean }>): Promise<void>;
}

function startHarness(dataDir: string, extraArgs: readonly string[] = []): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/harness/server.ts', '--port', '0', '--data-dir', dataDir, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /HARNESS_READY (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}: ${err}`));
    });
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/** A harness on its own data folder (a second desk, say); `close` stops it and removes the folder. */
export async function launchHarness(
  dataDir = mkdtempSync(join(tmpdir(), 'klinik-e2e-')),
  /** More arguments for src/harness/server.ts (e.g. `--update-public-key`). */
  extraArgs: readonly string[] = [],
): Promise<Harness & { close(): Promise<void> }> {
  let current = await startHarness(dataDir, extraArgs);
  const control = async (path: string, body: unknown) => {
    const base = new URL(current.url);
    const res = await fetch(`${base.origin}/__harness/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-harness-token': base.searchParams.get('t') ?? '' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`harness ${path} failed: ${res.status}`);
  };
  const harness: Harness & { close(): Promise<void> } = {
    get url() {
      return current.url;
    },
    get token() {
      return new URL(current.url).searchParams.get('t') ?? '';
    },
    dataDir,
    async stop(signal = 'SIGTERM') {
      current.child.kill(signal);
      await waitForExit(current.child);
    },
    async restart() {
      current = await startHarness(dataDir, extraArgs);
      return current.url;
    },
    async invoke(channel, input?: unknown) {
      const base = new URL(current.url);
      const res = await fetch(`${base.origin}/__api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-harness-token': base.searchParams.get('t') ?? '' },
        body: JSON.stringify(input === undefined ? {} : { input }),
      });
      const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value as never;
    },
    async state() {
      const base = new URL(current.url);
      const res = await fetch(`${base.origin}/__harness/state?t=${base.searchParams.get('t')}`);
      return (await res.json()) as Record<string, unknown>;
    },
    async answerDialog(...answers) {
      await control('dialog', { answers });
    },
    async setDrives(drives) {
      await control('drives', { drives });
    },
    async close() {
      await harness.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

export const test = base.extend<{ harness: Harness; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument
  harness: async ({}, use) => {
    const harness = await launchHarness();
    await use(harness);
    await harness.close();
  },
  app: async ({ page, harness }, use) => {
    await page.goto(harness.url);
    await use(page);
  },
});

export { expect };
