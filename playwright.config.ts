import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/find-browser.mjs';

/**
 * The browser `npm test`'s pretest step found (scripts/find-browser.mjs): ISNAD_CHROMIUM,
 * Debian's Chromium where present (these machines cannot download Playwright's own), or
 * Playwright's own.
 */
const executablePath = (await chromiumPath()) ?? undefined;

/**
 * The machine key that binds `.isnad/` caches to this machine (local-origin.ts): a temp file,
 * never the user's. Set here, so every `isnad serve` and CLI a test starts inherits it.
 */
process.env.ISNAD_MACHINE_KEY ||= join(tmpdir(), 'isnad-tests', 'machine-key');

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // On CI a test that fails is run once more: a pass on the retry is still named as flaky in
  // the log (tests/skipped-reporter.ts), but one timing-dependent test cannot stop a landing.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./tests/skipped-reporter.ts']],
  // The browser tests start the built `isnad serve`; the desktop bridge tests load the built preload.
  globalSetup: './tests/setup/build-e2e.ts',
  outputDir: 'test-results',
  use: {
    headless: true,
    // The tests find elements by their English names: the interface follows the browser's language on first start.
    locale: 'en-US',
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
