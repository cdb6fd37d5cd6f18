// The browser tests need a Chromium. `npm test` runs this first (pretest) so that a machine
// without one learns it in one line at the start, not from a wall of Playwright failures
// minutes later. Order: ISNAD_CHROMIUM, Debian's /usr/bin/chromium, Playwright's own
// (installed by `playwright install chromium` when the network allows it).
// Plain JavaScript: it must run before anything is built. playwright.config.ts uses
// `chromiumPath` so that the tests run the browser found here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Where Debian (and Ubuntu's deb) put Chromium; a test may point this elsewhere. */
const SYSTEM_CHROMIUM = process.env.ISNAD_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Chromium the browser tests will use, or null. Never downloads. */
export async function chromiumPath() {
  if (process.env.ISNAD_CHROMIUM) return existsSync(process.env.ISNAD_CHROMIUM) ? process.env.ISNAD_CHROMIUM : null;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return playwrightChromium();
}

async function main() {
  const wanted = process.env.ISNAD_CHROMIUM;
  if (wanted && !existsSync(wanted)) {
    console.error(`isnad: ISNAD_CHROMIUM names ${wanted}, which does not exist; point it at a Chromium or Chrome executable, or unset it.`);
    return 1;
  }
  if (await chromiumPath()) return 0;
  // Playwright's Chromium can be fetched where its download servers are reachable.
  const install = spawnSync(
    process.execPath,
    [new URL('../node_modules/@playwright/test/cli.js', import.meta.url).pathname, 'install', 'chromium'],
    {
      stdio: 'pipe',
      encoding: 'utf-8',
      timeout: 10 * 60_000,
    },
  );
  if (install.status === 0 && (await playwrightChromium())) return 0;
  console.error(
    'isnad: the browser tests need Chromium and none was found or could be downloaded: install it (Debian: apt-get install chromium fonts-noto-core), or set ISNAD_CHROMIUM=/path/to/chromium.',
  );
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
