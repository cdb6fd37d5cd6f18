import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

function runNode(script: string, env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [script], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm test on a fresh machine: the pretest browser check', () => {
  it('passes with the browser it finds', async () => {
    const chromium = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) return;
    expect(await runNode('scripts/find-browser.mjs', { ISNAD_CHROMIUM: chromium })).toMatchObject({ code: 0, stderr: '' });
  });

  it('stops with one clear line when ISNAD_CHROMIUM names nothing', async () => {
    const { code, stderr } = await runNode('scripts/find-browser.mjs', { ISNAD_CHROMIUM: '/no/such/chromium' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'isnad: ISNAD_CHROMIUM names /no/such/chromium, which does not exist; point it at a Chromium or Chrome executable, or unset it.',
    ]);
  });

  it('with no browser and no way to download one: one line saying what to install', async () => {
    const empty = await temp.make();
    const { code, stdout, stderr } = await runNode('scripts/find-browser.mjs', {
      ISNAD_CHROMIUM: '',
      ISNAD_SYSTEM_CHROMIUM: join(empty, 'chromium'),
      PLAYWRIGHT_BROWSERS_PATH: empty,
      // A closed port: the download fails at once instead of waiting on the network.
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^isnad: the browser tests need Chromium .*apt-get install chromium.*ISNAD_CHROMIUM/);
  }, 120_000);
});

describe('npm start without the Electron binary', () => {
  it('prints only the explanation, with no stack trace', async () => {
    const electronDir = 'node_modules/electron';
    // Where the binary is present (a developer's machine), there is nothing to explain.
    if (existsSync(join(electronDir, 'path.txt')) && existsSync(join(electronDir, 'dist'))) return;
    const { code, stdout, stderr } = await runNode('electron/ensure-electron.mjs', {});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/TypeError|Error:/);
    expect(stderr).toMatch(/^Isnad: the (desktop app needs Node 22\.12|Electron binary is not installed)/m);
    expect(stderr).toContain('npm run serve');
  }, 120_000);

  it('package.json and the README name the Node versions', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf-8'));
    expect(pkg.engines.node).toBe('>=20.19');
    const readme = await readFile('README.md', 'utf-8');
    expect(readme).toMatch(/Node 22\.12 or later/);
    expect(readme).toMatch(/Node 20\.19 or later/);
  });
});

describe('the window’s security settings, as a static checker reads them', () => {
  it('webPreferences is an object literal at the BrowserWindow call, every setting written out (no spread, no variable)', async () => {
    // Electronegativity (doyensec, `-e 45.5.0`) reads the source: a setting it cannot see there it reports as missing.
    const source = await readFile('electron/main/index.ts', 'utf-8');
    const call = /new BrowserWindow\(\{([\s\S]*?)\n {2}\}\);/.exec(source)?.[1] ?? '';
    const prefs = /webPreferences: \{([\s\S]*?)\n {4}\},/.exec(call)?.[1] ?? '';
    expect(prefs).not.toBe('');
    expect(prefs).not.toContain('...');
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'experimentalFeatures: false',
      'webviewTag: false',
    ])
      expect(prefs).toContain(setting);
  });
});
