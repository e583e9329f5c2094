// ESLint: typescript-eslint's recommended rules plus React hooks, and the architecture's import boundaries.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'react', 'react-dom', '../../src-main/*', '../../src-renderer/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process'],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'lowdb', '**/src-main/**'] }] },
  },
  {
    // One UI kit: screens compose src-renderer/ui instead of writing their own buttons and dialogs.
    files: ['src-renderer/**/*.tsx'],
    ignores: ['src-renderer/ui/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
        { selector: "JSXOpeningElement[name.name='button']", message: 'Use Button from src-renderer/ui.' },
        { selector: "JSXOpeningElement[name.name='dialog']", message: 'Use Dialog from src-renderer/ui.' },
        {
          selector: "JSXAttribute[name.name='role'][value.value=/^(alert)?dialog$/]",
          message: 'Use Dialog from src-renderer/ui.',
        },
        {
          selector: "CallExpression[callee.property.name='showModal']",
          message: 'Use Dialog from src-renderer/ui.',
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'lowdb', 'zod', '../services/*', '../store/*'] }],
    },
  },
);
