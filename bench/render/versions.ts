// The renderer builds the render bench compares in one run: this tree, and a baseline built
// from another commit (default `main`) in a temp folder, each served by its own `isnad serve`.
import { spawnSync } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Version {
  /** As printed in the tables. */
  label: string;
  /** The `isnad` CLI of that version (its own services and its own renderer build). */
  bin: string;
}

function run(command: string, args: string[], cwd: string, input?: Buffer): Buffer {
  const result = spawnSync(command, args, {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  return result.stdout;
}

/** The renderer and the `isnad` command that serves it, as `npm run serve` builds them. */
function buildRenderer(root: string): void {
  run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], root);
  run('npx', ['vite', 'build', '--config', 'electron/cli/vite.config.ts', '--logLevel', 'error'], root);
}

const CLI = join('out', 'cli', 'isnad.mjs');

/**
 * This tree (with uncommitted changes), and the baseline named by ISNAD_BENCH_BASELINE
 * (a git ref; default `main`; `none` measures this tree alone). The baseline is exported
 * with `git archive` into `tmp` and shares this tree's node_modules (or installs its own
 * when its package-lock.json differs).
 */
export async function prepareVersions(tmp: string): Promise<Version[]> {
  console.log('building the renderer…');
  buildRenderer(ROOT);
  const versions: Version[] = [{ label: 'this tree', bin: join(ROOT, CLI) }];
  const ref = process.env.ISNAD_BENCH_BASELINE ?? 'main';
  if (ref === 'none') return versions;
  const commit = run('git', ['rev-parse', '--short', `${ref}^{commit}`], ROOT)
    .toString()
    .trim();
  const dir = join(tmp, `baseline-${commit}`);
  run('mkdir', ['-p', dir], tmp);
  run('tar', ['-x', '-C', dir], tmp, run('git', ['archive', '--format=tar', commit], ROOT));
  const sameDependencies =
    (await readFile(join(dir, 'package-lock.json'), 'utf8')) === (await readFile(join(ROOT, 'package-lock.json'), 'utf8'));
  if (sameDependencies) await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  else {
    console.log(`the baseline's dependencies differ from this tree's: npm ci in ${dir}…`);
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  console.log(`building the baseline renderer (${ref} = ${commit})…`);
  buildRenderer(dir);
  versions.unshift({ label: `${ref} (${commit})`, bin: join(dir, CLI) });
  return versions;
}
