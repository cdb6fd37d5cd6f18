import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built parts that tests and benchmarks run as users do: the `isnad` command and the
 * desktop preload. Each is rebuilt when any of its sources is newer than the output, so a
 * test never runs a stale build, and a run with nothing changed builds nothing.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The built `isnad` command (package.json's bin). */
export const BUILT_CLI = join(ROOT, 'out', 'cli', 'isnad.mjs');
/** The renderer as `npm run build:renderer` builds it, which `isnad serve` serves. */
export const BUILT_RENDERER = join(ROOT, 'out', 'renderer', 'index.html');
/** The desktop preload as electron-vite builds it for the window. */
export const BUILT_PRELOAD = join(ROOT, 'out', 'preload', 'index.cjs');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function isFresh(output: string, sources: string[]): boolean {
  return existsSync(output) && statSync(output).mtimeMs >= Math.max(...sources.map((s) => newestChange(join(ROOT, s))));
}

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building ${what} failed:\n${result.stdout}${result.stderr}`);
}

/** `npm run build:cli`, unless out/cli is newer than every source file. */
export function buildCliIfStale(): void {
  if (isFresh(BUILT_CLI, ['electron', 'shared', 'package.json'])) return;
  run(
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'electron', 'cli', 'vite.config.ts')],
    'the CLI',
  );
}

/** `npm run build:renderer`, unless out/renderer is newer than every source file. */
export function buildRendererIfStale(): void {
  if (isFresh(BUILT_RENDERER, ['renderer', 'shared', 'package.json'])) return;
  run(
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'renderer', 'vite.config.ts')],
    'the renderer',
  );
}

/** The preload alone, with electron-vite's own settings for it (scripts/build-preload.ts). */
export function buildPreloadIfStale(): void {
  if (isFresh(BUILT_PRELOAD, ['electron/preload', 'shared', 'electron.vite.config.ts', 'package.json'])) return;
  run(['--import', 'tsx', join(ROOT, 'scripts', 'build-preload.ts')], 'the preload');
}
