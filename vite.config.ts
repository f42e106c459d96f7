/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildSecurityHeaders, buildContentSecurityPolicy } from './scripts/security-headers.ts';
import { consoleBuildSettings } from './scripts/build-settings.ts';

const settings = consoleBuildSettings(process.env);
const csp = buildContentSecurityPolicy({ extraConnectSources: settings.extraConnectSources });

/**
 * Puts the CSP into the built index.html as a meta tag right after <meta charset> (which must stay
 * in the first 1024 bytes) and before any script. frame-ancestors only works as a header.
 */
function cspMetaTag(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/; frame-ancestors 'none'/, '')}" />`;
  return {
    name: 'sts-console-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="UTF-8" \/>/i;
        if (!charset.test(html))
          throw new Error('index.html must start its head with <meta charset="UTF-8" />');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/** Modules both the first screen and lazy chunks import (libraries, stores, small registries). */
const FIRST_SCREEN_SHARED = [
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-hook-form|@tanstack)[\\/]/,
  // Stores, except those only lazy parts use (recipes come with their panel and the paste box;
  // clearing with undo with the first clear; expiry notifications and Keep fresh with the
  // wallet's sets; a link's endpoint request with its prompt).
  /[\\/]src[\\/]state[\\/](?!(recipes|known-account|clear-with-undo|expiry-notifications|keep-fresh|keep-fresh-runner|renew-set|silent-sign-in|open-sign-in-window|link-endpoint-request)\.ts$)/,
  /[\\/]src[\\/]lib[\\/]sts[\\/](operations|endpoint-settings|endpoint-resolution|load-sts-sdk|parse-endpoint-settings)\.ts$/,
  /[\\/]src[\\/]lib[\\/]decoders[\\/]result\.ts$/,
  /vite[\\/]preload-helper|rolldown:runtime/,
];

function isFirstScreenShared(id: string): boolean {
  return FIRST_SCREEN_SHARED.some((pattern) => pattern.test(id));
}

export default defineConfig({
  plugins: [react(), cspMetaTag()],
  define: {
    'import.meta.env.VITE_SANDBOX_URL': JSON.stringify(settings.sandboxUrl),
    'import.meta.env.VITE_EMBEDDED_SANDBOX': JSON.stringify(settings.embeddedSandbox),
  },
  build: {
    // e2e runs build into their own folder so a running `npm start` keeps its build.
    outDir: process.env.STS_CONSOLE_OUT_DIR ?? 'dist',
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // One chunk for what the first screen shares with lazy chunks, instead of ten small
        // ones: three requests on a cold load, not thirteen (issue 8's load budget).
        codeSplitting: { groups: [{ name: 'first-screen', test: isFirstScreenShared }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: settings.port, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: settings.port,
    strictPort: true,
    headers: buildSecurityHeaders(csp),
  },
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
