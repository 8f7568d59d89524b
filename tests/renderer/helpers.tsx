import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { KlinikApi } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';
import { UiProviders } from '../../src/renderer/src/app/providers';

/** Renders inside Mantine (env "test": no transitions, no portals) and i18n. */
export function renderUi(ui: ReactElement): RenderResult {
  return render(<UiProviders env="test">{ui}</UiProviders>);
}

export type FakeHandler = (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** Installs a fake `window.api` whose channels answer from `handlers`; unknown channels fail. */
export function installFakeApi(handlers: Record<string, FakeHandler> = {}) {
  const invoke = vi.fn(async (channel: string, input?: unknown) => {
    const handler = handlers[channel];
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal.' } };
    return handler(input);
  });
  const on = vi.fn(() => () => {});
  window.api = { invoke, on } as unknown as KlinikApi;
  return { invoke, on };
}
