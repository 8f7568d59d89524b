/**
 * One desk in a child process, for the durability model (model.ts): the parent can kill it with
 * SIGKILL at any moment and start another on the same data folder.
 *
 * It loads its modules first and then waits for the first stdin line, `{"open": {dataDir, now}}`,
 * before touching the database, so the parent can start the next child while this one works.
 * After that it reads NDJSON commands on stdin:
 *   {seq, channel, input, dialog?}  router.invoke; `dialog` answers the next open dialog
 *   {seq, clock: iso}               sets the fake clock (the parent only moves it forward)
 *   {seq, tick: true}               one reminder check (core.services.reminders.check())
 *   {seq, inspect: true}            read-only SQL the parent checks its model against
 *   {seq, close: true}              core.close(), then exit 0
 * and answers each with one line `{seq, reply, now}` on stdout, written only after the work
 * resolved: that line is the acknowledgement. Error logs of the core go out as `{log}` lines.
 * Usage: node --import tsx src/harness/durability/desk-child.ts
 */
import { createCore, type Core } from '../../main/core';
import type { Logger } from '../../main/context';
import { onLines } from '../lines';
import { createTestPlatform } from '../test-platform';

interface Command {
  seq: number;
  channel?: string;
  input?: unknown;
  dialog?: string;
  clock?: string;
  tick?: boolean;
  inspect?: boolean;
  close?: boolean;
  open?: { dataDir: string; now: string };
}

// Pipes are written synchronously on Linux: once write returns, a SIGKILL cannot take the line back.
const send = (line: { seq?: number; reply?: { ok: boolean; value?: unknown; error?: { code: string; message: string } }; [more: string]: unknown }) => {
  if (process.env['MODEL_DEBUG'] && line.seq !== undefined) {
    process.stderr.write(`${new Date().toISOString().slice(11, 23)} child -> #${line.seq} ${line.reply?.ok ? 'ok' : line.reply?.error?.code}\n`);
  }
  return process.stdout.write(`${JSON.stringify(line)}\n`);
};

/** A fake clock: set by the parent, one millisecond further on every reading so no two writes share a time. */
let base = 0;
let readings = 0;
const clock = () => new Date(base + readings++);
const peek = () => new Date(base + readings).toISOString();

const logger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, detail) => send({ log: { message, detail } }),
};

const INSPECT: Record<string, string> = {
  integrity: `PRAGMA integrity_check`,
  businesses: `SELECT id, name, owner_name, notes, status, updated_at, deleted_at FROM business`,
  consultations: `SELECT id, status, number, desk_code, period, seq, version, business_id, complaint, draft_values, updated_at, deleted_at FROM consultation`,
  sequences: `SELECT desk_code, period, last_seq FROM consultation_sequence`,
  followUps: `SELECT id, consultation_id, action_item_id, business_id, title, due_date, due_time, status, outcome, snoozed_until, deleted_at FROM follow_up`,
  trainings: `SELECT id, title, updated_at, deleted_at FROM training`,
  participants: `SELECT id, training_id, name, deleted_at FROM training_participant`,
  milestones: `SELECT id, business_id, kind, milestone_date, note, deleted_at FROM impact_milestone`,
};

async function main(): Promise<void> {
  const platform = createTestPlatform();
  let core: Core | null = null;
  let opening: Promise<Core> | null = null;

  const handle = async (cmd: Command): Promise<void> => {
    if (cmd.open) {
      base = Date.parse(cmd.open.now);
      readings = 0;
      const dataDir = cmd.open.dataDir;
      opening = createCore({ dataDir, platform, logger, clock, reminders: true });
      core = await opening;
      send({ seq: cmd.seq, reply: { ok: true, value: null }, now: peek() });
      return;
    }
    const c = core ?? (await opening);
    if (!c) throw new Error('command before open');
    if (cmd.clock !== undefined) {
      const next = Date.parse(cmd.clock);
      if (next > base + readings) {
        base = next;
        readings = 0;
      }
      send({ seq: cmd.seq, reply: { ok: true, value: null }, now: peek() });
    } else if (cmd.tick) {
      try {
        const due = await c.services.reminders.check();
        send({ seq: cmd.seq, reply: { ok: true, value: due.length }, now: peek() });
      } catch (err) {
        const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
        send({ seq: cmd.seq, reply: { ok: false, error: { code: 'INTERNAL', message: `reminder check: ${message}` } }, now: peek() });
      }
    } else if (cmd.inspect) {
      const out: Record<string, unknown> = {};
      for (const [name, sql] of Object.entries(INSPECT)) out[name] = await c.ds.query(sql);
      send({ seq: cmd.seq, reply: { ok: true, value: out }, now: peek() });
    } else if (cmd.close) {
      await c.close();
      send({ seq: cmd.seq, reply: { ok: true, value: null }, now: peek() });
      process.exit(0);
    } else if (cmd.channel) {
      if (cmd.dialog) platform.dialogAnswers.push(cmd.dialog);
      const reply = await c.router.invoke(cmd.channel, cmd.input);
      send({ seq: cmd.seq, reply, now: peek() });
    }
  };

  const trace = process.env['MODEL_DEBUG'] ? (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 23)} child ${text}\n`) : null;
  const onLine = (line: string) => {
    if (!line.trim()) return;
    const cmd = JSON.parse(line) as Command;
    trace?.(`<- #${cmd.seq} ${cmd.channel ?? Object.keys(cmd).filter((k) => k !== 'seq').join(',')}`);
    // Commands run concurrently, as several windows or callers would; each answers when done.
    void handle(cmd).catch((err: unknown) => {
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      send({ seq: cmd.seq, reply: { ok: false, error: { code: 'INTERNAL', message: `child: ${message}` } }, now: peek() });
    });
  };
  onLines(process.stdin, onLine);
  await new Promise((resolveEnd) => process.stdin.once('end', resolveEnd));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
