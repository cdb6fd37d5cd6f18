import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ARABIC_ARTICLE } from '../helpers/fixtures';

/**
 * Path of the Electron binary if this machine has one. Requiring the `electron` package
 * is not an option: since v42 that starts a download, and these machines are offline.
 */
function electronBinary(): string | null {
  if (process.env.ISNAD_ELECTRON) return existsSync(process.env.ISNAD_ELECTRON) ? process.env.ISNAD_ELECTRON : null;
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
    const binary = join(distDir, readFileSync(pathFile, 'utf-8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, 'SKIPPED: no Electron binary on this machine (it cannot be downloaded here); the desktop app was NOT tested.');

  test.beforeAll(() => {
    // The desktop app runs from out/main and out/preload, which browser mode does not build.
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  });

  test('opens the window, adds an Arabic document through the preload bridge, and it persists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-electron-'));
    const env = { ...process.env, ISNAD_CORPUS: join(dir, 'corpus') };
    let app = await electron.launch({ executablePath: binary as string, args: ['.'], env });
    let window = await app.firstWindow();
    expect(await window.evaluate(() => typeof (window as unknown as { isnad?: unknown }).isnad)).toBe('object');
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await window.getByRole('button', { name: 'Paste text' }).click();
    await window.getByLabel('Text').fill(ARABIC_ARTICLE);
    await window.getByRole('button', { name: 'Add document' }).click();
    await app.close();
    app = await electron.launch({ executablePath: binary as string, args: ['.'], env });
    window = await app.firstWindow();
    const paragraph = window.locator('p.paragraph').first();
    await window.getByRole('list', { name: 'Documents' }).getByRole('button').first().click();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
});
