import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../src/main/ipc/handlers';
import { combineHandlers } from '../../src/main/ipc/router';

/**
 * The handler map is checked by the compiler: `tsc -p tsconfig.node.json` fails on the lines
 * below if joining the slices stops being typed as all of them at once (an unused
 * @ts-expect-error is itself an error). core.ts assigns the joined slices to `Handlers` without a
 * cast, so a contract channel without a handler does not compile.
 */
type Channel = keyof Handlers;
const some = ['settings:get', 'businesses:create'] as const satisfies readonly Channel[];
type Some = (typeof some)[number];

function slices(): [Pick<Handlers, Some>, Omit<Handlers, Some>] {
  const handler = () => undefined;
  const all = {} as Record<string, unknown>;
  for (const channel of some) all[channel] = handler;
  const rest = { 'test:rest': handler };
  return [all as Pick<Handlers, Some>, rest as unknown as Omit<Handlers, Some>];
}

describe('handler completeness', () => {
  it('types the joined slices as every channel of them, so the whole map is a Handlers', () => {
    const [part, rest] = slices();
    const whole: Handlers = combineHandlers(part, rest);
    expect(Object.keys(whole).sort()).toEqual(['businesses:create', 'settings:get', 'test:rest']);
  });

  it('does not compile when a slice is missing: the channels it handled have no handler', () => {
    const [part] = slices();
    // @ts-expect-error every channel of `rest` is missing
    const incomplete: Handlers = combineHandlers(part);
    expect(Object.keys(incomplete)).toHaveLength(some.length);
  });

  it('does not compile when one channel of a slice has no handler', () => {
    const [part, rest] = slices();
    const { 'settings:get': _dropped, ...withoutOne } = part;
    // @ts-expect-error settings:get is missing
    const incomplete: Handlers = combineHandlers(withoutOne, rest);
    expect(Object.keys(incomplete)).not.toContain('settings:get');
  });
});
