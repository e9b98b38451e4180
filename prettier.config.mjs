/**
 * Prettier owns the code's layout (ESLint checks only correctness). Starlight's choices
 * (withastro/starlight, .prettierrc), except for tabs:
 *   printWidth 100, single quotes, semicolons, trailing commas where ES5 allows them.
 *   Two spaces rather than Starlight's tabs: the whole tree was written with two spaces, so the one
 *   formatting commit only rewraps long lines instead of touching every indented line.
 * `npm run format` writes; `npm run format:check` (a step of `npm test`) only checks.
 */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 100,
  semi: true,
  singleQuote: true,
  tabWidth: 2,
  useTabs: false,
  trailingComma: 'es5',
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
