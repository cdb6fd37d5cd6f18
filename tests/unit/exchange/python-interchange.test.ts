import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { mark, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { hasPython, pythonChecker } from '../../helpers/python';
import { tempDirs } from '../../helpers/temp';

const runPython = pythonChecker('check_interchange.py', 'W3C and BIO exports');

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe.skipIf(!hasPython)('interchange exports agree with Python (python3 reads the files)', () => {
  it('every W3C position selector slices its exact text; every BIO file rebuilds the spaCy spans', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(join(dir, 'corpus'));
    const ids = await seedExchangeCorpus(store);
    // Overlaps of one type and across types, and a clitic split inside an Arabic word.
    await mark(store, ids.english, { type: 'quote', text: '"We listened to every neighbourhood," said Maria Lopez' });
    await mark(store, ids.english, { type: 'quote', text: 'said Maria Lopez, the council chair.' });
    await mark(store, ids.english, { type: 'figure', text: '30 percent' });
    await mark(store, ids.crlf, { type: 'speaker', text: 'حداد', nth: 1 });
    const files = { json: 'x.json', w3c: 'x.jsonld', spacy: 'x.jsonl', conll: 'x.conll' } as const;
    for (const [format, name] of Object.entries(files)) {
      const request = ExportRequest.parse({ format, filter: { includeExcluded: true } });
      await writeExport(store, request, join(dir, name), { appVersion: 'test' });
    }
    const total = store.listDocuments().reduce((n, d) => n + d.counts.quote + d.counts.speaker + d.counts.figure, 0);
    await store.close();

    const result = await runPython(Object.values(files).map((name) => join(dir, name)));
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { w3c: number; bioDocuments: number; spans: number; problems: string[] };
    expect(report.problems).toEqual([]);
    expect(result.code).toBe(0);
    expect(total).toBe(21);
    expect(report).toMatchObject({ w3c: total, bioDocuments: 5, spans: total });
  });

  it('reports a position selector that does not slice its text (the check can fail)', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(join(dir, 'corpus'));
    await seedExchangeCorpus(store);
    const { readFile, writeFile } = await import('node:fs/promises');
    for (const [format, name] of [
      ['json', 'x.json'],
      ['w3c', 'x.jsonld'],
      ['spacy', 'x.jsonl'],
      ['conll', 'x.conll'],
    ] as const) {
      await writeExport(store, ExportRequest.parse({ format, filter: { includeExcluded: true } }), join(dir, name), { appVersion: 'test' });
    }
    await store.close();
    // Counting UTF-16 units (as Hypothesis does) instead of code points shifts spans after an emoji.
    const w3c = JSON.parse(await readFile(join(dir, 'x.jsonld'), 'utf8'));
    const item = w3c.first.items.find((i: any) => i.target.selector[0].exact === '12% 📈');
    item.target.selector[1].start += 3;
    item.target.selector[1].end += 3;
    await writeFile(join(dir, 'x.jsonld'), JSON.stringify(w3c));
    const result = await runPython(['x.json', 'x.jsonld', 'x.jsonl', 'x.conll'].map((n) => join(dir, n)));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([
      expect.stringContaining("exact is '12% 📈'"),
      expect.stringContaining('prefix/suffix'),
    ]);
  });
});
