import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { packAnnotation, packDocument, unpackAnnotation, unpackDocument } from '../../../shared/domain/packed-document';
import { CONTEXT_CHARS, spanContext } from '../../../shared/text/offsets';
import { MIXED_RTL } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

// The screen opens a document packed (getPackedDocument): each annotation without what its
// document rebuilds. Whatever the store holds, the screen must get back exactly that.

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** Packed, sent as JSON (as both transports do), and rebuilt. */
const throughTheWire = (doc: Document): Document => unpackDocument(JSON.parse(JSON.stringify(packDocument(doc))));

const T = '2026-01-01T00:00:00.000Z';
function annotation(text: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `a${start}`,
    type: 'quote',
    start,
    end,
    text: text.slice(start, end),
    ...spanContext(text, start, end),
    attributes: { kind: 'direct', cue: '', speakerId: null },
    verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '' },
    origin: 'manual',
    createdAt: T,
    updatedAt: T,
    ...extra,
  } as Annotation;
}

describe('packed documents', () => {
  it('rebuild exactly what the store holds: every type, set attributes and verdicts, an emoji and Arabic before the spans', async () => {
    const services = await openTestServices(await temp.make());
    const { store } = services.ctx;
    const text = `${MIXED_RTL}\n\n${'وقال المتحدث 🇸🇦 باسم الوزارة إن «الوضع تحت السيطرة» بعد 48 ساعة. '.repeat(3)}`;
    const doc = await store.addDocument({ title: 'خبر', text });
    const at = (s: string, from = 0) => {
      const start = doc.text.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    await store.applyAnnotationEdits({
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'name', type: 'speaker', ...at('John Smith'), attributes: { name: 'John Smith', role: 'المدير' } },
        { kind: 'create', id: 'plain', type: 'speaker', ...at('المتحدث') },
        { kind: 'create', id: 'q', type: 'quote', ...at('«الوضع تحت السيطرة»'), attributes: { speakerId: 'plain' } },
        { kind: 'create', id: 'q2', type: 'quote', ...at('«الوضع تحت السيطرة»', 120) },
        { kind: 'create', id: 'f', type: 'figure', ...at('75 موظفاً'), attributes: { value: 75, raw: '75 موظفاً' }, origin: 'suggested' },
        { kind: 'create', id: 'f2', type: 'figure', ...at('48 ساعة') },
      ],
    });
    await store.applyAnnotationEdits({
      documentId: doc.id,
      edits: [{ kind: 'update', id: 'q2', verdict: { status: 'disputed', note: 'مصدر واحد', evidence: ['https://example.org/a'] } }],
    });
    const stored = await store.getDocument(doc.id);
    expect(stored.annotations).toHaveLength(6);

    const packed = packDocument(stored);
    const wire = JSON.stringify(packed);
    // What the text rebuilds is not sent: no annotation's text or context is in the answer.
    expect(packed.annotations.every((a) => !('text' in a) && !('prefix' in a) && !('suffix' in a))).toBe(true);
    expect(wire.length).toBeLessThan(JSON.stringify(stored).length * 0.75);
    // What it cannot is: set attributes and a verdict.
    expect(packed.annotations.find((a) => a.id === 'q2')).toHaveProperty('verdict');
    expect(packed.annotations.find((a) => a.id === 'name')).toHaveProperty('attributes');
    expect(packed.annotations.find((a) => a.id === 'plain')).not.toHaveProperty('attributes');

    const rebuilt = throughTheWire(stored);
    expect(rebuilt).toEqual(stored);
    // Offsets after the emoji (two UTF-16 units) and the flag (four) still mark the same words.
    expect(rebuilt.annotations.find((a) => a.id === 'name')?.text).toBe('John Smith');
    expect(rebuilt.annotations.find((a) => a.id === 'f2')?.prefix.endsWith('بعد ')).toBe(true);
    await services.close();
  });

  it('keep a stored text or context that no longer matches the document, and show it as stored', () => {
    const text = 'قال المدير إن الشركة ستغلق. '.repeat(4);
    const start = text.indexOf('الشركة');
    const stale = annotation(text, start, start + 6, { text: 'المصنع', prefix: 'سياق قديم ' });
    const packed = packAnnotation(text, stale);
    expect(packed).toMatchObject({ text: 'المصنع', prefix: 'سياق قديم ' });
    expect(packed).not.toHaveProperty('suffix');
    expect(unpackAnnotation(text, JSON.parse(JSON.stringify(packed)))).toEqual(stale);
  });

  it('rebuild context that stops beside a surrogate pair, and spans at the very start and end of the text', () => {
    // An emoji exactly where the context would begin: the context takes the whole emoji.
    const before = `${'😀'}${'x'.repeat(CONTEXT_CHARS - 1)}`;
    const text = `${before}WORD${'y'.repeat(CONTEXT_CHARS - 1)}😀 end`;
    const word = annotation(text, before.length, before.length + 4);
    expect(word.prefix.startsWith('😀')).toBe(true);
    expect(word.suffix.endsWith('😀')).toBe(true);
    const first = annotation(text, 0, 2);
    const last = annotation(text, text.length - 3, text.length);
    const doc = { text, annotations: [first, word, last] } as unknown as Document;
    expect(throughTheWire(doc)).toEqual(doc);
  });

  it('keep everything it does not know: another annotator’s stamps, carried status, fields added later', () => {
    const text = 'The minister said 1,200 jobs would go. '.repeat(3);
    const marked = annotation(text, 18, 23, {
      type: 'figure',
      attributes: { raw: '1,200', value: 1200, unit: '', kind: 'count', counts: 'jobs' },
      createdBy: 'layla-1',
      updatedBy: 'omar-2',
      verdictBy: 'omar-2',
      updatedAt: '2026-02-01T00:00:00.000Z',
      carried: { status: 'moved', version: 2, previousText: '1200' },
    } as Partial<Annotation>);
    const future = { ...annotation(text, 0, 3), confidence: 0.5 } as unknown as Annotation;
    // Written by hand or another tool: a creator and no one who changed it since.
    const creatorOnly = annotation(text, 4, 12, { createdBy: 'layla-1' });
    const doc = { text, annotations: [marked, future, creatorOnly] } as unknown as Document;
    const packed = packDocument(doc);
    expect(packed.annotations[0]).toMatchObject({ updatedBy: 'omar-2', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(throughTheWire(doc)).toEqual(doc);
  });

  it('hand each rebuilt annotation its own verdict and attributes, so changing one changes no other', () => {
    const text = 'قال المدير إن الشركة ستغلق.';
    const doc = { text, annotations: [annotation(text, 0, 3), annotation(text, 4, 10)] } as unknown as Document;
    const [a, b] = throughTheWire(doc).annotations as [Annotation, Annotation];
    a.verdict.evidence.push('x');
    (a.attributes as { cue: string }).cue = 'قال';
    expect(b.verdict.evidence).toEqual([]);
    expect((b.attributes as { cue: string }).cue).toBe('');
  });
});
