// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Names the pure engine must never touch: time and randomness are injected. */
const engineForbiddenGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'performance',
  'Date',
].map((name) => ({
  name,
  message: 'src/engine is pure: inject time through the SimulatedClock, never read the host.',
}));

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'public/schema', 'bench/results', '.scratch'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*', '!**/engine/index', '!**/engine/index.ts'],
              message: 'The UI imports the engine only through src/engine/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...engineForbiddenGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG kept in drill state.' },
        { object: 'Date', property: 'now', message: 'Use the injected clock.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/engine is framework-free.',
            },
            {
              group: [
                'zustand',
                'zustand/*',
                'framer-motion',
                'motion',
                'motion/*',
                '@xstate/react',
              ],
              message: 'src/engine is framework-free.',
            },
            {
              group: ['**/ui/**', '**/ui', '**/cli/**'],
              message: 'src/engine must not depend on the UI or CLI.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/engine runs in the browser too: no Node APIs.',
            },
          ],
        },
      ],
    },
  },
);
