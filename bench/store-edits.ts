// Child of store.bench.ts: annotation edits as the app makes them, through the service API
// (contract dispatch → store → disk, with the search catalog following every change), on a
// small document and on a 200 KB / 2,000-annotation one inside a large corpus. Each edit is
// followed by a bare durable 1 KB write, the baseline, so both meet the same machine load.
//
// It uses only what both corpus layouts offer (openServices, dispatch, addDocument,
// applyAnnotationEdits, deferIndexWrites), so store.bench.ts can run this very file against
// an older commit in a temp clone, side by side with the current code.
// Usage: store-edits.ts CORPUS_DIR DOCS EDITS → one JSON line on stdout.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '../electron/services/api';
import { longAnnotations, longArticle } from '../tests/e2e/splitview/fixtures';

const [corpus, docsArg, editsArg] = process.argv.slice(2) as [string, string, string];
const DOCS = Number(docsArg);
const EDITS = Number(editsArg);
const quiet = { log: () => {} };

function filler(i: number): string {
  const ar = 'قال المتحدث باسم الوزارة إن الاجتماعات تناولت خفض التصعيد في المنطقة، وأكد أن 75 مسؤولاً شاركوا. ';
  const en = 'The spokesperson said the talks covered de-escalation in the region and that 75 officials took part. ';
  return `${i}\n${(i % 2 ? ar : en).repeat(40)}`;
}

async function generate(): Promise<void> {
  const services = await openServices({ corpusDir: corpus, mode: 'browser', version: 'bench', ...quiet });
  const { store } = services.ctx;
  const endBulk = store.deferIndexWrites();
  for (const [title, size, count] of [
    ['Small article', 5 * 1024, 50],
    ['Large article', 200 * 1024, 2000],
  ] as const) {
    const doc = await store.addDocument({ title, text: longArticle(size) });
    await store.applyAnnotationEdits({ documentId: doc.id, edits: longAnnotations(doc.text, count) });
  }
  for (let i = 0; i < DOCS - 2; i++) await store.addDocument({ title: `Article ${i}`, text: filler(i) });
  await endBulk();
  await services.close();
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const stats = (samples: number[]) => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
  n: samples.length,
});

/** The baseline: what one durable write of 1 KB costs on this disk right now. */
async function durableWrite(file: string): Promise<number> {
  const t0 = performance.now();
  const handle = await open(file, 'w');
  await handle.writeFile('x'.repeat(1024));
  await handle.sync();
  await handle.close();
  return performance.now() - t0;
}

if (!existsSync(join(corpus, 'corpus.json'))) {
  const t0 = performance.now();
  await generate();
  process.stderr.write(`generated ${DOCS} documents in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

const opened = performance.now();
const services = await openServices({ corpusDir: corpus, mode: 'browser', version: 'bench', ...quiet });
const openMs = performance.now() - opened;
await services.ctx.catalog.ready();
const call = async (name: string, input: unknown) => {
  const envelope = await services.dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
};
const summaries = services.ctx.store.listDocuments();
const result: Record<string, unknown> = { documents: summaries.length, openMs, loadBefore: loadavg()[0] };
for (const title of ['Small article', 'Large article']) {
  const id = summaries.find((s) => s.title === title)?.id as string;
  const doc = (await call('getDocument', { id })) as { text: string; annotations: Array<{ id: string }> };
  const places = [...doc.text.matchAll(/الاجتماعات/g)].map((m) => m.index as number);
  const existing = doc.annotations.map((a) => a.id);
  const edits: number[] = [];
  const cpu: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    // A journalist's cycle: mark a word, set its verdict, check an existing claim, take the mark back.
    const at = places[Math.floor(i / 4) % places.length] as number;
    const mark = `m${Math.floor(i / 4)}`;
    const edit = [
      { kind: 'create', id: mark, type: 'figure', start: at, end: at + 'الاجتماعات'.length, text: 'الاجتماعات' },
      { kind: 'update', id: mark, verdict: { status: 'verified', note: `checked ${i}` } },
      { kind: 'update', id: existing[i % existing.length], verdict: { status: i % 8 < 4 ? 'disputed' : 'unchecked' } },
      { kind: 'delete', id: mark },
    ][i % 4];
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await call('applyAnnotationEdits', { documentId: id, edits: [edit] });
    edits.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    baseline.push(await durableWrite(join(corpus, '..', 'baseline.bin')));
    // Between two keystrokes the app's background work (search catalog, summary flush) runs.
    await services.ctx.catalog.ready();
    await new Promise((r) => setTimeout(r, 20));
  }
  result[title] = { edits: stats(edits), cpu: stats(cpu), baseline: stats(baseline) };
}
const closing = performance.now();
await services.close();
result.closeMs = performance.now() - closing;
result.loadAfter = loadavg()[0];
process.stdout.write(`${JSON.stringify(result)}\n`);
