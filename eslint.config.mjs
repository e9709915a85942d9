// @ts-check
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layer rules of STYLE.md §2 as allow-lists. Every import of a layer file is classified:
 * a package must be on its layer's list (a type-only list where only types may cross), a
 * relative import must resolve into a folder the layer may use, a dynamic import must be a
 * relative literal (so the same zones judge it), and anything else is an error. A banned-name
 * list missed `electron/main`, `await import('electron')`, `webContents.ipc.handle` and
 * `globalThis.localStorage`; tests/lint/ lints one probe per violation to keep it that way.
 */
/** Node built-ins, only with the node: prefix, so one pattern covers them all. */
const NODE = { regex: 'node:[a-z_/]+', label: 'node:*' };
const regexOf = (entry) => (typeof entry === 'string' ? entry.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : entry.regex);
const labelOf = (entry) => (typeof entry === 'string' ? entry : entry.label);

/** `no-restricted-imports` refusing every package but `values` (and `types`, as types only). */
function packagesOnly(layer, { values = [], types = [] }) {
  const allowed = [...values, ...types].map(regexOf).join('|');
  const listed = [...values.map(labelOf), ...types.map((entry) => `${labelOf(entry)} (types)`)].join(', ');
  const patterns = [{ regex: `^(?!\\.|(?:${allowed || '(?!)'})$)`, message: `${layer} may import only ${listed || 'itself'}.` }];
  if (types.length > 0) {
    const typeNames = types.map(labelOf).join(', ');
    patterns.push({ regex: `^(?:${types.map(regexOf).join('|')})$`, allowTypeImports: true, message: `${layer} may import only types from ${typeNames}.` });
  }
  return ['error', { patterns }];
}

const DYNAMIC_IMPORT = {
  selector: "ImportExpression:not([source.type='Literal'][source.value=/^\\./])",
  message: 'A dynamic import takes a relative literal path (the layer zones judge it); import packages statically, where they are classified.',
};
const REQUIRE = { selector: "CallExpression[callee.name=/^(require|createRequire)$/]", message: 'Use import: require() escapes the layer rules.' };
const IPC_OUTSIDE_HANDLE = {
  selector: 'MemberExpression[property.name=/^(ipc|ipcMain)$/]',
  message: 'Register IPC through electron/main/ipc/handle.ts only (sender check + contract): webContents.ipc and ipcMain bypass it.',
};
const BROWSER_STORAGE = 'localStorage|sessionStorage|indexedDB|caches|cookieStore|cookie';
const HTML_SINKS = 'innerHTML|outerHTML|insertAdjacentHTML|srcdoc|setHTMLUnsafe|createContextualFragment';
const RENDERER_SYNTAX = [
  { selector: `MemberExpression[property.name=/^(${BROWSER_STORAGE})$/]`, message: 'Browser storage would keep notebook data outside the vault (issue 3: non-persistent session).' },
  { selector: `MemberExpression[computed=true][property.value=/^(${BROWSER_STORAGE})$/]`, message: 'Browser storage would keep notebook data outside the vault.' },
  { selector: `MemberExpression[property.name=/^(${HTML_SINKS})$/]`, message: 'User text is rendered as text, never as HTML.' },
  { selector: "MemberExpression[property.name=/^(write|writeln)$/][object.name='document']", message: 'User text is rendered as text, never as HTML.' },
  { selector: "MemberExpression[property.name=/^(write|writeln)$/][object.property.name='document']", message: 'User text is rendered as text, never as HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is rendered as text, never as HTML.' },
];
const BRIDGE = { selector: "MemberExpression[property.name='fieldnotes']", message: 'Only src/ipc/client.ts touches the preload API.' };

/** Packages per layer; Node built-ins only with the node: prefix, so one pattern covers them. */
const PACKAGES = {
  shared: { values: ['zod'] },
  core: { values: [NODE, 'zod', '@node-rs/argon2', 'sodium-native', 'exifr'], types: ['better-sqlite3-multiple-ciphers'] },
  main: { values: [NODE, 'electron', '@fieldnotes/hardening'] },
  security: { values: [NODE] },
  cli: { values: [NODE, '@fieldnotes/hardening'], types: ['zod'] },
  preload: { values: ['electron'] },
  // The bundled Arabic face is CSS the renderer may import; zod only for zod-jitless.ts's CSP setting;
  // TipTap (and its ProseMirror re-exports) for the rich-text body, components/rich-text only in practice.
  renderer: {
    values: [
      'react',
      'react-dom/client',
      'zod',
      { regex: '@fontsource-variable\\/noto-sans-arabic(?:\\/[a-z0-9./-]+)?', label: '@fontsource-variable/noto-sans-arabic' },
      { regex: '@tiptap\\/(?:core|react|extensions|extension-[a-z-]+|pm\\/[a-z-]+)', label: '@tiptap/*' },
      // pdf.js and its parser module for the attachment viewer (features/attachments/pdf-document.ts only).
      { regex: 'pdfjs-dist(?:\\/build\\/pdf\\.worker\\.mjs)?', label: 'pdfjs-dist' },
    ],
  },
};

/** Relative imports: where each layer may reach (`except` of a zone that forbids the whole repository). */
const REACH = [
  { target: './shared', except: ['./shared', './node_modules'], message: 'shared/ is imported by both processes and imports neither.' },
  { target: './electron/core', except: ['./electron/core', './shared', './node_modules'], message: 'core/ is plain Node under everything else.' },
  { target: './electron/main', except: ['./electron/main', './electron/core', './shared', './node_modules', './native/hardening'], message: 'main/ is glue around core/.' },
  { target: './electron/cli', except: ['./electron/cli', './electron/core', './shared', './node_modules', './native/hardening'], message: 'The CLI stands on core/ only.' },
  {
    target: './electron/preload',
    except: ['./electron/preload', './shared/ipc/channels.ts', './shared/errors.ts', './node_modules/electron'],
    message: 'The preload bundles nothing but the channel list (and the result type).',
  },
  { target: './renderer', except: ['./renderer', './shared', './node_modules'], message: 'The renderer reaches the main process only through src/ipc/client.ts.' },
].map((zone) => ({ ...zone, from: '.' }));

/**
 * A feature reaches another only through its index.ts. The edges below predate the rule and
 * are pieces other features share: they belong in components/ or behind an index.ts, and the
 * list may only shrink.
 */
const FEATURES_DIR = 'renderer/src/features';
const SHARED_FEATURE_PIECES = {
  settings: ['vault/NewPassphraseFields.tsx', 'vault/use-countdown.ts'],
  notebook: ['shell/ShortcutHint.tsx', 'shell/shortcuts.ts', 'settings/use-preferences.ts'],
};
const features = readdirSync(join(import.meta.dirname, FEATURES_DIR), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const featureZones = features.map((feature) => ({
  target: `./${FEATURES_DIR}/${feature}`,
  from: `./${FEATURES_DIR}`,
  except: [`./${feature}`, ...features.filter((other) => other !== feature).map((other) => `./${other}/index.ts`), ...(SHARED_FEATURE_PIECES[feature] ?? []).map((piece) => `./${piece}`)],
  message: "A feature uses another only through that feature's index.ts.",
}));

const layerZones = [
  ...REACH,
  ...featureZones,
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

/** One config block per layer: its packages and its syntax rules, whole (flat config replaces a rule's options, never merges them). */
function layer(files, packages, syntax = [], extra = {}) {
  return {
    files,
    ...extra,
    rules: {
      'no-restricted-imports': packagesOnly(files[0].replace(/\/\*\*.*$/, ''), packages),
      'no-restricted-syntax': ['error', DYNAMIC_IMPORT, REQUIRE, ...syntax],
      // An import nothing resolves is one the zones cannot classify: an error, not a pass.
      'import-x/no-unresolved': 'error',
      ...extra.rules,
    },
  };
}

export default tseslint.config(
  // tests/lint/probes/ holds one deliberate violation per file: linted only by tests/lint/boundaries.test.ts.
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '**/*.cjs', 'tests/lint/probes/**'] },
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
  layer(['shared/**/*.ts'], PACKAGES.shared),
  // The contract's passphrase rule and the renderer's meter must be one estimator, and the
  // contract lives here. zxcvbn-ts is pure JavaScript with no I/O, DOM or Node use, so these
  // few files (and only they) may load it and its dictionaries.
  layer(['shared/domain/passphrase-strength.ts', 'shared/domain/passphrase-matchers.ts', 'shared/domain/diceware-words.ts'], {
    values: ['zod', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en'],
  }),
  layer(['electron/core/**/*.ts'], PACKAGES.core),
  layer(['electron/core/db/driver.ts'], { values: [...PACKAGES.core.values, 'better-sqlite3-multiple-ciphers'] }),
  layer(['electron/cli/**/*.ts'], PACKAGES.cli),
  layer(['electron/preload/**/*.ts'], PACKAGES.preload),
  layer(['electron/main/**/*.ts'], PACKAGES.main, [IPC_OUTSIDE_HANDLE], {
    ignores: ['electron/main/ipc/handle.ts', 'electron/main/security/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Register IPC through electron/main/ipc/handle.ts only (sender check + contract).' }],
          patterns: packagesOnly('electron/main', PACKAGES.main)[1].patterns,
        },
      ],
    },
  }),
  layer(['electron/main/ipc/handle.ts'], PACKAGES.main),
  // Security decisions are pure functions, tested in plain Node; wire them elsewhere in main/.
  layer(['electron/main/security/**/*.ts'], PACKAGES.security, [IPC_OUTSIDE_HANDLE]),
  {
    ...layer(['renderer/**/*.ts', 'renderer/**/*.tsx'], PACKAGES.renderer, [...RENDERER_SYNTAX, BRIDGE]),
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Bare globals; the same names as properties (window., globalThis.) are RENDERER_SYNTAX's.
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'sessionStorage', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'indexedDB', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'caches', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'cookieStore', message: 'Browser storage would keep notebook data outside the vault.' },
        { name: 'fieldnotes', message: 'Only src/ipc/client.ts touches the preload API.' },
      ],
    },
  },
  layer(['renderer/src/ipc/client.ts'], PACKAGES.renderer, RENDERER_SYNTAX),
);
