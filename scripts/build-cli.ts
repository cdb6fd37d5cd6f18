import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The built `isnad` command (package.json's bin). */
export const BUILT_CLI = join(ROOT, 'out', 'cli', 'isnad.mjs');

/** What the bundle is made of: a change to any of these makes it stale. */
const SOURCES = ['electron', 'shared', 'package.json'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/**
 * Builds the CLI (`npm run build:cli`) unless out/cli is newer than every source file: the
 * tests and benchmarks run the built command, as users do, and must not run a stale one.
 */
export function buildCliIfStale(): void {
  if (existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= Math.max(...SOURCES.map((s) => newestChange(join(ROOT, s))))) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'electron', 'cli', 'vite.config.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stdout}${result.stderr}`);
}
