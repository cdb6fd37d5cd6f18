// Sync of a 10,000-document corpus through a real git server on 127.0.0.1 (git http-backend
// behind the test bridge): first sync (push), first sync of a colleague (clone), a sync
// after 100 and after 1,000 edits (the one sending and the one receiving), and agreement
// over 10,000 annotations. Targets: a 100-edit sync ≤ 5 s, agreement ≤ 1 s.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeAgreement } from '../shared/agreement/corpus';
import { loadAgreementDocuments } from '../electron/services/agreement/layers';
import { cloneCorpus, syncCorpus } from '../electron/services/sync/engine';
import { folderHost } from '../electron/services/sync/host';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { exited, spawnTs, waitForLine } from '../tests/helpers/child';
import { createBareRepo } from '../tests/helpers/git-server';
import { LAYLA, OMAR, putJson, readJson, tokenSource } from '../tests/helpers/sync-fixtures';
import { cpuMs, ms, peakRssMb, table, withTempDir } from './util';

const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 10_000);
const TOKEN = 'bench-token-0123456789';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const id = (i: number) => `d${String(i).padStart(6, '0')}`;

/** A v2 corpus of DOCS documents (~3 KB of text each) with one annotator's layer of 3 annotations each. */
async function generate(dir: string, random: () => number): Promise<void> {
  await putJson(dir, 'corpus.json', { format: 'isnad-corpus', schemaVersion: 2, createdAt: '2025-01-01T00:00:00.000Z', settings: {} });
  await putJson(dir, `layers/${LAYLA.id}/annotator.json`, LAYLA);
  for (let i = 0; i < DOCS; i++) {
    const text = Array.from({ length: 60 }, (_, k) => `word${Math.floor(random() * 5000)} ${k % 7 === 0 ? 'said' : 'the'}`).join(' ');
    await putJson(dir, `documents/${id(i)}.json`, {
      schemaVersion: 2,
      id: id(i),
      title: `Article ${i}`,
      lang: 'en',
      dir: 'ltr',
      text,
      contentHash: `h${i}`,
      revision: 1,
      regions: [],
      links: [],
    });
    await putJson(dir, `layers/${LAYLA.id}/${id(i)}.json`, layer(LAYLA.id, id(i), i, 0));
  }
}

function layer(owner: string, documentId: string, i: number, shift: number) {
  const annotations = [0, 1, 2].map((k) => ({
    id: `${owner.slice(0, 4)}-${i}-${k}`,
    type: (['quote', 'speaker', 'figure'] as const)[k],
    start: 10 + 60 * k + (k === 0 ? shift : 0),
    end: 40 + 60 * k,
    text: 'x',
    prefix: '',
    suffix: '',
    attributes:
      k === 2
        ? { raw: '40', value: 40 + (shift % 2), unit: '', kind: 'count', counts: '' }
        : k === 0
          ? { kind: 'direct', cue: 'said', speakerId: null }
          : { name: 'X', role: '', affiliation: '', sameAs: null, registryId: null },
    verdict: { status: shift % 3 === 0 ? 'verified' : 'false', note: '', evidence: [], checkedBy: '', checkedAt: '' },
    origin: 'manual',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: `2025-01-0${1 + (shift % 8)}T00:00:00.000Z`,
  }));
  return { schemaVersion: 2, documentId, annotator: owner, revision: 1 + shift, annotations, rejectedSuggestions: [] };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await work();
  return { ms: performance.now() - t, cpu: cpuMs(cpu), value };
}

await withTempDir(async (root) => {
  // The server runs in its own process: the CPU figures below are the syncing side's alone.
  const serverRoot = join(root, 'server');
  await mkdir(serverRoot);
  await createBareRepo(serverRoot, 'bench');
  const server = spawnTs(fileURLToPath(new URL('../tests/helpers/git-server-child.ts', import.meta.url)), [serverRoot, TOKEN]);
  const origin = (await waitForLine(server, /^ORIGIN /)).slice('ORIGIN '.length).trim();
  const credentials = tokenSource(TOKEN);
  try {
    const url = `${origin}/bench.git`;
    const a = join(root, 'a');
    const b = join(root, 'b');
    const random = rng(7);
    const gen = await timed(() => generate(a, random));
    console.log(`generated ${DOCS.toLocaleString('en')} documents (${(2 * DOCS).toLocaleString('en')} tracked files) in ${ms(gen.ms)}`);
    const rows: Array<Record<string, string>> = [];
    const row = (what: string, r: { ms: number; cpu: number }) => rows.push({ what, wall: ms(r.ms), cpu: ms(r.cpu) });

    row('first sync (initial commit + push)', await timed(() => syncCorpus(folderHost(a, LAYLA), { url, credentials })));
    row('first sync of a colleague (clone)', await timed(() => cloneCorpus(b, url, credentials)));
    for (const edits of [100, 1_000]) {
      for (let k = 0; k < edits; k++) {
        const i = Math.floor(random() * DOCS);
        const current = await readJson<ReturnType<typeof layer>>(b, `layers/${LAYLA.id}/${id(i)}.json`);
        await putJson(b, `layers/${LAYLA.id}/${id(i)}.json`, layer(LAYLA.id, id(i), i, current.revision));
      }
      row(
        `sync after ${edits.toLocaleString('en')} edits (commit + push)`,
        await timed(() => syncCorpus(folderHost(b, LAYLA), { credentials })),
      );
      row(
        `sync receiving those ${edits.toLocaleString('en')} edits (fetch + fast-forward)`,
        await timed(() => syncCorpus(folderHost(a, LAYLA), { credentials })),
      );
    }
    // Agreement: a second annotator on a third of the documents, 3 annotations each side.
    const shared = Math.ceil(10_000 / 6);
    for (let i = 0; i < Math.min(shared, DOCS); i++)
      await putJson(a, `layers/${OMAR.id}/${id(i)}.json`, layer(OMAR.id, id(i), i, 1 + (i % 5)));
    const load = await timed(() => loadAgreementDocuments(a));
    const annotations = load.value.reduce((n, d) => n + d.layers.reduce((m, l) => m + l.annotations.length, 0), 0);
    row(`agreement: read ${load.value.length.toLocaleString('en')} shared documents`, load);
    const compute = await timed(async () => computeAgreement(load.value));
    row(`agreement: compute over ${annotations.toLocaleString('en')} annotations`, compute);
    table(rows);
    const quote = compute.value.corpus.spans.find((s) => s.type === 'quote')?.pairs[0];
    console.log(`(agreement check: quote F1 exact ${quote?.exact.f1?.toFixed(3)}, overlap ${quote?.overlap.f1?.toFixed(3)})`);
  } finally {
    server.kill('SIGTERM');
    await exited(server);
  }
});
console.log(
  `peak memory ${peakRssMb().toFixed(0)} MB; load average while running ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);
