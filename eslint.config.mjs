// @ts-check
import { builtinModules } from 'node:module';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The layer rules of STYLE.md §2, enforced here rather than hoped for. */
const layerZones = [
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ is imported by both processes and imports neither.' },
  { target: './electron/core', from: ['./electron/main', './electron/preload', './electron/cli', './renderer'], message: 'core/ is plain Node under everything else.' },
  { target: './electron/cli', from: ['./electron/main', './electron/preload', './renderer'], message: 'The CLI stands on core/ only.' },
  { target: './electron/main', from: ['./renderer', './electron/cli'], message: 'main/ is glue around core/.' },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './renderer'], message: 'The preload bundles nothing but the channel list.' },
  { target: './renderer', from: ['./electron'], message: 'The renderer reaches the main process only through src/ipc/client.ts.' },
  { target: './electron/core/services', from: ['./electron/core/handlers'], message: 'handlers → services → repositories → connection, one way.' },
  { target: './electron/core/db', from: ['./electron/core/services', './electron/core/handlers', './electron/core/vault'], message: 'handlers → services → repositories → connection, one way.' },
  {
    target: './electron',
    from: './electron/core/db/plain-connection.ts',
    message: 'The unencrypted connection exists for the benchmark baseline only.',
  },
  {
    target: './electron/core/db/migrations',
    from: ['./electron', './shared'],
    except: ['./core/db/migrations'],
    message: 'Migrations are frozen history: copy what they need, never import it.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '**/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Imports are extensionless (bundler resolution): the resolver must try the TS extensions.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.d.mts'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.concat('electron'), patterns: [{ regex: '^(?!zod$|\\.)', message: 'shared/ may use zod and itself only.' }] }],
    },
  },
  {
    // The contract's passphrase rule and the renderer's meter must be one estimator, and the
    // contract lives here. zxcvbn-ts is pure JavaScript with no I/O, DOM or Node use, so these
    // few files (and only they) may load it and its dictionaries.
    files: ['shared/domain/passphrase-strength.ts', 'shared/domain/passphrase-matchers.ts', 'shared/domain/diceware-words.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins.concat('electron'), patterns: [{ regex: '^(?!zod$|@zxcvbn-ts/(core|language-common|language-en)$|\\.)', message: 'These files may add zxcvbn-ts and its dictionaries only.' }] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core/ and the CLI run under plain Node; Electron stays in main/.' }],
          patterns: [{ group: ['better-sqlite3-multiple-ciphers'], allowTypeImports: true, message: 'Only core/db/driver.ts loads the SQLite driver.' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/db/driver.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'core/ never imports Electron.' }] }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc/handle.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Register IPC through electron/main/ipc/handle.ts only (sender check + contract).' }] },
      ],
    },
  },
  {
    files: ['electron/main/security/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Security decisions are pure functions, tested in plain Node; wire them elsewhere in main/.' }] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodeBuiltins.concat('electron'), patterns: [{ group: ['**/electron/**'], message: 'The renderer never imports main-process code.' }] }],
      // Nothing of the notebook may be kept by the browser (issue 3: non-persistent session).
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'sessionStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'indexedDB', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'caches', message: 'Browser storage would keep notebook data outside the vault.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { object: 'window', property: 'sessionStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { object: 'window', property: 'indexedDB', message: 'Browser storage would keep notebook data outside the vault.' },
        { object: 'window', property: 'fieldnotes', message: 'Only src/ipc/client.ts touches the preload API.' },
        { object: 'document', property: 'cookie', message: 'Cookies would keep data outside the vault.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'User text is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['renderer/src/ipc/client.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
