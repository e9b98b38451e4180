/**
 * ESLint checks correctness and the folders' one-way flow; Prettier owns layout, so no stylistic
 * rule is turned on here. `npm run lint` (a step of `npm test`).
 *
 *   recommended sets: ESLint's, typescript-eslint's (without type information: `astro check`
 *   already type-checks every file, and type-aware linting would cost more time than it saves)
 *   and eslint-plugin-astro's (which also lints each component's <script> as browser code).
 *
 *   boundaries (README, "How the repository is laid out"): content → data layer (src/data/, using
 *   src/lib/) → components → layouts → routes → dist/ → browser code (src/client/).
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import of one of these folders of src/, by a relative path from a file inside src/. */
const folder = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const NODE_BUILTINS = {
  regex: `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  caseSensitive: true,
};

const NO_RENDERING = {
  regex: folder('components', 'layouts', 'pages'),
  message:
    'The data layer, lib, build helpers and Markdown plugins come before rendering: they never import components, layouts or routes.',
};

/** Builds the one `no-restricted-imports` rule of a folder (a later config would replace, not add to, an earlier one). */
const restrict = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default defineConfig([
  globalIgnores(['dist/', 'dist-nginx/', '.astro/', '.tmp/', 'bench-results/', 'test-results/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,

  {
    name: 'csto/unused',
    rules: {
      // `_name` marks a parameter or binding that is there on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },

  {
    name: 'csto/node',
    files: ['scripts/**', 'tests/**', 'deploy/**', '*.config.{js,mjs,ts}', 'src/**/*.{ts,astro}'],
    ignores: ['src/client/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions these scripts hand to page.evaluate() and waitForFunction() run in the page.
    name: 'csto/scripts that drive Chromium',
    files: ['scripts/bench*.mjs', 'scripts/search-bench-setup.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    name: 'csto/browser',
    files: ['src/client/**', 'src/**/*.astro/*.{js,ts}'],
    languageOptions: { globals: globals.browser },
  },

  {
    name: 'csto/boundaries: data layer, build helpers, Markdown plugins',
    files: ['src/data/**', 'src/build/**', 'src/markdown/**'],
    rules: restrict(NO_RENDERING),
  },
  {
    name: 'csto/boundaries: lib (pure)',
    files: ['src/lib/**'],
    rules: restrict(
      NO_RENDERING,
      {
        ...NODE_BUILTINS,
        message:
          'src/lib/ is pure: no Node built-ins (file I/O belongs in src/build/ or src/data/).',
      },
      {
        regex: '^astro:',
        message:
          'src/lib/ is pure: content is loaded by the data layer (src/data/), which hands lib plain values.',
      },
      {
        regex: folder('data', 'build'),
        allowTypeImports: true,
        message:
          'src/lib/ may name the data layer’s and build helpers’ types (`import type`), never import their code.',
      }
    ),
  },
  {
    name: 'csto/boundaries: browser code',
    files: ['src/client/**', 'src/**/*.astro/*.{js,ts}'],
    rules: restrict(
      { ...NODE_BUILTINS, message: 'Browser code cannot use Node built-ins.' },
      {
        regex: '^astro:',
        message: 'Browser code cannot import astro:* modules: they exist only at build time.',
      },
      {
        regex: folder('build', 'data'),
        message:
          'Browser code cannot import the data layer or build helpers (Node only); share pure code through src/lib/.',
      }
    ),
  },
]);
