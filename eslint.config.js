// `npm run lint`: typescript-eslint's type-aware recommended rules over src/, tests/ and scripts/, plus the
// import boundaries of DEVELOPERS.md ("Layout and dependency direction"):
//   - pure modules (models, schemas, formatters, src/lib) import no store, no UI and touch no DOM, storage
//     or clock, so they run in Node tests and on the server unchanged;
//   - a tool reaches another tool only through the registry (src/tools/registry.ts) or the other tool's
//     `public.ts`;
//   - src/tools/shared/ never imports a specific tool.
// The boundary rules are built per tool folder from the folders that exist, so a new tool is covered
// without editing this file. Astro files are not linted (astro check covers their types).
// Type-aware rules need the types `astro sync` writes to .astro/ (import.meta.env, astro:content):
// `npm run lint` syncs first; npm test lints right after astro check, which syncs too.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TOOLS_DIR = 'src/tools';
/** Mechanisms every tool shares; not a tool. */
const SHARED_DIR = 'shared';

/** Tool ids: every folder of src/tools/ except the shared one. */
export const TOOL_IDS = readdirSync(new URL(`./${TOOLS_DIR}/`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== SHARED_DIR)
  .map((entry) => entry.name)
  .sort();

/** File names (without `.ts`) of the pure modules a tool folder may hold. */
const PURE_TOOL_MODULES = ['model', 'schema', 'contacts', 'chart', 'csv', 'ics', 'advice', 'form', 'history', 'backup', 'merge', 'migrations'];
/** Pure modules of src/tools/shared/. */
const PURE_SHARED_MODULES = ['saved-data', 'calendar-date', 'client-name', 'client-schema', 'merge-rules'];

/**
 * A regex source matching a relative import that names one of `toolIds` as a path segment, except (when
 * `publicAllowed`) that tool's `public` module. Matching the segment rather than the resolved path works
 * at any depth (`../b/x` from a tool's root, `../../b/x` from its `__tests__/`).
 * @param {string[]} toolIds
 * @param {boolean} publicAllowed
 */
function toolImportRegex(toolIds, publicAllowed) {
  const rest = publicAllowed ? '(/(?!public$)|$)' : '(/|$)';
  return `^\\.{1,2}/(.*/)?(${toolIds.join('|')})${rest}`;
}

/**
 * Import restrictions for files of one folder of src/tools/.
 * @param {string} folder a tool id or `shared`
 */
function boundaryRestrictions(folder) {
  if (folder === SHARED_DIR) {
    return [{ regex: toolImportRegex(TOOL_IDS, false), message: 'src/tools/shared/ serves every tool and imports none of them.' }];
  }
  const others = TOOL_IDS.filter((id) => id !== folder);
  if (others.length === 0) return [];
  return [{ regex: toolImportRegex(others, true), message: "Import another tool only through its public.ts or src/tools/registry.ts." }];
}

/** What a pure module may not import: state, UI, or modules that hold either. */
const PURITY_RESTRICTIONS = [
  { group: ['nanostores', '@nanostores/*', 'preact', 'preact/*', '@preact/*'], message: 'Pure modules hold no state and render nothing: move this to the store or the island.' },
  { regex: '^\\.{1,2}/(.*/)?[^/]*store[^/]*$', message: 'Pure modules do not import stores: pass the values in.' },
  // Shared stores whose names do not say "store": the client list and today's date.
  { regex: '^\\.{1,2}/(.*/)?(clients|today)$', message: 'Pure modules do not import stores: pass the values in.' },
  { regex: '^\\.{1,2}/(.*/)?use-[^/]*$', message: 'Pure modules do not import hooks.' },
  { regex: '^\\.{1,2}/(.*/)?([A-Z][^/]*|[^/]*\\.tsx)$', caseSensitive: true, message: 'Pure modules do not import components or islands.' },
];

/** Browser globals a pure module may not touch. */
const PURITY_GLOBALS = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch'].map((name) => ({
  name,
  message: 'Pure modules touch no DOM, storage or network: the store or island passes what they need.',
}));

/** Clock reads a pure module may not make (DEVELOPERS.md: no `Date.now()`, pass the date in). */
const PURITY_SYNTAX = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pure modules do not read the clock: take today as an argument.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure modules do not read the clock: take today as an argument.' },
  { selector: "MemberExpression[object.name='globalThis']", message: 'Pure modules touch no globals.' },
];

/**
 * The same boundaries for dynamic `import()`, which no-restricted-imports does not see.
 * @param {{ regex: string, message: string }[]} restrictions
 */
function dynamicImportSyntax(restrictions) {
  return restrictions.filter((r) => r.regex).map((r) => ({ selector: `ImportExpression[source.value=/${r.regex.replaceAll('/', '\\/')}/]`, message: r.message }));
}

/**
 * Config objects for one folder of src/tools/: the boundary for all its files, and boundary plus purity
 * for its pure modules (a rule's options are replaced, not merged, by a later matching config).
 * @param {string} folder
 * @param {string[]} pureModules
 */
function folderConfigs(folder, pureModules) {
  const boundary = boundaryRestrictions(folder);
  const pureRestrictions = [...boundary, ...PURITY_RESTRICTIONS];
  return [
    {
      name: `boundaries/${folder}`,
      files: [`${TOOLS_DIR}/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': ['error', { patterns: boundary }],
        'no-restricted-syntax': ['error', ...dynamicImportSyntax(boundary)],
      },
    },
    {
      name: `purity/${folder}`,
      files: pureModules.map((module) => `${TOOLS_DIR}/${folder}/${module}.ts`),
      rules: {
        'no-restricted-imports': ['error', { patterns: pureRestrictions }],
        'no-restricted-globals': ['error', ...PURITY_GLOBALS],
        'no-restricted-syntax': ['error', ...PURITY_SYNTAX, ...dynamicImportSyntax(pureRestrictions)],
      },
    },
  ];
}

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'public/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    name: 'project-rules',
    rules: {
      // Preact ignores what an event handler returns, so an async handler is fine; its rejection surfaces
      // as an unhandled rejection, as a throw in a sync handler would.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // `_`-prefixed names and rest siblings mark values left out on purpose (`const { id: _id, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Runtime guards on values the types rule out (`never`) still name the value in their error.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true }],
    },
  },
  {
    name: 'islands',
    files: ['src/**/*.tsx'],
    rules: {
      // Props interfaces declare callbacks as methods (`onPrint(): void`); components destructure them and
      // no callback passed as a prop uses `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    name: 'tests',
    files: ['tests/**/*.ts', 'src/**/__tests__/**/*.{ts,tsx}'],
    rules: {
      // Tests read JSON.parse output and saved envelopes as `any` on purpose and let expect() check the shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Failure messages of property tests print the arrays fast-check generated.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true, allowArray: true }],
    },
  },
  {
    name: 'node-scripts',
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  { name: 'browser-code', files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  { name: 'node-code', files: ['tests/**/*.ts', 'src/integrations/**/*.ts', '*.config.ts'], languageOptions: { globals: globals.node } },
  ...[...TOOL_IDS, SHARED_DIR].flatMap((folder) => folderConfigs(folder, folder === SHARED_DIR ? PURE_SHARED_MODULES : PURE_TOOL_MODULES)),
  {
    name: 'purity/lib',
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: PURITY_RESTRICTIONS }],
      'no-restricted-globals': ['error', ...PURITY_GLOBALS],
      'no-restricted-syntax': ['error', ...PURITY_SYNTAX, ...dynamicImportSyntax(PURITY_RESTRICTIONS)],
    },
  },
);
