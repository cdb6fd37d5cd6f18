import { describe, expect, it } from 'vitest';
import { IsnadError } from '../../../shared/errors';
import type { Annotation } from '../../../shared/domain/annotation';
import { type AnnotationEdit, applyAnnotationEdits } from '../../../shared/domain/annotation-edits';
import { canonicalSpeaker, sameAsCandidates, speakerName } from '../../../shared/domain/speakers';

const text = 'وقال كريستوفر هالوران إن «الوضع صعب». وأضاف هالوران أن 75 موظفاً غادروا.';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const T = '2024-01-01T00:00:00.000Z';

function build(): Annotation[] {
  const edits: AnnotationEdit[] = [
    { kind: 'create', id: 'full', type: 'speaker', ...at('كريستوفر هالوران'), attributes: { name: 'Christopher Halloran' } },
    { kind: 'create', id: 'sur', type: 'speaker', ...at('هالوران', text.indexOf('وأضاف')), attributes: { sameAs: 'full' } },
    { kind: 'create', id: 'q', type: 'quote', ...at('«الوضع صعب»'), attributes: { speakerId: 'full' } },
    { kind: 'create', id: 'f', type: 'figure', ...at('75 موظفاً'), attributes: { value: 75 } },
  ];
  return applyAnnotationEdits(text, [], edits, T).annotations;
}

function strip(list: Annotation[]) {
  return list.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

describe('applyAnnotationEdits', () => {
  it('creates annotations in text order with context, and its inverse removes them', () => {
    const list = build();
    expect(list.map((a) => a.id)).toEqual(['full', 'q', 'sur', 'f']);
    expect(list[0]?.suffix.startsWith(' إن')).toBe(true);
    const out = applyAnnotationEdits(text, [], [{ kind: 'create', id: 'x', type: 'figure', ...at('75') }], T);
    expect(applyAnnotationEdits(text, out.annotations, out.inverse, T).annotations).toEqual([]);
  });

  it('undoes an update exactly: span, attributes and verdict fields', () => {
    const list = build();
    const out = applyAnnotationEdits(
      text,
      list,
      [{ kind: 'update', id: 'f', ...at('75'), attributes: { value: [70, 80], unit: 'موظف' }, verdict: { status: 'disputed', note: 'n' } }],
      T,
    );
    const f = out.annotations.find((a) => a.id === 'f');
    expect([f?.text, f?.verdict.status]).toEqual(['75', 'disputed']);
    expect(strip(applyAnnotationEdits(text, out.annotations, out.inverse, T).annotations)).toEqual(strip(list));
  });

  it('keeps unchanged annotations as the same objects, so the screen re-renders only what changed', () => {
    const list = build();
    const out = applyAnnotationEdits(text, list, [{ kind: 'update', id: 'q', attributes: { kind: 'partial' } }], T);
    expect(out.annotations.find((a) => a.id === 'full')).toBe(list.find((a) => a.id === 'full'));
    expect(out.annotations.find((a) => a.id === 'q')).not.toBe(list.find((a) => a.id === 'q'));
  });

  it('deleting a speaker unlinks its quote and same-as mention; the inverse restores all three', () => {
    const list = build();
    const out = applyAnnotationEdits(text, list, [{ kind: 'delete', id: 'full' }], T);
    expect(out.deleted).toEqual(['full']);
    expect(out.touched.sort()).toEqual(['full', 'q', 'sur']);
    const q = out.annotations.find((a) => a.id === 'q');
    expect(q?.type === 'quote' && q.attributes.speakerId).toBeNull();
    expect(list.find((a) => a.id === 'q')?.attributes).toMatchObject({ speakerId: 'full' }); // input untouched
    expect(strip(applyAnnotationEdits(text, out.annotations, out.inverse, T).annotations)).toEqual(strip(list));
  });

  it('applies a batch all or nothing and names the edit that broke a rule', () => {
    const list = build();
    const bad: AnnotationEdit[] = [
      { kind: 'update', id: 'q', attributes: { cue: 'قال' } },
      { kind: 'update', id: 'f', start: 0, end: 4, text: 'wrong' },
    ];
    let error: unknown;
    try {
      applyAnnotationEdits(text, list, bad, T);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(IsnadError);
    expect((error as IsnadError).field).toBe('edits.1.text');
    expect(list.find((a) => a.id === 'q')?.attributes).toMatchObject({ cue: '' });
  });

  it('refuses same-as links that would make a loop, and splitting an emoji', () => {
    const list = build();
    expect(() => applyAnnotationEdits(text, list, [{ kind: 'update', id: 'full', attributes: { sameAs: 'sur' } }], T)).toThrow(/loop/);
    const emoji = 'a😀b';
    expect(() =>
      applyAnnotationEdits(emoji, [], [{ kind: 'create', id: 'e', type: 'figure', start: 1, end: 2, text: '\ud83d' }], T),
    ).toThrow(/surrogate/);
  });
});

describe('speakers', () => {
  it('resolves a surname-only mention to the full mention’s name', () => {
    const list = build();
    expect(canonicalSpeaker(list, 'sur')?.id).toBe('full');
    expect(speakerName(list, 'sur')).toBe('Christopher Halloran');
    expect(speakerName(list, null)).toBe('');
  });

  it('offers only same-as targets that cannot make a loop', () => {
    const list = build();
    expect(sameAsCandidates(list, 'full').map((s) => s.id)).toEqual([]);
    expect(sameAsCandidates(list, 'sur').map((s) => s.id)).toEqual(['full']);
  });
});
