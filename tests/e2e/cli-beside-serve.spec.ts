import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliProcess } from '../helpers/cli-process';
import { ARABIC_NEWS, ENGLISH_NEWS } from './splitview/fixtures';
import { api } from './api';
import { expect, test } from './serve';

interface Doc {
  id: string;
  text: string;
}

// No page here: the CLI is driven as a data desk scripts it, beside a real `isnad serve`.
test('read-only CLI commands work while isnad serve holds the corpus and edits go on; writing commands refuse and name the holder', async ({
  server,
  corpusDir,
}) => {
  test.setTimeout(240_000);
  const ar = await api<Doc>(server, 'addDocument', { title: 'جنيف', text: ARABIC_NEWS });
  const en = await api<Doc>(server, 'addDocument', { title: 'Harbour', text: ENGLISH_NEWS });
  const quote = ARABIC_NEWS.indexOf('«نحن');
  const quoteEnd = ARABIC_NEWS.indexOf('وقت»') + 'وقت»'.length;
  await api(server, 'createAnnotation', {
    documentId: ar.id,
    type: 'quote',
    start: quote,
    end: quoteEnd,
    text: ARABIC_NEWS.slice(quote, quoteEnd),
    verdict: { status: 'disputed' },
  });

  // Edits keep arriving, so journals are being written (and compacted) while the CLI reads.
  const words = [...ENGLISH_NEWS.matchAll(/[A-Za-z]{4,}/g)].map((m) => ({ start: m.index as number, text: m[0] }));
  const acknowledged: string[] = [];
  let editing = true;
  const editor = (async () => {
    for (let i = 0; editing && i < words.length; i++) {
      const w = words[i] as { start: number; text: string };
      const { annotation } = await api<{ annotation: { id: string } }>(server, 'createAnnotation', {
        documentId: en.id,
        type: 'figure',
        start: w.start,
        end: w.start + w.text.length,
        text: w.text,
      });
      acknowledged.push(annotation.id);
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  await expect.poll(() => acknowledged.length).toBeGreaterThan(2);

  const before = [...acknowledged];
  const list = await runCliProcess(['list', '--corpus', corpusDir, '--json']);
  expect(list.code, list.stderr).toBe(0);
  const rows = JSON.parse(list.stdout) as Array<{ id: string; annotations: number }>;
  expect(rows.find((r) => r.id === ar.id)?.annotations).toBe(1);
  expect(rows.find((r) => r.id === en.id)?.annotations).toBeGreaterThanOrEqual(before.length);

  const out = join(corpusDir, '..', 'export.json');
  const exported = await runCliProcess(['export', '--corpus', corpusDir, '--out', out]);
  expect(exported.code, exported.stderr).toBe(0);
  const dataset = JSON.parse(await readFile(out, 'utf-8')) as { documents: Array<{ id: string; annotations: Array<{ id: string }> }> };
  const exportedIds = new Set(dataset.documents.flatMap((d) => d.annotations.map((a) => a.id)));
  expect(before.filter((id) => !exportedIds.has(id))).toEqual([]);

  const search = await runCliProcess(['search', 'الهدنة', '--corpus', corpusDir, '--json']);
  expect(search.code, search.stderr).toBe(0);
  expect((JSON.parse(search.stdout) as { documents: Array<{ documentId: string }> }).documents.map((d) => d.documentId)).toEqual([ar.id]);

  const annotations = await runCliProcess(['annotations', '--corpus', corpusDir, '--verdict', 'disputed', '--json']);
  expect(annotations.code, annotations.stderr).toBe(0);
  expect((JSON.parse(annotations.stdout) as Array<{ documentId: string; type: string }>).map((r) => [r.documentId, r.type])).toEqual([
    [ar.id, 'quote'],
  ]);

  const file = join(corpusDir, '..', 'note.txt');
  await writeFile(file, 'Port officials said 300 trucks were waiting.');
  const suggested = await runCliProcess(['suggest', file, '--json']);
  expect(suggested.code, suggested.stderr).toBe(0);

  // A writing command still refuses, and says who holds the corpus.
  const imported = await runCliProcess(['import', file, '--corpus', corpusDir]);
  expect(imported.code).toBe(1);
  expect(imported.stderr).toMatch(/open in another window\/process \(isnad serve, pid \d+ on /);

  editing = false;
  await editor;
  // The server's own view lost nothing to the readers beside it.
  const stored = await api<{ annotations: Array<{ id: string }> }>(server, 'getDocument', { id: en.id });
  expect(stored.annotations.map((a) => a.id).sort()).toEqual([...acknowledged].sort());
});
