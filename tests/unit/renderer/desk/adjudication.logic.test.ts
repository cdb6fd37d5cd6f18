import { describe, expect, it } from 'vitest';
import { applyAnnotationEdits } from '../../../../shared/domain/annotation-edits';
import {
  acceptEdits,
  curatedSide,
  findDisagreements,
  isLeftOut,
  leaveOutEdits,
  leftOutMark,
  nextOpen,
} from '../../../../renderer/src/features/desk/adjudication.logic';
import { makeAnnotation } from '../../../helpers/annotation-fixtures';

const TEXT = 'قال الوزير أحمد سالم إن عدد الضحايا بلغ 75 شخصاً، وأكدت الوزارة أن الوضع تحت السيطرة.';
const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => [at(s), at(s) + s.length] as const;

function layers() {
  const [qs, qe] = span('عدد الضحايا بلغ 75 شخصاً');
  const [fs, fe] = span('75');
  const [ss, se] = span('أحمد سالم');
  const [ms, me] = span('الوضع تحت السيطرة');
  const a = [
    makeAnnotation(TEXT, 'speaker', ss, se, { id: 'sA', attributes: { name: 'أحمد سالم' } }),
    makeAnnotation(TEXT, 'quote', qs, qe, { id: 'qA', attributes: { speakerId: 'sA' } }),
    makeAnnotation(TEXT, 'figure', fs, fe, { id: 'fA', attributes: { value: 75 }, verdict: { status: 'verified' } }),
    makeAnnotation(TEXT, 'quote', ms, me, { id: 'mA' }),
  ];
  const b = [
    makeAnnotation(TEXT, 'speaker', ss, se, { id: 'sB', attributes: { name: 'أحمد سالم' } }),
    // Different boundaries: B left out "شخصاً".
    makeAnnotation(TEXT, 'quote', qs, qe - ' شخصاً'.length, { id: 'qB', attributes: { speakerId: 'sB' } }),
    makeAnnotation(TEXT, 'figure', fs, fe, { id: 'fB', attributes: { value: 75 }, verdict: { status: 'false' } }),
  ];
  return { a, b, curated: [] as ReturnType<typeof makeAnnotation>[] };
}

describe('disagreements between two layers', () => {
  it('finds a span only one marked, different boundaries and different verdicts; agreements are apart', () => {
    const { disagreements, agreed } = findDisagreements(layers());
    expect(disagreements.map((d) => [d.type, d.kinds])).toEqual([
      ['quote', ['boundaries']],
      ['figure', ['verdict']],
      ['quote', ['only-one']],
    ]);
    expect(agreed.map(([x, y]) => [x.id, y.id])).toEqual([['sA', 'sB']]);
    expect(disagreements[2]?.sides).toEqual([expect.objectContaining({ id: 'mA' }), null]);
  });

  it('compares a quote’s speaker by name, not by id (ids differ between layers)', () => {
    const l = layers();
    const { disagreements } = findDisagreements(l);
    expect(disagreements[0]?.fields).toEqual([]);
    const other = makeAnnotation(TEXT, 'speaker', ...span('الوزارة'), { id: 'sB2', attributes: { name: 'الوزارة' } });
    const b = [...l.b, other].map((x) =>
      x.id === 'qB' && x.type === 'quote' ? { ...x, attributes: { ...x.attributes, speakerId: 'sB2' } } : x,
    );
    const again = findDisagreements({ ...l, b });
    expect(again.disagreements[0]?.kinds).toEqual(['boundaries', 'attributes']);
    expect(again.disagreements[0]?.fields).toEqual(['speaker']);
  });

  it('accepting a side copies it into the curated layer, linked to a speaker already there; accepting the other replaces it', () => {
    const l = layers();
    let curated = l.curated;
    const apply = (edits: Parameters<typeof applyAnnotationEdits>[2]) => {
      curated = applyAnnotationEdits(TEXT, curated, edits, '2025-02-02T00:00:00.000Z').annotations;
    };
    // The speakers agree: the editor takes A's speaker first, then B's version of the quote.
    apply(acceptEdits(findDisagreements(l).disagreements[0]!, 0, l.a, curated, () => 'x1').filter((e) => e.kind !== 'create'));
    apply([
      {
        kind: 'create',
        id: 'sA',
        type: 'speaker',
        start: at('أحمد سالم'),
        end: at('أحمد سالم') + 9,
        text: 'أحمد سالم',
        attributes: { name: 'أحمد سالم' },
      },
    ]);
    let d = findDisagreements({ ...l, curated }).disagreements[0]!;
    apply(acceptEdits(d, 1, l.b, curated, () => 'x2'));
    d = findDisagreements({ ...l, curated }).disagreements[0]!;
    expect(d.curated).toMatchObject({ id: 'qB', end: l.b[1]!.end, attributes: { speakerId: 'sA' } });
    expect(curatedSide(d, { ...l, curated })).toBe(1);
    apply(acceptEdits(d, 0, l.a, curated, () => 'x3'));
    d = findDisagreements({ ...l, curated }).disagreements[0]!;
    expect(curated.filter((c) => c.type === 'quote').map((c) => c.id)).toEqual(['qA']);
    expect(curatedSide(d, { ...l, curated })).toBe(0);
    // Leaving it out removes it again.
    apply(leaveOutEdits(d));
    expect(curated.filter((c) => c.type === 'quote')).toEqual([]);
  });

  it('accepting a quote brings its speaker along (attributes and all) when the curated layer has none there', () => {
    const l = layers();
    const d = findDisagreements(l).disagreements[0]!;
    const edits = acceptEdits(d, 0, l.a, [], () => 'x');
    expect(edits).toEqual([
      expect.objectContaining({ kind: 'create', id: 'sA', type: 'speaker', attributes: expect.objectContaining({ name: 'أحمد سالم' }) }),
      expect.objectContaining({ kind: 'create', id: 'qA', attributes: expect.objectContaining({ speakerId: 'sA' }) }),
    ]);
    const curated = applyAnnotationEdits(TEXT, [], edits, 'now').annotations;
    expect(curated.find((c) => c.id === 'qA')).toMatchObject({ attributes: { speakerId: 'sA' } });
  });

  it('accepting a figure carries its value, kind, unit, verdict and note', () => {
    const l = layers();
    const b = l.b.map((x) =>
      x.id === 'fB' && x.type === 'figure'
        ? { ...x, attributes: { ...x.attributes, kind: 'count' as const, unit: 'شخص' }, verdict: { ...x.verdict, note: 'المستشفى قال 70' } }
        : x,
    );
    const d = findDisagreements({ ...l, b }).disagreements[1]!;
    const curated = applyAnnotationEdits(
      TEXT,
      [],
      acceptEdits(d, 1, b, [], () => 'x'),
      'now',
    ).annotations;
    expect(curated).toEqual([
      expect.objectContaining({
        id: 'fB',
        attributes: expect.objectContaining({ value: 75, kind: 'count', unit: 'شخص' }),
        verdict: expect.objectContaining({ status: 'false', note: 'المستشفى قال 70' }),
      }),
    ]);
  });

  it('a verdict note that differs is a verdict disagreement', () => {
    const l = layers();
    const b = l.b.map((x) => (x.id === 'fB' ? { ...x, verdict: { ...x.verdict, status: 'verified' as const, note: 'source?' } } : x));
    expect(findDisagreements({ ...l, b }).disagreements.map((d) => d.kinds)).toContainEqual(['verdict']);
  });

  it('replacing a curated speaker keeps the curated quotes that named it linked', () => {
    const l = layers();
    const b = l.b.map((x) => (x.id === 'sB' && x.type === 'speaker' ? { ...x, attributes: { ...x.attributes, role: 'وزير' } } : x));
    const quote = findDisagreements({ ...l, b }).disagreements.find((d) => d.type === 'quote')!;
    let curated = applyAnnotationEdits(
      TEXT,
      [],
      acceptEdits(quote, 0, l.a, [], () => 'x'),
      'now',
    ).annotations;
    const speaker = findDisagreements({ ...l, b, curated }).disagreements.find((d) => d.type === 'speaker')!;
    expect(speaker.curated?.id).toBe('sA');
    curated = applyAnnotationEdits(
      TEXT,
      curated,
      acceptEdits(speaker, 1, b, curated, () => 'x'),
      'now',
    ).annotations;
    expect(curated.find((c) => c.type === 'speaker')).toMatchObject({ id: 'sB', attributes: { role: 'وزير' } });
    expect(curated.find((c) => c.type === 'quote')).toMatchObject({ attributes: { speakerId: 'sB' } });
  });

  it('a left-out disagreement is recognised by its stretch of text, and only that one', () => {
    const l = layers();
    const [first, second] = findDisagreements(l).disagreements;
    const mark = leftOutMark(first!, TEXT);
    expect(mark).toEqual({ type: 'quote', start: first!.start, end: first!.end, text: TEXT.slice(first!.start, first!.end) });
    expect(isLeftOut(first!, TEXT, [mark])).toBe(true);
    expect(isLeftOut(second!, TEXT, [mark])).toBe(false);
  });

  it('the verdict edited in the curated layer is neither side', () => {
    const l = layers();
    const d = findDisagreements(l).disagreements[1]!;
    const curated = applyAnnotationEdits(
      TEXT,
      [],
      acceptEdits(d, 0, l.a, [], () => 'x'),
      'now',
    ).annotations;
    const edited = applyAnnotationEdits(TEXT, curated, [{ kind: 'update', id: 'fA', verdict: { status: 'disputed' } }], 'now').annotations;
    const again = findDisagreements({ ...l, curated: edited }).disagreements[1]!;
    expect(curatedSide(again, { ...l, curated: edited })).toBe('edited');
  });

  it('next open disagreement wraps around and says when none is left', () => {
    const items = findDisagreements(layers()).disagreements;
    expect(nextOpen(items, 0, (d) => d.type === 'figure')).toBe(2);
    expect(nextOpen(items, 2, (d) => d.type === 'figure')).toBe(0);
    expect(nextOpen(items, 0, () => true)).toBe(-1);
  });
});
