import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { UiProviders } from '../../src/renderer/src/app/providers';

export * from './fake-api';

/** Renders inside Mantine (env "test": no transitions, no portals) and i18n. */
export function renderUi(ui: ReactElement): RenderResult {
  return render(<UiProviders env="test">{ui}</UiProviders>);
}
