import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { searchDir } from '../../electron/services/corpus/paths';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Services, openServices } from '../../electron/services/api';
import { LOCK_FILE, acquireCorpusLock, processStarted } from '../../electron/services/corpus/lock';
import { contract, operationNames } from '../../shared/contract';
import { runCli } from '../helpers/cli';
import { buildDocxBomb } from '../helpers/zip-bomb';
import { ROOT } from '../helpers/child';

export interface LockCounts {
  cases: number;
  wrong: number;
  notes: string[];
}

async function lockCase(
  dir: string,
  owner: Record<string, unknown>,
  expect: 'taken' | 'refused',
  counts: LockCounts,
  label: string,
): Promise<void> {
  await mkdir(dirname(join(dir, LOCK_FILE)), { recursive: true });
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ since: '2026-11-30T08:15:00.000Z', by: 'fault suite', ...owner }));
  counts.cases++;
  const outcome = await acquireCorpusLock(dir, 'fault suite').then(
    async (lock) => (await lock.release(), 'taken'),
    () => 'refused',
  );
  if (outcome !== expect) {
    counts.wrong++;
    counts.notes.push(`${label}: ${outcome}, expected ${expect}`);
  }
}

/** Stale locks (dead pid, reused pid) are taken over; live and foreign ones are not, until `isnad unlock`. */
export async function lockFaults(dir: string): Promise<LockCounts> {
  const counts: LockCounts = { cases: 0, wrong: 0, notes: [] };
  const unrelated = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    const pid = unrelated.pid as number;
    await lockCase(dir, { pid: 2 ** 22 + 7, host: hostname() }, 'taken', counts, 'dead pid');
    const boot = processStarted(pid)?.split('/')[0];
    if (boot) await lockCase(dir, { pid, host: hostname(), started: `${boot}/1` }, 'taken', counts, 'reused pid');
    await lockCase(dir, { pid: process.pid, host: hostname(), started: processStarted(process.pid) }, 'refused', counts, 'live owner');
    await lockCase(dir, { pid: 4242, host: 'another-laptop' }, 'refused', counts, 'foreign host');
    const unlocked = await runCli(['unlock', '--corpus', dir, '--yes']);
    counts.cases++;
    if (unlocked.code !== 0 || existsSync(join(dir, LOCK_FILE))) {
      counts.wrong++;
      counts.notes.push(`isnad unlock: ${unlocked.err}`);
    }
  } finally {
    unrelated.kill('SIGKILL');
  }
  return counts;
}

export interface BombResult {
  ms: number;
  peakRssMb: number;
  status: string;
  reason: string;
  fileBytes: number;
  searchWorks: boolean;
}

/** Imports a .docx that unpacks to `unpackedMb`, in a child process, then checks the corpus and its search. */
export async function zipBomb(root: string, unpackedMb: number, env: Record<string, string> = {}): Promise<BombResult> {
  await mkdir(root, { recursive: true });
  const file = join(root, `bomb-${unpackedMb}.docx`);
  await writeFile(file, await buildDocxBomb({ unpackedBytes: unpackedMb * 1e6 }));
  const corpus = join(root, 'bomb-corpus');
  const script = fileURLToPath(new URL('./bomb-child.ts', import.meta.url));
  const line = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, corpus, file], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`bomb child exited ${code}: ${out}`))));
  });
  const result = JSON.parse(line) as Omit<BombResult, 'fileBytes' | 'searchWorks'>;
  const services = await openServices({ corpusDir: corpus, mode: 'browser', version: 'faults', log: () => {} });
  let searchWorks = false;
  try {
    await services.dispatch('addDocument', { title: 'after the bomb', text: 'The council approved the water budget after the storm.' });
    const found = await services.dispatch('searchCorpus', { query: 'water budget' });
    searchWorks = found.ok && (found.value as { documents: unknown[] }).documents.length === 1;
  } finally {
    await services.close();
  }
  return { ...result, fileBytes: (await stat(file)).size, searchWorks };
}

export interface FuzzCounts {
  payloads: number;
  operations: number;
  refused: number;
  accepted: number;
  crashes: number;
  writesOnRefused: number;
  notes: string[];
}

const HOSTILE: unknown[] = [
  null,
  -1,
  1.5,
  1e308,
  0,
  '',
  ' ',
  '../../etc/passwd',
  '\u0000',
  '\ud800',
  'x'.repeat(100_000),
  [],
  {},
  [[[]]],
  true,
  { $gt: '' },
  JSON.parse('{"__proto__":{"polluted":true}}'),
];

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** Invalid payloads for one operation: wrong shapes, and each known field set to something hostile. */
function payloadsFor(name: string, rng: () => number, count: number): unknown[] {
  const schema = contract[name as keyof typeof contract].input as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const pick = () => HOSTILE[Math.floor(rng() * HOSTILE.length)];
  const out: unknown[] = [null, 7, 'text', [], deep(5_000), JSON.parse('{"__proto__":{"polluted":true}}')];
  while (out.length < count) {
    const payload: Record<string, unknown> = {};
    for (const key of keys) if (rng() < 0.7) payload[key] = pick();
    if (rng() < 0.3) payload[`extra${Math.floor(rng() * 100)}`] = pick();
    out.push(payload);
  }
  return out;
}

async function snapshot(dir: string): Promise<string> {
  const parts: string[] = [];
  const visit = async (folder: string) => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      // The search index is derived and saved on a timer (5 s after a change): under load that
      // save lands during a later, refused call without being its write.
      if (entry.isDirectory() && path === searchDir(dir)) continue;
      if (entry.isDirectory()) await visit(path);
      else {
        // A temp file renamed into place between the listing and the stat is a write that
        // finished, not a file of the corpus: the settled snapshot sees its result instead.
        const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return undefined;
          throw error;
        });
        // The lock's heartbeat touches its time once a minute while the corpus is open, whatever
        // the calls do: only a change of its contents would be a write.
        if (info) parts.push(path === join(dir, LOCK_FILE) ? `${path}:${info.size}` : `${path}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await visit(dir);
  return parts.join('\n');
}

/**
 * After an accepted call, waits until batched writes it caused (index, search cache, a job)
 * have landed, so they are not taken for writes of the next, refused, call.
 */
async function settle(services: Services, dir: string): Promise<void> {
  await services.ctx.store.flush();
  let last = await snapshot(dir);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await snapshot(dir);
    if (now === last) return;
    last = now;
  }
}

/** Every contract operation, fed generated invalid payloads: no crash, and no write when refused. */
export async function fuzzContract(corpusDir: string, rng: () => number, perOperation: number): Promise<FuzzCounts> {
  const counts: FuzzCounts = {
    payloads: 0,
    operations: operationNames.length,
    refused: 0,
    accepted: 0,
    crashes: 0,
    writesOnRefused: 0,
    notes: [],
  };
  const services: Services = await openServices({ corpusDir, mode: 'browser', version: 'faults', log: () => {} });
  try {
    await services.dispatch('addDocument', { title: 'seed', text: 'The minister said the figures were wrong.' });
    await services.ctx.store.flush();
    for (const name of operationNames) {
      for (const payload of payloadsFor(name, rng, perOperation)) {
        counts.payloads++;
        const before = await snapshot(corpusDir);
        let envelope;
        try {
          envelope = await services.dispatch(name, payload);
        } catch (err) {
          counts.crashes++;
          counts.notes.push(`${name} threw: ${(err as Error).message}`);
          continue;
        }
        if (envelope.ok) {
          counts.accepted++;
          await settle(services, corpusDir);
          continue;
        }
        counts.refused++;
        if (envelope.error.code === 'internal') {
          counts.crashes++;
          counts.notes.push(`${name} failed inside: ${envelope.error.message.slice(0, 160)}`);
        }
        const after = await snapshot(corpusDir);
        if (after !== before) {
          counts.writesOnRefused++;
          const changed = after.split('\n').filter((line) => !before.split('\n').includes(line));
          counts.notes.push(
            `${name} wrote although it refused ${JSON.stringify(payload).slice(0, 120)} (${envelope.error.message.slice(0, 120)}): ${changed.join(', ')}`,
          );
        }
      }
    }
    if (({} as Record<string, unknown>).polluted !== undefined) {
      counts.crashes++;
      counts.notes.push('Object.prototype was polluted');
    }
  } finally {
    await services.close();
  }
  return counts;
}
