import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it('refuses node and electron imports in src/shared', async () => {
    expect(await layerErrors('src/shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await layerErrors('src/shared/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
  });

  it('refuses imports of main from the renderer', async () => {
    const errors = await layerErrors('src/renderer/src/probe.ts', "import { createCore } from '../../main/core';\nexport const x = createCore;\n");
    expect(errors).toHaveLength(1);
  });

  it('refuses electron in the core below the shell, but allows it in src/main/electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await layerErrors('src/main/modules/probe.ts', code)).toHaveLength(1);
    expect(await layerErrors('src/main/electron/probe.ts', code)).toHaveLength(0);
  });

  it('lets the renderer import the shared contract', async () => {
    const code = "import { contract } from '../../shared/contract';\nexport const x = contract;\n";
    expect(await layerErrors('src/renderer/src/probe.ts', code)).toHaveLength(0);
  });

  it('refuses raw timers in the core, which would inherit the transaction they were made in', async () => {
    const [result] = await eslint.lintText('export const t = setTimeout(() => undefined, 0);\n', { filePath: 'src/main/modules/probe.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
    const [shell] = await eslint.lintText('export const t = setTimeout(() => undefined, 0);\n', { filePath: 'src/main/electron/probe.ts' });
    expect(shell?.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(0);
  });
});
