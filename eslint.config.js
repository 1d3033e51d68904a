// ESLint (flat config): typescript-eslint's recommended rules for all TypeScript, Lit's and the
// web-components plugin's for the page code. Import direction is dependency-cruiser's job
// (.dependency-cruiser.cjs); formatting is Prettier's. `npm run lint` runs both checkers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'web/wasm/**', 'web/locales/**', 'assembly/**', 'test-results/**', 'test/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,mjs,js,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except the deliberately ignored `_name`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A closure may read a variable that is assigned once, later (the core's abort handler).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests build invalid input on purpose (`as any`), and chai's assertions are expressions.
    files: ['test/**/*.{ts,mts,mjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['web/**/*.ts'],
    ignores: ['web/worker/**', 'web/cli/**', 'web/shared/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['web/**/*.ts'],
    ignores: ['web/worker/**', 'web/cli/**', 'web/shared/**'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
