import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer errors ESLint reports for `code` as if it were the file at `filePath` (relative to the repository). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

const importOf = (spec: string) => `import * as probe from '${spec}';\nexport const x = probe;\n`;
const dynamicImportOf = (spec: string) => `export const x = () => import('${spec}');\n`;

describe('the layer rule', () => {
  it('lets src/shared import only zod and src/shared itself', async () => {
    for (const spec of ['typeorm', 'sqlite3', '@mantine/core', 'react', 'electron', 'node:fs', 'fs', 'exceljs', '../main/core', '../renderer/src/lib/api']) {
      expect(await layerErrors('src/shared/probe.ts', importOf(spec)), spec).toHaveLength(1);
    }
    expect(await layerErrors('src/shared/probe.ts', dynamicImportOf('typeorm'))).toHaveLength(1);
    expect(await layerErrors('src/shared/probe.ts', "export { z } from 'zod';\n")).toHaveLength(0);
    expect(await layerErrors('src/shared/contract/probe.ts', importOf('../errors'))).toHaveLength(0);
    expect(await layerErrors('src/shared/probe.ts', importOf('zod'))).toHaveLength(0);
  });

  it('refuses server packages in the renderer', async () => {
    for (const spec of ['node:fs', 'fs', 'path', 'typeorm', 'sqlite3', 'exceljs', 'electron', 'csv-parse', 'systeminformation']) {
      expect(await layerErrors('src/renderer/src/probe.ts', importOf(spec)), spec).toHaveLength(1);
    }
    for (const spec of ['@mantine/core', '@mantine/core/styles.css', 'react', 'react-i18next', '@tabler/icons-react', 'zod']) {
      expect(await layerErrors('src/renderer/src/probe.ts', importOf(spec)), spec).toHaveLength(0);
    }
  });

  it('refuses src/main and src/preload in the renderer, by static import, re-export, dynamic import and import type', async () => {
    const file = 'src/renderer/src/probe.ts';
    expect(await layerErrors(file, importOf('../../main/core'))).toHaveLength(1);
    expect(await layerErrors(file, "export { createCore } from '../../main/core';\n")).toHaveLength(1);
    expect(await layerErrors(file, dynamicImportOf('../../main/core'))).toHaveLength(1);
    expect(await layerErrors(file, 'export const x = () => import(`../../main/core`);\n')).toHaveLength(1);
    expect(await layerErrors(file, "export type Core = typeof import('../../main/core');\n")).toHaveLength(1);
    expect(await layerErrors(file, "import type { Core } from '../../main/core';\nexport type X = Core;\n")).toHaveLength(1);
    expect(await layerErrors('src/renderer/src/features/probe/Probe.tsx', importOf('../../../../preload/index'))).toHaveLength(1);
  });

  it('lets the renderer import the shared contract', async () => {
    expect(await layerErrors('src/renderer/src/probe.ts', importOf('../../shared/contract'))).toHaveLength(0);
  });

  it('lets the preload import only electron and src/shared', async () => {
    expect(await layerErrors('src/preload/probe.ts', importOf('electron'))).toHaveLength(0);
    expect(await layerErrors('src/preload/probe.ts', importOf('../shared/contract'))).toHaveLength(0);
    for (const spec of ['node:fs', 'typeorm', '../main/core', '../renderer/src/lib/api']) {
      expect(await layerErrors('src/preload/probe.ts', importOf(spec)), spec).toHaveLength(1);
    }
  });

  it('refuses electron in the core below the shell, statically or dynamically, but allows it in src/main/electron', async () => {
    expect(await layerErrors('src/main/modules/probe.ts', importOf('electron'))).toHaveLength(1);
    expect(await layerErrors('src/main/modules/probe/probe.service.ts', dynamicImportOf('electron'))).toHaveLength(1);
    expect(await layerErrors('src/main/core.ts', importOf('electron'))).toHaveLength(1);
    expect(await layerErrors('src/main/electron/probe.ts', importOf('electron'))).toHaveLength(0);
    expect(await layerErrors('src/main/index.ts', importOf('electron'))).toHaveLength(0);
    expect(await layerErrors('src/main/electron/probe.ts', importOf('../../renderer/src/lib/api'))).toHaveLength(1);
  });

  it('lets a module reach another module only through its index.ts', async () => {
    const file = 'src/main/modules/probe/probe.service.ts';
    expect(await layerErrors(file, importOf('../businesses/business.service'))).toHaveLength(1);
    expect(await layerErrors(file, dynamicImportOf('../businesses/business.service'))).toHaveLength(1);
    expect(await layerErrors(file, importOf('../businesses'))).toHaveLength(0);
    expect(await layerErrors(file, importOf('../businesses/index'))).toHaveLength(0);
    expect(await layerErrors(file, importOf('./probe.queries'))).toHaveLength(0);
    expect(await layerErrors(file, importOf('../../db/transactions'))).toHaveLength(0);
  });

  it('lets a feature reach another feature only through its index.ts', async () => {
    const file = 'src/renderer/src/features/probe/list/ProbeList.tsx';
    expect(await layerErrors(file, importOf('../../businesses/detail/BusinessDetailPage'))).toHaveLength(1);
    expect(await layerErrors(file, "export { BusinessDetailPage } from '../../businesses/detail/BusinessDetailPage';\n")).toHaveLength(1);
    expect(await layerErrors(file, importOf('../../businesses'))).toHaveLength(0);
    expect(await layerErrors(file, importOf('../form/ProbeForm'))).toHaveLength(0);
    expect(await layerErrors(file, importOf('../../../components/DateField'))).toHaveLength(0);
  });

  it('keeps tooling out of tests/; what tests, bench and scripts share lives in src/harness', async () => {
    expect(await layerErrors('bench/probe.ts', importOf('../tests/main/helpers/core'))).toHaveLength(1);
    expect(await layerErrors('scripts/probe.ts', importOf('../tests/main/helpers/core'))).toHaveLength(1);
    expect(await layerErrors('src/harness/probe.ts', importOf('../../tests/main/helpers/core'))).toHaveLength(1);
    expect(await layerErrors('bench/lib/probe.ts', importOf('../../src/harness/test-platform'))).toHaveLength(0);
    expect(await layerErrors('scripts/probe.ts', importOf('../src/harness/durability/model'))).toHaveLength(0);
    expect(await layerErrors('src/harness/probe.ts', importOf('../main/core'))).toHaveLength(0);
  });

  it('keeps the harness out of the app', async () => {
    expect(await layerErrors('src/main/modules/probe/probe.service.ts', importOf('../../../harness/test-platform'))).toHaveLength(1);
    expect(await layerErrors('src/renderer/src/lib/probe.ts', importOf('../../../harness/prng'))).toHaveLength(1);
    expect(await layerErrors('src/renderer/src/lib/probe.ts', "export const load = () => import('../../../harness/server');\n")).toHaveLength(1);
  });

  it('refuses raw timers in the core, which would inherit the transaction they were made in', async () => {
    const [result] = await eslint.lintText('export const t = setTimeout(() => undefined, 0);\n', { filePath: 'src/main/modules/probe.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
    const [shell] = await eslint.lintText('export const t = setTimeout(() => undefined, 0);\n', { filePath: 'src/main/electron/probe.ts' });
    expect(shell?.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(0);
  });
});
