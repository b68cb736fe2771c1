import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@app/*/src/*', '**/libs/*/src/*'], message: 'Import a lib through @app/<lib> only (D1).' }] }],
    },
  },
  {
    // Plain Node scripts (CommonJS).
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // D6: the server reaches the database through Storage (reads, transactions on the gated main connection)
    // or HotWrites (the hot path's write jobs); a DataSource injected elsewhere would bypass both.
    files: ['apps/ota-server/src/**/*.ts'],
    ignores: ['apps/ota-server/src/database/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator[expression.callee.name='InjectDataSource']",
          message: 'Use Storage or HotWrites (database/): the sqlite connection is shared and gated (D6).',
        },
      ],
    },
  },
  {
    // D1: libs are plain TypeScript, no Nest, no TypeORM, no process.env.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*', 'typeorm', '@app/*/src/*'], message: 'Libs are plain TypeScript (D1).' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Libs take configuration as arguments (D1).' }],
    },
  },
);
