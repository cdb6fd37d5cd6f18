import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BUILT_CLI as BIN } from '../../scripts/build-outputs';

export interface Server {
  url: string;
  corpusDir: string;
  stop(): Promise<void>;
  restart(): Promise<Server>;
}

/**
 * Restarts the server under an open page and loads the app from the new one. The page first
 * leaves for about:blank, so its background requests (sync state, events) do not hit a stopped
 * server and log a refused connection, which would fail the console check at random.
 */
export async function restartUnder(page: Page, server: Server): Promise<Server> {
  await page.goto('about:blank');
  const restarted = await server.restart();
  await page.goto(restarted.url);
  return restarted;
}

/** Stops the server under an open page, which first leaves for about:blank (as in `restartUnder`). */
export async function stopUnder(page: Page, server: Server): Promise<void> {
  await page.goto('about:blank');
  await server.stop();
}

/**
 * What the tests' `isnad serve` runs with unless a test says otherwise: a confirmed annotator
 * (so the first-start "who are you" dialog does not stand in front of every test) and git
 * credentials in a file beside the corpus, never the user's own.
 */
function testEnvironment(corpusDir: string, env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    ISNAD_ANNOTATOR: 'Test Reporter <reporter@example.org>',
    ISNAD_GIT_CREDENTIALS: join(dirname(corpusDir), 'git-credentials.json'),
    ...env,
  };
  // A token in the developer's own environment must not reach a test's git server.
  if (!('ISNAD_GIT_TOKEN' in env)) delete merged.ISNAD_GIT_TOKEN;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  return merged;
}

/**
 * Starts the real `isnad serve` in its own process on a temp corpus, as a user would.
 * `bin` runs another checkout's CLI (the render bench's baseline); `options.env` changes
 * the test environment above (a key set to undefined is removed). Any free port, unless
 * `options.ownPort` leaves out --port, as a user does, for the corpus's own port.
 */
export async function startServer(
  corpusDir: string,
  bin = BIN,
  options: { env?: Record<string, string | undefined>; ownPort?: boolean } = {},
): Promise<Server> {
  const port = options.ownPort ? [] : ['--port', '0'];
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--corpus', corpusDir, ...port], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: testEnvironment(corpusDir, options.env ?? {}),
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print a URL: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    url,
    corpusDir,
    stop,
    async restart() {
      await stop();
      return startServer(corpusDir, bin, options);
    },
  };
}

/** Fails the test on any CSP violation or uncaught page error, which users would hit as breakage. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of (4|5)\d\d/.test(msg.text())) {
      problems.push(`console: ${msg.text()}`);
    }
  });
  return problems;
}

export const test = base.extend<{ corpusDir: string; server: Server; problems: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  corpusDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-e2e-'));
    await use(join(dir, 'corpus'));
    await rm(dir, { recursive: true, force: true });
  },
  server: async ({ corpusDir }, use) => {
    const server = await startServer(corpusDir);
    await use(server);
    await server.stop();
  },
  problems: async ({ page }, use) => {
    const problems = watchConsole(page);
    await use(problems);
    expect(problems, 'page errors or CSP violations').toEqual([]);
  },
});

export { expect };
