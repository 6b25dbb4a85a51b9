// Lint rules, including the layer rules of docs/architecture.md: dependencies point down only
// (app → ui/scene → state → domain) and src/domain stays pure TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group,
          message: `src/${from} may not import this (see the layer rules in docs/architecture.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'test-results', 'bench/.floor-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Tests build broken data on purpose and assert on values they just checked exist.
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // This package must be independent: no react, three or browser globals in the domain.
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@react-three/*'], message: 'src/domain is pure TypeScript.' },
            { group: ['three', 'three/*', 'three-stdlib'], message: 'src/domain is pure TypeScript.' },
            { group: ['zustand', 'zustand/*'], message: 'src/domain is pure TypeScript.' },
            { group: ['**/state/**', '**/scene/**', '**/ui/**', '**/app/**'], message: 'src/domain imports nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'fetch'],
    },
  },
  layer('state', [['**/scene/**', '**/ui/**', '**/app/**', 'three', 'three/*', '@react-three/*']]),
  layer('scene', [['**/ui/**', '**/app/**']]),
  layer('ui', [['**/scene/**', '**/app/**', 'three', 'three/*', '@react-three/*']]),
);
