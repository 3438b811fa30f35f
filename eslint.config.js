import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The boundary: the renderer knows only the typed API, never the database or Node. */
const rendererBoundary = [
  { regex: '^node:', message: 'The renderer runs in a sandbox: no Node modules.' },
  { regex: '(^|/)db(/|$)', message: 'The renderer reaches data only through the typed API.' },
  {
    regex: '(^|/)electron/(?!ipc/contract)',
    message: 'The renderer may import only the pure contract from electron/ipc/contract.',
  },
  { regex: '^(electron|better-sqlite3|drizzle-orm)', message: 'Not in the renderer.' },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'build/*.mjs', 'bin/*.js'] } },
      globals: { ...globals.node },
    },
    rules: {
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Config files are loaded by their tools, which expect a default export.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: rendererBoundary }],
    },
  },
  {
    // What the app ships loads the contract's values module by module; tests may take them from the barrel.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBoundary,
            {
              regex: '/electron/ipc/contract$',
              allowTypeImports: true,
              message:
                'Import values from the contract module that holds them (contract/contacts, …): the barrel builds every channel’s schemas when the app opens.',
            },
          ],
        },
      ],
    },
  },
  {
    // One connection helper picks the native build for the runtime (Node or Electron).
    files: ['db/**/*.ts', 'build/**/*.ts'],
    ignores: ['db/connect.ts', '**/*.test.ts', 'db/testing/**', 'build/bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Database']",
          message: 'Connect with connectSqlite from db/connect.ts.',
        },
      ],
    },
  },
  {
    // Only the registry's IPC module registers handlers, and only the preload touches ipcRenderer.
    files: ['electron/**/*.ts'],
    ignores: [
      'electron/preload.ts',
      'electron/shell/ipc.ts',
      '**/*.test.ts',
      'electron/cli/test-support.ts',
      'electron/testing/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain'][property.name='handle']",
          message: 'Register channels in electron/shell/ipc.ts only.',
        },
        { selector: "Identifier[name='ipcRenderer']", message: 'Only the preload talks to ipcRenderer.' },
        {
          selector: "NewExpression[callee.name='Database']",
          message: 'Connect with connectSqlite from db/connect.ts.',
        },
      ],
    },
  },
);
