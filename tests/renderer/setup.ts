import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { applyLanguage } from '../../src/renderer/src/app/i18n';
import { queryClient } from '../../src/renderer/src/lib/query';

// happy-dom provides matchMedia and ResizeObserver, which Mantine needs; it lacks document.fonts,
// which Mantine's autosize Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
  });
}

afterEach(() => {
  cleanup();
  // Each test starts with an empty query cache, as a fresh app would.
  queryClient.clear();
  applyLanguage('id');
  delete (window as { api?: unknown }).api;
});
