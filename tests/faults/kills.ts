import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { type Acknowledged, corruptFiles, lostWrites, noAcks } from './checks';
import { type ServeChild, exited, killNow, spawnCli, startServe } from './processes';

export interface KillCounts {
  trials: number;
  acknowledged: number;
  corrupt: number;
  lost: number;
  crashes: number;
  /** Refusals the workload expects (a full disk), not failures of the suite. */
  refused: number;
  notes: string[];
}

export function emptyCounts(): KillCounts {
  return { trials: 0, acknowledged: 0, corrupt: 0, lost: 0, crashes: 0, refused: 0, notes: [] };
}

const WORDS = [
  'minister',
  'said',
  'figures',
  'wrong',
  'الوزير',
  'قال',
  'إن',
  'الأرقام',
  'council',
  'budget',
  'rose',
  'percent',
  'المستشفى',
  'water',
];

function sentence(rng: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rng() * WORDS.length)]).join(' ');
}

/**
 * Writers keep the API busy (new documents, annotations, verdict notes), four at a time,
 * until the server dies; every answer that came back ok is an acknowledged write.
 */
async function writeUntilDead(
  serve: ServeChild,
  rng: () => number,
  acked: Acknowledged,
  counts: KillCounts,
  label: string,
  sizeKb?: () => number,
): Promise<void> {
  let n = 0;
  const worker = async () => {
    for (;;) {
      const docs = [...acked.documents.keys()];
      const roll = rng();
      try {
        if (docs.length === 0 || roll < 0.35) {
          const body = sizeKb ? 'x '.repeat(Math.floor(sizeKb() * 512)) : '';
          const text = `${label} ${n++}: ${sentence(rng, 30)} ${body}\n\n${sentence(rng, 40)}`;
          const r = await serve.call('addDocument', { title: `${label} ${n}`, text });
          if (r.ok) acked.documents.set((r.value as { id: string }).id, text);
          else if (r.error?.code === 'internal') counts.refused++;
          else counts.notes.push(`addDocument refused: ${r.error?.message}`);
          if (r.ok) counts.acknowledged++;
        } else {
          const id = docs[Math.floor(rng() * docs.length)] as string;
          const text = acked.documents.get(id) as string;
          const word = WORDS[Math.floor(rng() * WORDS.length)] as string;
          const start = text.indexOf(` ${word} `, Math.floor(rng() * (text.length / 2))) + 1;
          if (start <= 0) continue;
          const r = await serve.call('createAnnotation', {
            documentId: id,
            type: 'quote',
            start,
            end: start + word.length,
            text: word,
            verdict: { note: sentence(rng, 8) },
          });
          if (r.ok) {
            const set = acked.annotations.get(id) ?? new Set<string>();
            set.add((r.value as { annotation: { id: string } }).annotation.id);
            acked.annotations.set(id, set);
            counts.acknowledged++;
          } else if (r.error?.code === 'internal') counts.refused++;
        }
      } catch {
        return; // The connection died with the server: the kill landed.
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function checkAfter(dir: string, acked: Acknowledged, counts: KillCounts): Promise<void> {
  const corrupt = await corruptFiles(dir);
  counts.corrupt += corrupt.length;
  counts.notes.push(...corrupt.map((f) => `corrupt: ${f}`));
  const { lost, problems } = await lostWrites(dir, acked);
  counts.lost += lost;
  counts.notes.push(...problems);
}

/** kill -9 at a random moment while the API is writing; `maxFileKb` also makes the disk "full". */
export async function killDuringApiWrites(
  dir: string,
  rng: () => number,
  trials: number,
  options: { maxFileKb?: number } = {},
): Promise<KillCounts> {
  const counts = emptyCounts();
  const acked = noAcks();
  for (let t = 0; t < trials; t++) {
    const serve = await startServe(dir, options);
    let killed = false;
    serve.child.once('exit', () => {
      if (!killed) counts.crashes++;
    });
    const delay = 150 + rng() * 1200;
    const timer = setTimeout(() => {
      killed = true;
      serve.child.kill('SIGKILL');
    }, delay);
    await writeUntilDead(
      serve,
      rng,
      acked,
      counts,
      `trial ${t}`,
      options.maxFileKb ? () => 4 + rng() * options.maxFileKb! * 1.5 : undefined,
    );
    clearTimeout(timer);
    killed = true;
    await killNow(serve.child);
    counts.trials++;
    await checkAfter(dir, acked, counts);
  }
  return counts;
}

/** kill -9 at a random moment during `isnad import FOLDER`; the corpus must reopen whole and a rerun must finish it. */
export async function killDuringImport(root: string, rng: () => number, trials: number): Promise<KillCounts> {
  const counts = emptyCounts();
  const files = 80;
  for (let t = 0; t < trials; t++) {
    const folder = join(root, `folder-${t}`);
    const dir = join(root, `corpus-${t}`);
    await mkdir(folder, { recursive: true });
    for (let i = 0; i < files; i++)
      await writeFile(
        join(folder, `${String(i).padStart(3, '0')}.txt`),
        `Article ${t}-${i}: ${sentence(rng, 200)}\n\n${sentence(rng, 300)}`,
      );
    const child = spawnCli(['import', folder, '--corpus', dir, '--json']);
    await new Promise((r) => setTimeout(r, 300 + rng() * 2500));
    const finished = child.exitCode !== null;
    await killNow(child);
    counts.trials++;
    if (finished) counts.notes.push(`import ${t} finished before the kill`);
    const corrupt = await corruptFiles(dir).catch(() => []);
    counts.corrupt += corrupt.length;
    const rerun = await runCli(['import', folder, '--corpus', dir, '--json']);
    if (rerun.code !== 0) {
      counts.crashes++;
      counts.notes.push(`import rerun ${t}: ${rerun.err}`);
    }
    const { documents } = await lostWrites(dir, noAcks());
    counts.acknowledged += files;
    counts.lost += Math.max(0, files - documents);
    if (documents > files) counts.notes.push(`import ${t}: ${documents - files} documents twice`);
    counts.corrupt += (await corruptFiles(dir)).length;
  }
  return counts;
}

/** kill -9 at a random moment during `isnad export`: the target is whole or absent, and the next export leaves no partial file. */
export async function killDuringExport(dir: string, out: string, rng: () => number, trials: number): Promise<KillCounts> {
  const counts = emptyCounts();
  await mkdir(out, { recursive: true });
  for (let t = 0; t < trials; t++) {
    const target = join(out, `export-${t}.json`);
    const child = spawnCli(['export', '--corpus', dir, '--out', target]);
    await new Promise((r) => setTimeout(r, 200 + rng() * 1500));
    await killNow(child);
    counts.trials++;
    const written = await readFile(target, 'utf-8').catch(() => null);
    if (written !== null) {
      try {
        JSON.parse(written);
      } catch {
        counts.corrupt++;
        counts.notes.push(`export ${t} is torn`);
      }
    }
    const again = await runCli(['export', '--corpus', dir, '--out', target]);
    if (again.code !== 0) counts.crashes++;
    const leftovers = (await readdir(out)).filter((n) => n.startsWith(`.export-${t}.json.`));
    counts.corrupt += leftovers.length;
    counts.notes.push(...leftovers.map((n) => `partial file left: ${n}`));
    await exited(child);
  }
  return counts;
}
