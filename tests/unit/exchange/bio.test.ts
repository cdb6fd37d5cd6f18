import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { exportedText, mark, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

interface Span {
  label: string;
  start: number;
  end: number;
}

/** Spans rebuilt from the BIO columns the way a training script would, per document. */
function rebuild(conll: string): Map<string, { spans: Span[]; untagged: Span[]; rows: string[][] }> {
  const docs = new Map<string, { spans: Span[]; untagged: Span[]; rows: string[][] }>();
  let current: { spans: Span[]; untagged: Span[]; rows: string[][] } | null = null;
  let open: Array<Span | null> = [null, null, null];
  const close = (i: number) => {
    if (open[i]) current?.spans.push(open[i] as Span);
    open[i] = null;
  };
  for (const line of conll.split('\n')) {
    const newdoc = /^# newdoc id = (.+)$/.exec(line);
    if (newdoc) {
      current = { spans: [], untagged: [], rows: [] };
      docs.set(newdoc[1] as string, current);
      continue;
    }
    const untagged = /^# not tagged = (\w+) (\d+) (\d+)/.exec(line);
    if (untagged) current?.untagged.push({ label: untagged[1] as string, start: Number(untagged[2]), end: Number(untagged[3]) });
    if (line.startsWith('#') || line === '') continue;
    const cells = line.split('\t');
    current?.rows.push(cells);
    const [_token, start, end, ...tags] = cells;
    for (let i = 0; i < 3; i++) {
      const tag = tags[i] as string;
      if (tag === 'O' || tag.startsWith('B-')) close(i);
      if (tag.startsWith('B-')) open[i] = { label: tag.slice(2), start: Number(start), end: Number(end) };
      if (tag.startsWith('I-')) (open[i] as Span).end = Number(end);
    }
  }
  return docs;
}

const sort = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start || a.label.localeCompare(b.label) || a.end - b.end);

async function seeded() {
  const dir = await temp.make();
  const store = await CorpusStore.open(join(dir, 'corpus'));
  stores.push(store);
  const ids = await seedExchangeCorpus(store);
  return { dir, store, ids };
}

describe('BIO/CoNLL and spaCy exports', () => {
  it('rebuild exactly the spans of the spaCy file, each type in its own column', async () => {
    const { dir, store, ids } = await seeded();
    // A figure inside a quote (two columns), and two overlapping quotes (one column cannot hold both).
    await mark(store, ids.english, { type: 'quote', text: '"We listened to every neighbourhood," said Maria Lopez' });
    await mark(store, ids.english, { type: 'quote', text: 'said Maria Lopez, the council chair.' });
    await mark(store, ids.english, { type: 'figure', text: '$4.5 million' });
    await mark(store, ids.english, { type: 'quote', text: 'The city council approved a budget of $4.5 million on Tuesday.' });
    const conll = await exportedText(store, 'conll', join(dir, 'out.conll'), { appVersion: 'test' });
    const spacy = (await exportedText(store, 'spacy', join(dir, 'out.spacy'), { appVersion: 'test' }))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const rebuilt = rebuild(conll);
    expect(spacy).toHaveLength(5);
    for (const line of spacy) {
      const doc = rebuilt.get(line.meta.id);
      expect(doc).toBeDefined();
      const expected = sort(line.spans.map(({ start, end, label }: Span) => ({ start, end, label })));
      expect(sort([...(doc?.spans ?? []), ...(doc?.untagged ?? [])])).toEqual(expected);
      // spaCy offsets are code points: Python's text[start:end].
      const chars = [...line.text];
      const annotated = await store.getDocument(line.meta.id);
      for (const span of line.spans)
        expect(annotated.annotations.some((a) => a.text === chars.slice(span.start, span.end).join(''))).toBe(true);
    }
    const english = rebuilt.get(ids.english);
    expect(english?.untagged).toEqual([{ label: 'QUOTE', start: expect.any(Number), end: expect.any(Number) }]);
    const million = english?.rows.find((r) => r[0] === 'million');
    expect(million?.slice(3, 6)).toEqual(['I-QUOTE', 'O', 'I-FIGURE']);
  });

  it('keeps Arabic words whole, splitting a clitic only where an annotation begins inside the word', async () => {
    const { dir, store } = await seeded();
    const id = (await store.addDocument({ title: 'عاجل', text: 'وقال وخالد العمري إن والده بالغ 75 عاماً.' })).id;
    await mark(store, id, { type: 'speaker', text: 'خالد العمري' });
    const rows = rebuild(await exportedText(store, 'conll', join(dir, 'out.conll'), { appVersion: 'test' })).get(id)?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(['وقال', 'و', 'خالد', 'العمري', 'إن', 'والده', 'بالغ', '75', 'عاماً', '.']);
    expect(rows.map((r) => r[4])).toEqual(['O', 'O', 'B-SPEAKER', 'I-SPEAKER', 'O', 'O', 'O', 'O', 'O', 'O']);
    // The split-off و says it is joined to the next token; so does the word before the full stop.
    expect(rows.filter((r) => r[6] === 'SpaceAfter=No').map((r) => r[0])).toEqual(['و', 'عاماً']);
  });
});
