import { defineConfig } from '@playwright/test';

const consolePort = Number(process.env.E2E_PORT ?? 5273);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 5274);

export default defineConfig({
  testDir: './e2e',
  outputDir: `test-results/${consolePort}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${consolePort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npm start',
    url: `http://127.0.0.1:${consolePort}/`,
    env: {
      PORT: String(consolePort),
      SANDBOX_PORT: String(sandboxPort),
      STS_CONSOLE_OUT_DIR: `dist-e2e-${consolePort}`,
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
