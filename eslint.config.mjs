import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers point one way: renderer -> shared <- main. shared is pure TypeScript (no electron, no
 * node, no DOM); the renderer never reaches into main or preload; the core below the Electron shell
 * (everything in src/main except index.ts and electron/) never imports electron.
 */
const node = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream'];
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/harness/bridge.js'] },
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
    files: ['src/shared/**/*.ts'],
    rules: layer(
      ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'react', 'react-dom', ...node],
      'src/shared is the contract: pure TypeScript that imports neither main, renderer, electron, node nor the DOM.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(['**/main/**', '**/preload/**', 'electron', ...node], 'The renderer talks to main only through window.api (lib/api.ts).'),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: layer(['electron', '**/renderer/**', '**/preload/**'], 'The core knows no Electron: put Electron code in src/main/electron behind the platform ports.'),
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
    files: ['src/main/index.ts', 'src/main/electron/**/*.ts'],
    rules: layer(['**/renderer/**', '**/preload/**'], 'main never imports the renderer or preload.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer(['**/main/**', '**/renderer/**', ...node], 'The preload may use only electron and src/shared.'),
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
