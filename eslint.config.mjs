import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers point one way: renderer -> shared <- main. Each layer names what it may import (an
 * allow-list), checked on every static import, re-export, dynamic import(), require() and
 * import('...') type, so that nothing reaches across by a route the rule forgot:
 * - src/shared is the contract: only zod and src/shared itself (no electron, no node, no DOM).
 * - the renderer: its own tree, src/shared and the UI packages below; never src/main or src/preload.
 * - the preload: electron and src/shared.
 * - src/main: never the renderer or preload; the core below the Electron shell (everything except
 *   index.ts and electron/) never imports electron.
 * - a feature (src/renderer/src/features/<x>) or module (src/main/modules/<x>) reaches another one
 *   only through that one's index.ts, its public face.
 * - tooling (bench/, scripts/) never imports tests/; what tests, bench and scripts share (the
 *   browser harness, the test platform, the durability model) lives in src/harness, which the app
 *   itself (main, preload, renderer, shared) never imports.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const rendererPackages = [
  'react', 'react-dom', 'react-router', 'react-i18next', 'i18next', 'dayjs', 'zod',
  '@mantine/*', '@tabler/icons-react', '@tanstack/react-query',
];

/** The package a bare specifier names: `@scope/name` or `name`, subpaths dropped. */
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const allowedPackage = (allowed, spec) => allowed.some((a) => (a.endsWith('/*') ? packageOf(spec).startsWith(a.slice(0, -1)) : packageOf(spec) === a));
/** The repository path a relative specifier points at (no extension added), or null for a package. */
const target = (file, spec) => (spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), spec.split('?')[0])).split(path.sep).join('/') : null);
const under = (rel, dir) => rel === dir || rel.startsWith(`${dir}/`);
const unitOf = (rel) => /^(src\/renderer\/src\/features|src\/main\/modules)\/([^/]+)(?:\/(.*))?$/.exec(rel);

/** Whether a unit has its index.ts; every main module must, so only a renderer feature may lack one. */
const hasPublicFace = (unitDir) => unitDir.startsWith('src/main/') || ['index.ts', 'index.tsx'].some((name) => existsSync(path.join(root, unitDir, name)));

/** Why `spec`, imported by the file at repository path `from`, breaks a layer; null when it is allowed. */
function layerViolation(fileAbs, from, spec) {
  const to = target(fileAbs, spec);
  if (under(from, 'src/shared')) {
    if (to ? under(to, 'src/shared') : allowedPackage(['zod'], spec)) return null;
    return 'src/shared is the contract: it may import only zod and src/shared itself.';
  }
  if (under(from, 'src/renderer')) {
    if (to ? under(to, 'src/main') || under(to, 'src/preload') || under(to, 'src/harness') : !allowedPackage(rendererPackages, spec)) {
      return to ? 'The renderer talks to main only through window.api (lib/api.ts).' : `The renderer runs in the browser: '${spec}' is not one of its packages (eslint.config.mjs lists them).`;
    }
  }
  if (under(from, 'src/preload')) {
    if (to ? !under(to, 'src/preload') && !under(to, 'src/shared') : spec !== 'electron') return 'The preload may use only electron and src/shared.';
  }
  if (under(from, 'src/main')) {
    if (to && (under(to, 'src/renderer') || under(to, 'src/preload'))) return 'main never imports the renderer or preload.';
    if (to && under(to, 'src/harness')) return 'The app never imports the harness: it is tooling for tests, bench and scripts.';
    const shell = from === 'src/main/index.ts' || under(from, 'src/main/electron');
    if (!to && packageOf(spec) === 'electron' && !shell) return 'The core knows no Electron: put Electron code in src/main/electron behind the platform ports.';
  }
  if (to && (under(from, 'bench') || under(from, 'scripts') || under(from, 'src/harness')) && under(to, 'tests')) {
    return 'Tooling never imports tests: move what it needs into src/harness.';
  }
  const mine = unitOf(from);
  const theirs = to && unitOf(to);
  const publicFace = [undefined, 'index', 'index.ts', 'index.tsx'];
  if (mine && theirs && mine[1] === theirs[1] && mine[2] !== theirs[2] && !publicFace.includes(theirs[3]) && hasPublicFace(`${theirs[1]}/${theirs[2]}`)) {
    return `Reach ${theirs[1]}/${theirs[2]} through its index.ts, not its insides.`;
  }
  return null;
}

const layersPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const fileAbs = context.filename;
        const from = path.relative(root, fileAbs).split(path.sep).join('/');
        const check = (node, source) => {
          const spec = source?.type === 'Literal' && typeof source.value === 'string' ? source.value
            : source?.type === 'TemplateLiteral' && source.expressions.length === 0 ? source.quasis[0].value.cooked : null;
          if (spec === null) return;
          const message = layerViolation(fileAbs, from, spec);
          if (message) context.report({ node, message: `'${spec}': ${message}` });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source),
          TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
          TSExternalModuleReference: (node) => check(node, node.expression),
          CallExpression: (node) => node.callee.type === 'Identifier' && node.callee.name === 'require' && check(node, node.arguments[0]),
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/harness/bridge.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx,mts,js,mjs,cjs}', 'bench/**/*.{ts,mts,js,mjs,cjs}', 'scripts/**/*.{ts,mts,js,mjs,cjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Work with a life of its own never starts inside a transaction's async context: timers go
    // through later() and effects through afterCommit() (src/main/db/transactions.ts).
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**', 'src/main/db/transactions.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask'].map((name) => ({
        name,
        message: 'Schedule with later() or afterCommit() from src/main/db/transactions.ts: a raw timer inherits the transaction it was made in.',
      }))],
      'no-restricted-properties': ['error', { object: 'process', property: 'nextTick', message: 'Use afterCommit() from src/main/db/transactions.ts.' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
