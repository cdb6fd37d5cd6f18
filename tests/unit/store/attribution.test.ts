import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import type { Annotation } from '../../../shared/domain/annotation';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const LAYLA = { name: 'Layla Haddad', email: 'layla@paper.example' };

function span(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length, text: words };
}

/** Every annotation in every layer file on disk, with the layer it is in. */
async function everyStoredAnnotation(dir: string): Promise<Array<Annotation & { layer: string }>> {
  const out: Array<Annotation & { layer: string }> = [];
  for (const layer of await readdir(join(dir, 'layers'))) {
    for (const file of await readdir(join(dir, 'layers', layer))) {
      if (file === 'annotator.json' || file === 'sessions.json') continue;
      const parsed = JSON.parse(await readFile(join(dir, 'layers', layer, file), 'utf8')) as { annotations: Annotation[] };
      out.push(...parsed.annotations.map((a) => ({ ...a, layer })));
    }
  }
  return out;
}

describe('who made each annotation, link and verdict', () => {
  it('every path that writes annotations records the annotator: edits, links, verdicts, session answers, suggestions, curated edits, splits and imports', async () => {
    const dir = await temp.make();
    const services = await openTestServices(dir);
    open.push(services);
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const r = (await services.dispatch(name, input)) as { ok: boolean; value?: T; error?: unknown };
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    const me = (await call<{ id: string }>('setAnnotator', LAYLA)).id;
    const doc = await call<{ id: string; text: string }>('addDocument', { text: ARABIC_ARTICLE });
    // One annotation, then a batch whose quote links its speaker (a link made in the same write).
    await call('createAnnotation', { documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    const speaker = span(doc.text, 'المتحدث باسم الوزارة');
    await call('applyAnnotationEdits', {
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'sp1', type: 'speaker', ...speaker },
        { kind: 'create', id: 'q1', type: 'quote', ...span(doc.text, 'الوضع تحت السيطرة'), attributes: { speakerId: 'sp1' } },
      ],
    });
    // A session answer is a verdict on the claim in the queue.
    await call('startSession', { name: 'Figures', filter: { types: ['figure'] } });
    const figure = (await call<{ annotations: Annotation[] }>('getDocument', { id: doc.id })).annotations.find((a) => a.type === 'figure');
    await call('updateAnnotation', { documentId: doc.id, id: figure?.id, verdict: { status: 'false', note: 'the ministry said 102' } });
    // A suggestion accepted.
    await call('acceptSuggestions', {
      documentId: doc.id,
      suggestions: [
        {
          id: 's1',
          type: 'speaker',
          ...span(doc.text, 'خالد العمري'),
          attributes: { name: 'خالد العمري', role: '', affiliation: '', sameAs: null },
          confidence: 0.9,
        },
      ],
    });
    // A split carries my annotations into the new documents.
    await call('splitDocument', { id: doc.id, at: [doc.text.indexOf('\n') + 1] });
    await services.close();
    open.pop();

    // An import-back of a document from a tool without attribution, and one from a colleague.
    const store = await CorpusStore.open(dir, { annotator: LAYLA });
    open.push(store);
    const text = 'قالت الشرطة إن 14 شخصاً اعتقلوا.';
    const bare = await store.addDocument({
      text,
      annotations: [
        {
          id: 'imp1',
          type: 'figure',
          ...span(text, '14'),
          prefix: '',
          suffix: '',
          attributes: { raw: '14', value: 14, unit: '', kind: 'count', counts: '' },
          verdict: { status: 'verified', note: '', evidence: [], checkedBy: '', checkedAt: '' },
          origin: 'imported',
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
        },
        {
          id: 'imp2',
          type: 'quote',
          ...span(text, 'اعتقلوا'),
          prefix: '',
          suffix: '',
          attributes: { kind: 'direct', cue: '', speakerId: null },
          verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '' },
          origin: 'imported',
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
          createdBy: 'omar-1a2b3c',
          updatedBy: 'omar-1a2b3c',
        },
      ],
    });
    expect(bare.annotations.map((a) => [a.id, a.createdBy, a.updatedBy, a.verdictBy ?? null])).toEqual([
      ['imp1', me, me, me],
      ['imp2', 'omar-1a2b3c', 'omar-1a2b3c', null],
    ]);
    await store.applyCuratedEdits({ documentId: bare.id, edits: [{ kind: 'create', id: 'c1', type: 'figure', ...span(text, '14') }] });
    await store.close();
    open.pop();

    const stored = await everyStoredAnnotation(dir);
    expect(stored.map((a) => a.id).sort()).toEqual(expect.arrayContaining(['c1', 'imp1', 'imp2', 'q1', 'sp1']));
    expect(stored).toHaveLength(7);
    const unattributed = stored.filter((a) => !a.createdBy || !a.updatedBy || (a.verdict.status !== 'unchecked' && !a.verdictBy));
    expect(unattributed.map((a) => `${a.layer}/${a.id}`)).toEqual([]);
    expect(stored.find((a) => a.verdict.note === 'the ministry said 102')).toMatchObject({ verdictBy: me });
    expect(stored.find((a) => a.id === 'q1')).toMatchObject({ createdBy: me, attributes: { speakerId: 'sp1' } });
    expect(stored.find((a) => a.layer === 'curated')).toMatchObject({ createdBy: me });
  });
});
