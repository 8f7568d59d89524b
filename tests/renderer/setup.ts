import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { applyLanguage } from '../../src/renderer/src/app/i18n';
import { queryClient } from '../../src/renderer/src/lib/query';
import { takeMisfits } from './fake-api';

// happy-dom provides matchMedia and ResizeObserver, which Mantine needs; it lacks document.fonts,
// which Mantine's autosize Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
  });
}

// A screen's first render with Mantine can take over a second on a busy two-core machine; the
// waits allow for it rather than fail on a slow render.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Each test starts with an empty query cache, as a fresh app would.
  queryClient.clear();
  applyLanguage('id');
  delete (window as { api?: unknown }).api;
  // A fixture the contract would refuse proves nothing about the screen: fail the test that used it.
  const misfits = takeMisfits();
  if (misfits.length > 0) throw new Error(`fixtures that do not fit the contract:\n${misfits.join('\n')}`);
});
