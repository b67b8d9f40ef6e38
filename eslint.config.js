import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', '.bench/', 'node_modules/', 'coverage/', 'src/engine/catalogs/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The engine must stay free of GitHub and I/O libraries; adapters are the only place for them.
      'no-restricted-imports': 'off',
      // `push(...list)` passes every item as an argument: a file with a mistake in each of a million
      // rows overflows the call stack. Loop, or concat.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(push|unshift)$/][arguments.length=1] > SpreadElement',
          message: 'Spreading into push() overflows the stack on large inputs; use a for-of loop or concat.',
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/catalogs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'The engine never talks to GitHub: pass a capability in from an adapter.',
            },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process'],
              message: 'The engine does no I/O: read files in an adapter.',
            },
          ],
        },
      ],
    },
  },
);
