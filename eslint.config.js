// Lint, including the architecture's boundaries: shared/ stays pure TypeScript, the
// renderer never reaches into electron/, and the Node-side services never import Electron.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      ...restrict(
        [...nodeBuiltins, 'electron', 'react', 'react-dom', 'zustand', 'better-sqlite3', 'electron-store'],
        ['**/electron/**', '**/renderer/**', '@xyflow/*', 'react/*', 'i18next', 'react-i18next'],
        'shared/ is pure TypeScript: no Node, DOM, React or Electron modules.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'electron-store'],
        ['**/electron/**'],
        'The renderer talks to the host only through the API contract in shared/api.',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/common/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['electron', 'electron-store'], ['**/renderer/**'], 'Node-side services must run without Electron (tests, CLI, HTTP host).'),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([], ['**/renderer/**'], 'Main and preload never import renderer code.'),
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,js,mjs}', 'bin/**/*.js', 'scripts/**/*.mjs', '*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
