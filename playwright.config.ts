import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium where present (these machines cannot download Playwright's own);
 * ISNAD_CHROMIUM overrides; otherwise Playwright's bundled browser is used.
 */
const executablePath = process.env.ISNAD_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['./tests/skipped-reporter.ts']],
  // The browser tests start the built `isnad serve`; the desktop bridge tests load the built preload.
  globalSetup: './tests/setup/build-e2e.ts',
  outputDir: 'test-results',
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
  },
  projects: [
    { name: 'browser-mode', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
