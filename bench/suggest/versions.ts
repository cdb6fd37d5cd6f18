// The suggestion engines the suggest bench compares in one run, each reached the way the app
// reaches it: through electron/services/suggest/off-thread.ts, which runs the engine in a
// worker thread and sends the text there and the suggestions back (the window's Web Worker,
// suggest-worker-client.ts, does the same with a browser worker). This tree, and a baseline
// commit (ISNAD_BENCH_BASELINE, default `main`; `none` measures this tree alone) exported with
// `git archive` into a temp folder beside this tree's node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Suggestion } from '../../shared/domain/suggestion';
import type { SuggestOptions } from '../../shared/suggest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OFF_THREAD = join('electron', 'services', 'suggest', 'off-thread.ts');

export interface Engine {
  /** As printed in the tables. */
  label: string;
  suggest(text: string, options?: SuggestOptions): Promise<Suggestion[]>;
  stop(): Promise<void>;
}

function git(args: string[], input?: Buffer): Buffer {
  const result = spawnSync('git', args, { cwd: ROOT, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed`);
  return result.stdout;
}

async function engineAt(label: string, root: string): Promise<Engine> {
  const module = (await import(pathToFileURL(join(root, OFF_THREAD)).href)) as typeof import('../../electron/services/suggest/off-thread');
  return { label, suggest: module.suggestOffThread, stop: module.stopSuggestWorker };
}

export async function prepareEngines(tmp: string): Promise<Engine[]> {
  const engines = [await engineAt('this tree', ROOT)];
  const ref = process.env.ISNAD_BENCH_BASELINE ?? 'main';
  if (ref === 'none') return engines;
  const commit = git(['rev-parse', '--short', `${ref}^{commit}`])
    .toString()
    .trim();
  const dir = join(tmp, `baseline-${commit}`);
  mkdirSync(dir, { recursive: true });
  // The engine and its worker need only shared/ and the worker's folder; the packages are this tree's.
  const archive = git(['archive', '--format=tar', commit, 'shared', join('electron', 'services', 'suggest')]);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive, stdio: ['pipe', 'inherit', 'inherit'] });
  if (untar.status !== 0) throw new Error(`could not unpack ${ref} into ${dir}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  engines.unshift(await engineAt(`${ref} (${commit})`, dir));
  return engines;
}
