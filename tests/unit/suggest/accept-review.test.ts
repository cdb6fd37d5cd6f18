import { describe, expect, it } from 'vitest';
import { applyAnnotationEdits } from '../../../shared/domain/annotation-edits';
import type { Suggestion } from '../../../shared/domain/suggestion';
import { acceptanceEdits, planAcceptance, withLinkedSuggestions } from '../../../shared/suggest/accept';
import { OverlapIndex } from '../../../shared/suggest/overlap-index';
import { suggest } from '../../../shared/suggest';

// A spokesman named in full, then by surname with a direct quote; a figure.
const TEXT = 'وقال المتحدث خالد العمري إن الفرق تعمل منذ 48 ساعة. وأضاف العمري: «الوضع تحت السيطرة».';

let n = 0;
const makeId = () => `a${++n}`;

describe('accepting suggestions on the document screen', () => {
  const found = suggest(TEXT, { excluded: [] });
  const quote = found.find((s): s is Extract<Suggestion, { type: 'quote' }> => s.type === 'quote' && s.text === 'الوضع تحت السيطرة');
  const surname = found.find((s) => s.type === 'speaker' && s.text === 'العمري');
  const fullName = found.find((s) => s.type === 'speaker' && s.text === 'خالد العمري');

  it('finds what these tests rely on (the engine links the quote to the surname, the surname to the full name)', () => {
    expect(quote?.attributes.speakerId).toBe(surname?.id);
    expect(surname?.type === 'speaker' && surname.attributes.sameAs).toBe(fullName?.id);
  });

  it('takes a quote’s suggested speaker along, and that speaker’s earlier mention, so the links are kept', () => {
    const taken = withLinkedSuggestions([quote as Suggestion], found);
    expect(taken.map((s) => s.text).sort()).toEqual(['الوضع تحت السيطرة', 'خالد العمري', 'العمري'].sort());
    const plan = planAcceptance({ id: 'd1', text: TEXT, annotations: [] }, taken, makeId);
    const edits = acceptanceEdits(plan.creates);
    const outcome = applyAnnotationEdits(TEXT, [], edits, '2024-01-01T00:00:00Z');
    const byText = new Map(outcome.annotations.map((a) => [a.text, a]));
    const q = byText.get('الوضع تحت السيطرة');
    const s = byText.get('العمري');
    expect(outcome.annotations.every((a) => a.origin === 'suggested')).toBe(true);
    expect(q?.type === 'quote' && q.attributes.speakerId).toBe(s?.id);
    expect(s?.type === 'speaker' && s.attributes.sameAs).toBe(byText.get('خالد العمري')?.id);
    // Undo is the inverse the same edits produce: everything created goes again.
    expect(applyAnnotationEdits(TEXT, outcome.annotations, outcome.inverse, '2024-01-01T00:00:00Z').annotations).toEqual([]);
  });

  it('does not take a speaker that is no longer on offer (rejected): the quote comes without a link', () => {
    const offered = found.filter((s) => s.id !== surname?.id);
    const taken = withLinkedSuggestions([quote as Suggestion], offered);
    expect(taken.map((s) => s.text)).toEqual(['الوضع تحت السيطرة']);
    const plan = planAcceptance({ id: 'd1', text: TEXT, annotations: [] }, taken, makeId);
    expect(plan.creates[0]?.attributes).toMatchObject({ speakerId: null });
  });
});

describe('OverlapIndex', () => {
  it('finds an overlapping span among overlapping ones, preferring the exact span', () => {
    const index = new OverlapIndex([
      { start: 0, end: 100, id: 'long' },
      { start: 10, end: 20, id: 'inner' },
      { start: 150, end: 160, id: 'late' },
    ]);
    expect(index.overlapping(10, 20)?.id).toBe('inner');
    expect(index.overlapping(50, 60)?.id).toBe('long');
    expect(index.overlapping(100, 150)).toBeUndefined();
    expect(index.overlapping(155, 170)?.id).toBe('late');
    expect(new OverlapIndex([]).overlapping(0, 1)).toBeUndefined();
  });
});
