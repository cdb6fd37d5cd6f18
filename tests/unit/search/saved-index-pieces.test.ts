import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Services, openServices } from '../../../electron/services/api';
import { writePiecesAtomic } from '../../../electron/services/corpus/durable-file';
import { runImport } from '../../../electron/services/import/pipeline';
import { sourcesFromPaths } from '../../../electron/services/import/sources';
import { searchIndexFiles } from '../../../electron/services/search/cache';
import { tempDirs } from '../../helpers/temp';

// The search index is saved from its own arrays, a batch at a time, never joined into one
// buffer the size of the file (import memory stays flat): what is saved must still reopen as
// the same index, and a save that fails part-way must leave the saved index as it was.

const temp = tempDirs();
const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function services(corpusDir: string, log: string[]): Promise<Services> {
  const s = await openServices({ corpusDir, mode: 'browser', version: 't', log: (m) => log.push(m) });
  open.push(s);
  return s;
}

const WORDS = 'council budget hospital schools water wheat market prices residents report'.split(' ');

/** An article of `words` words, with its own marker word so it can be found alone. */
function article(i: number, words: number): string {
  const out = [`Story ${i} marker${i}`];
  for (let w = 0; w < words; w++)
    out.push(w % 15 === 14 ? `${WORDS[(i + w) % WORDS.length]}.\n\n` : (WORDS[(i * 7 + w * 3) % WORDS.length] as string));
  return out.join(' ');
}

async function searchAll(s: Services, queries: string[]): Promise<Array<{ total: number; ids: string[] }>> {
  const out = [];
  for (const q of queries) {
    const result = await s.ctx.catalog.search(q, { clitics: false, offset: 0, limit: 50 });
    out.push({ total: result.total, ids: result.documents.map((d) => d.documentId).sort() });
  }
  return out;
}

describe('saving the search index in pieces', () => {
  it('a folder import saved over many batches (one document longer than a batch) reopens as the same index', async () => {
    const dir = await temp.make();
    const folder = join(dir, 'articles');
    await mkdir(folder);
    // 300 articles of 1,000 words and one of 500,000 words of 30,000 kinds (most take three packed bytes
    // each): the word file is over 1.5 MB, that one sequence over a 1 MB batch.
    for (let i = 0; i < 300; i++) await writeFile(join(folder, `${String(i).padStart(3, '0')}.txt`), article(i, 1_000));
    const many = Array.from({ length: 500_000 }, (_, k) => `kind${(k * 7919) % 30_000}${k % 15 === 14 ? '.\n\n' : ''}`);
    await writeFile(join(folder, 'long.txt'), `${article(999, 10)} ${many.join(' ')}`);
    const log: string[] = [];
    const corpus = join(dir, 'corpus');
    const first = await services(corpus, log);
    const report = await runImport(
      first.ctx.store,
      await sourcesFromPaths([folder]),
      { maxFileBytes: 20 * 2 ** 20, split: 'offer' },
      { signal: new AbortController().signal, update() {} },
    );
    expect(report.totals.documents).toBe(301);
    await first.ctx.catalog.ready();
    const queries = [
      'marker999',
      'marker0',
      'marker299',
      '"hospital schools"',
      'wheat',
      '"prices residents report"',
      'kind29999',
      '"kind7919 kind15838"',
    ];
    const before = await searchAll(first, queries);
    expect(before[0]?.total).toBe(1);
    expect(before[2]?.total).toBe(1);
    expect(before[3]?.total).toBeGreaterThan(0);
    expect(before[7]?.total).toBe(1);
    open.splice(open.indexOf(first), 1);
    await first.close();

    const files = searchIndexFiles(corpus);
    expect((await stat(files.words)).size).toBeGreaterThan(1.5 * 2 ** 20);
    // The meta file is written in pieces too (its 30,000 words alone fill more than one): still one JSON.
    const meta = JSON.parse(await readFile(files.meta, 'utf-8')) as { documents: object; terms: string[] };
    expect(Object.keys(meta.documents)).toHaveLength(301);
    expect(meta.terms).toContain('kind29999');
    expect((await stat(files.meta)).size).toBeGreaterThan(256 * 1024);
    const reopened = await services(corpus, log);
    // Phrases read the saved word sequences back: they must be exactly the ones indexed.
    expect(await searchAll(reopened, queries)).toEqual(before);
    expect(reopened.ctx.catalog.status().documentCount).toBe(301);
    expect(log.filter((m) => /rebuilding|damaged|incomplete/.test(m))).toEqual([]);
  }, 120_000);

  it('writes exactly the pieces given, in order, empty and oversized ones included', async () => {
    const dir = await temp.make();
    const file = join(dir, 'pieces.bin');
    const batch = 1024 * 1024;
    const pieces = [
      new Uint8Array(0),
      new Uint8Array(batch - 3).fill(1),
      Uint8Array.of(2, 3, 4, 5),
      new Uint8Array(3 * batch + 5).fill(6),
      Uint8Array.of(7),
    ];
    await writePiecesAtomic(file, pieces);
    const written = await readFile(file);
    expect(written.length).toBe(pieces.reduce((n, p) => n + p.length, 0));
    expect(Buffer.compare(written, Buffer.concat(pieces))).toBe(0);
  });

  it('writes several files at once, each whole, from pieces that reuse one scratch array', async () => {
    const dir = await temp.make();
    // Each piece is copied before the next is asked for: a writer may hand out one array again and again.
    function* reused(fill: number, count: number): Generator<Uint8Array> {
      const scratch = new Uint8Array(40_000);
      for (let k = 0; k < count; k++) yield scratch.fill((fill + k) % 256);
    }
    const expected = (fill: number, count: number) =>
      Buffer.concat(Array.from({ length: count }, (_, k) => Buffer.alloc(40_000, (fill + k) % 256)));
    await Promise.all([
      writePiecesAtomic(join(dir, 'a.bin'), reused(1, 30)),
      writePiecesAtomic(join(dir, 'b.bin'), reused(100, 17)),
      writePiecesAtomic(join(dir, 'c.bin'), [new Uint8Array(5).fill(3)]),
    ]);
    expect(Buffer.compare(await readFile(join(dir, 'a.bin')), expected(1, 30))).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'b.bin')), expected(100, 17))).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'c.bin')), Buffer.alloc(5, 3))).toBe(0);
  });

  it('a save whose pieces fail part-way leaves the saved file as it was, and no temp file', async () => {
    const dir = await temp.make();
    const file = join(dir, 'search-words.bin');
    await writeFile(file, 'the index saved before');
    function* failing(): Generator<Uint8Array> {
      yield new Uint8Array(2 * 1024 * 1024).fill(9);
      throw new Error('the index changed while it was being saved');
    }
    await expect(writePiecesAtomic(file, failing())).rejects.toThrow('the index changed while it was being saved');
    expect(await readFile(file, 'utf-8')).toBe('the index saved before');
    expect(await readdir(dir)).toEqual(['search-words.bin']);
  });
});
