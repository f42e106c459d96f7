import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

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

/** The SDK chunk itself and tests may import the SDK; they still keep to their layer. */
const sdkExempt = [
  'src/lib/sts/sts-sdk.ts',
  'src/lib/sts/resolve-endpoint.ts',
  'src/lib/sts/create-sts-client.ts',
  'src/**/*.test.{ts,tsx}',
];

/** Modules in a layer may not import the layers above it. */
function upward(layers, message) {
  return { group: layers.map((layer) => `**/${layer}/**`), message };
}

/** The direction of src/: app → features → (components, state) → lib; components may use state. */
const layers = [
  { folder: 'app', patterns: [] },
  {
    folder: 'features',
    patterns: [
      upward(['app'], 'Features do not import the app.'),
      {
        regex: '^\\.\\./(?!\\.\\.)[^/]+/|/features/',
        message: 'Features do not import each other: app composes them.',
      },
    ],
  },
  {
    folder: 'components',
    patterns: [upward(['features', 'app'], 'Components do not import features or app.')],
  },
  {
    folder: 'state',
    patterns: [
      upward(
        ['components', 'features', 'app'],
        'State imports only lib: no components, features or app.',
      ),
    ],
  },
  {
    folder: 'lib',
    patterns: [
      upward(
        ['state', 'components', 'features', 'app'],
        'lib is the bottom layer: it imports no state, components, features or app.',
      ),
      {
        group: [
          'react',
          'react/*',
          'react-dom',
          'react-dom/*',
          'react-hook-form',
          '@hookform/*',
          '@tanstack/*',
        ],
        message:
          'No React in lib: lib is plain TypeScript; hooks live in state/, views in components/.',
      },
      { group: ['**/*.tsx'], message: 'No React in lib: lib does not import .tsx modules.' },
    ],
  },
];

/** One no-restricted-imports block per layer, and one without the SDK patterns for sdkExempt. */
function layerRules() {
  return layers.flatMap(({ folder, patterns }) => {
    const files = [`src/${folder}/**/*.{ts,tsx}`];
    const exempt = sdkExempt.filter(
      (glob) => glob.startsWith('src/**') || glob.startsWith(`src/${folder}/`),
    );
    const rule = (all) => ({ 'no-restricted-imports': ['error', { patterns: all }] });
    return [
      { files, rules: rule([...patterns, sdkPackages, sdkChunk]) },
      {
        files: exempt.map((glob) => glob.replace('src/**/', `src/${folder}/**/`)),
        rules: patterns.length > 0 ? rule(patterns) : { 'no-restricted-imports': 'off' },
      },
    ];
  });
}

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
    },
  },
  ...layerRules(),
  {
    // An operation's page module exports its definition for the generic page (`page`), with the
    // fields it renders: editing one reloads the page instead of hot-swapping it.
    files: ['src/features/*/*-page.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // Value and dynamic-import cycles; import-x skips `import type` edges, so `npm run lint` also
    // runs scripts/check-cycles.ts, which counts those too.
    files: ['src/**/*.{ts,tsx}', 'sandbox/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files and sees no edges between .ts modules.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': 'error' },
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
