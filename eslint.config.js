import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';

/** The SDK loads as its own chunk (loadStsSdk): nothing may import it statically but its chunk. */
const sdkChunk = {
  group: ['**/sts-sdk.ts', '**/resolve-endpoint.ts', '**/create-sts-client.ts'],
  allowTypeImports: true,
  message: 'The SDK is a lazy chunk: load it with loadStsSdk() (type imports are fine).',
};
const sdkPackages = {
  group: ['@aws-sdk/*', '@smithy/*'],
  allowTypeImports: true,
  message: 'Only the SDK chunk in src/lib/sts (sts-sdk.ts and what it imports) uses the SDK.',
};

/**
 * The sandbox's layers, lowest first (sandbox/README.md): a module imports its own layer or lower
 * ones, never a higher one; server.ts, summary.ts and cli.ts sit on top.
 */
const sandboxLayers = [
  ['lib'],
  ['protocol'],
  ['auth', 'identity', 'validation', 'world'],
  ['ops'],
  ['control'],
  ['sts'],
];
const sandboxLayerRules = sandboxLayers.map((layer, index) => {
  const higher = sandboxLayers.slice(index + 1).flat();
  return {
    files: layer.map((dir) => `sandbox/src/${dir}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${[...higher, 'server\\.ts', 'summary\\.ts'].join('|')})(/|$)`,
              message: `sandbox/src/${layer.join(', ')} sits below ${[...higher, 'server'].join(', ')}: it does not import them.`,
            },
            ...(index === 0
              ? [{ regex: '^\\.\\./', message: 'lib imports nothing of the sandbox.' }]
              : []),
            ...(index === 1
              ? [
                  {
                    regex: '^\\.\\./(?!lib/|\\.\\./\\.\\./model/)',
                    message: 'protocol imports only lib and the STS model.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
});
/** Operation handlers import shared helpers, never each other; the helpers never import a handler. */
const sandboxOpsRules = [
  {
    files: ['sandbox/src/ops/*.ts'],
    ignores: ['sandbox/src/ops/registry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./(?!shared/)',
              message: 'A handler imports ./shared/…, not another handler.',
            },
            {
              regex: '^(\\.\\./)+(control|sts|server\\.ts|summary\\.ts)(/|$)',
              message: 'ops sits below control, sts and server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sandbox/src/ops/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^/]+\\.ts$',
              message: 'Shared helpers do not import operation handlers.',
            },
            {
              regex: '^(\\.\\./)+(control|sts|server\\.ts|summary\\.ts)(/|$)',
              message: 'ops sits below control, sts and server.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted data is rendered as text only.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Untrusted data is rendered as text only.',
        },
      ],
    },
  },
  {
    files: ['eslint.config.js', 'public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    extends: [pluginQuery.configs['flat/recommended']],
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [sdkPackages, sdkChunk],
        },
      ],
    },
  },
  {
    // An operation's page module exports its definition for the generic page (`page`), with the
    // fields it renders: editing one reloads the page instead of hot-swapping it.
    files: ['src/features/*/*-page.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['src/lib/sts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [sdkPackages, sdkChunk] }] },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/lib/sts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'lib and components do not import features or app.',
            },
            sdkPackages,
            sdkChunk,
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features do not import the app.' },
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/|/features/',
              message: 'Features do not import each other: app composes them.',
            },
            sdkPackages,
            sdkChunk,
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/lib/sts/sts-sdk.ts',
      'src/lib/sts/resolve-endpoint.ts',
      'src/lib/sts/create-sts-client.ts',
      'src/**/*.test.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['sandbox/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['sandbox/cli.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  ...sandboxLayerRules,
  ...sandboxOpsRules,
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
