// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers import one way only (see ARCHITECTURE.md): domain ← data, state, i18n ← view ← app; the CLI
 * uses only domain and data; author (the workbench's draft, commands, saving, export) imports domain and
 * data, and view may import it. Only view/timeline touches vis-timeline; only i18n touches i18next.
 * DuckDB is the corpus build's engine: only src/cli/ imports it, so the page can never load it.
 */
const DUCKDB = {
  group: ['@duckdb/*'],
  message: 'DuckDB runs the corpus build (src/cli/); the page never loads it.',
};
const restrict = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: files.every((f) => f.startsWith('src/cli')) ? patterns : [...patterns, DUCKDB] },
    ],
  },
});
const ENGINE = {
  group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
  message: 'Only src/view/timeline/ talks to vis-timeline.',
};
const I18NEXT = {
  group: ['i18next', 'react-i18next'],
  message: 'Use src/i18n (useT) instead of i18next directly.',
};
const HTML_SINKS = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Dataset text is rendered as text, never HTML.',
  },
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Use textContent: data never reaches innerHTML.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Use textContent: data never reaches outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Use textContent: data never reaches HTML.',
  },
];
/** `x as unknown as T` claims anything: the app's code meets its types through guards and typed functions. */
const DOUBLE_CAST = {
  selector:
    "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
  message: 'No `as unknown as` in src/: narrow with a guard, or type the function that joins the two shapes.',
};
/** A checked value becomes a `Dataset` in one place, `asDataset` (data/dataset-schema.ts), never by a cast. */
const DATASET_CAST = {
  selector: "TSAsExpression > TSTypeReference.typeAnnotation[typeName.name='Dataset']",
  message: 'No `as Dataset`: a checked value becomes a Dataset through asDataset (data/dataset-schema.ts).',
};
/** The address bar has one owner, `src/app/address.ts`: everything else reads and writes it through that. */
const ADDRESS_OWNER = 'src/app/address.ts';
const HISTORY_WRITES = ['pushState', 'replaceState'].map((property) => ({
  property,
  message: `Change the address through ${ADDRESS_OWNER} (address().update).`,
}));
const ADDRESS_READS = [
  {
    selector: "MemberExpression[property.name='search'][object.name='location']",
    message: `Read the address through ${ADDRESS_OWNER} (address().read()).`,
  },
  {
    selector: "MemberExpression[property.name='search'][object.property.name='location']",
    message: `Read the address through ${ADDRESS_OWNER} (address().read()).`,
  },
  {
    selector:
      "CallExpression[callee.name=/^(addEventListener|removeEventListener)$/][arguments.0.value='popstate']",
    message: `Back and Forward reach the page through ${ADDRESS_OWNER} (address().subscribe).`,
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(addEventListener|removeEventListener)$/][arguments.0.value='popstate']",
    message: `Back and Forward reach the page through ${ADDRESS_OWNER} (address().subscribe).`,
  },
];
const REACT = { group: ['react', 'react-dom', 'react-dom/*'], message: 'This layer is framework-free.' };
/** Where React may be imported: the view, the app, the words' hook, the store's hook, and TSX (tests' too). */
const REACT_FILES = ['src/app/**', 'src/view/**', 'src/i18n/**', 'src/state/react.ts', '**/*.tsx'];
const layer = (names, message) => ({
  group: names.flatMap((n) => [`../${n}`, `../${n}/*`, `../../${n}`, `../../${n}/*`]),
  message,
});

export default tseslint.config(
  {
    ignores: [
      '.cache-*',
      '.stryker-tmp',
      'reports',
      'dist',
      'dist-bench',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'schema',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // A field left out by a rest pattern (`const { notes, ...rest } = d`) is not an unused variable.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    // The rules of hooks where React may be imported: every other layer is framework-free (the
    // `restrict` rules below keep React out of it), and these rules were most of the lint's time there.
    files: REACT_FILES,
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
    },
  },
  restrict(
    ['src/domain/**'],
    [
      REACT,
      I18NEXT,
      ENGINE,
      layer(['data', 'state', 'i18n', 'view', 'app', 'cli', 'author'], 'domain imports nothing of ours.'),
    ],
  ),
  restrict(
    ['src/data/**'],
    [
      REACT,
      I18NEXT,
      ENGINE,
      layer(['state', 'i18n', 'view', 'app', 'cli', 'author'], 'data imports only domain.'),
    ],
  ),
  // state/ is framework-free but for its one React binding (state/react.ts).
  {
    ...restrict(
      ['src/state/**'],
      [
        // `./react` is the binding itself, which index.ts re-exports.
        { ...REACT, group: [...REACT.group, '!./react'] },
        I18NEXT,
        ENGINE,
        layer(['data', 'i18n', 'view', 'app', 'cli', 'author'], 'state imports only domain.'),
      ],
    ),
    ignores: ['src/state/react.ts'],
  },
  restrict(
    ['src/state/react.ts'],
    [I18NEXT, ENGINE, layer(['data', 'i18n', 'view', 'app', 'cli', 'author'], 'state imports only domain.')],
  ),
  restrict(
    ['src/author/**'],
    [
      REACT,
      I18NEXT,
      ENGINE,
      layer(['state', 'i18n', 'view', 'app', 'cli'], 'author imports only domain and data.'),
    ],
  ),
  restrict(
    ['src/i18n/**'],
    [ENGINE, layer(['data', 'state', 'view', 'app', 'cli', 'author'], 'i18n imports only domain.')],
  ),
  // Every folder of view/ but view/timeline/ is kept off the engine; view/timeline/ only off i18next.
  {
    ...restrict(
      ['src/view/**'],
      [I18NEXT, ENGINE, layer(['data', 'app', 'cli'], 'view imports domain, state, i18n and author.')],
    ),
    ignores: ['src/view/timeline/**'],
  },
  restrict(
    ['src/view/timeline/**'],
    [I18NEXT, layer(['data', 'app', 'cli'], 'view imports domain, state, i18n and author.')],
  ),
  // app/ composes every layer but the CLI, and reaches the engine and i18next only through view and i18n.
  restrict(['src/app/**'], [I18NEXT, ENGINE, layer(['cli'], 'The page does not import the CLI.')]),
  restrict(
    ['src/cli/**'],
    [
      REACT,
      I18NEXT,
      ENGINE,
      layer(['state', 'i18n', 'view', 'app', 'author'], 'The CLI uses only domain and data.'),
    ],
  ),
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, DOUBLE_CAST, DATASET_CAST, ...ADDRESS_READS],
      'no-restricted-properties': ['error', ...HISTORY_WRITES],
    },
  },
  {
    files: [ADDRESS_OWNER],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, DOUBLE_CAST, DATASET_CAST],
      'no-restricted-properties': 'off',
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
