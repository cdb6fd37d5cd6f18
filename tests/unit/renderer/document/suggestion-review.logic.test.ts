import { describe, expect, it } from 'vitest';
import { filteredItems } from '../../../../renderer/src/features/document/panel-filter.logic';
import {
  firstSuggestionFrom,
  memoizeOffered,
  nextSuggestion,
  offeredSuggestions,
  panelItems,
  suggestOnOpen,
  suggestionSpans,
} from '../../../../renderer/src/features/document/suggestion-review.logic';
import { type Annotation, ANNOTATION_TYPES } from '../../../../shared/domain/annotation';
import type { Suggestion } from '../../../../shared/domain/suggestion';

// "Said Salma Khatib: «no province left behind», costing 450 million dinars."
const TEXT = 'وقالت سلمى الخطيب: «لن نترك أي محافظة» بكلفة 450 مليون دينار.';
const at = (part: string) => {
  const start = TEXT.indexOf(part);
  if (start < 0) throw new Error(part);
  return { start, end: start + part.length, text: part };
};

const speaker = (part: string, sameAs: string | null = null): Suggestion => {
  const s = at(part);
  return {
    id: `s${s.start}-${s.end}`,
    type: 'speaker',
    ...s,
    confidence: 0.85,
    attributes: { name: part, role: '', affiliation: '', sameAs },
  };
};
const quote = (part: string, speakerId: string | null): Suggestion => {
  const s = at(part);
  return {
    id: `q${s.start}-${s.end}`,
    type: 'quote',
    ...s,
    confidence: 0.9,
    attributes: { kind: 'direct', direct: true, cue: 'وقالت', speakerId, speakerText: 'سلمى الخطيب', speakerName: 'سلمى الخطيب' },
  };
};
const figure = (part: string): Suggestion => {
  const s = at(part);
  return {
    id: `f${s.start}-${s.end}`,
    type: 'figure',
    ...s,
    confidence: 0.95,
    attributes: { raw: part, value: 450_000_000, unit: 'dinar', kind: 'money', counts: '' },
  };
};
const annotation = (type: Annotation['type'], part: string, id: string, origin: Annotation['origin'] = 'manual'): Annotation => {
  const s = at(part);
  const base = {
    id,
    ...s,
    prefix: '',
    suffix: '',
    origin,
    createdAt: '',
    updatedAt: '',
    verdict: { status: 'unchecked' as const, note: '', evidence: [], checkedBy: '', checkedAt: '' },
  };
  if (type === 'quote') return { ...base, type, attributes: { kind: 'direct', cue: '', speakerId: null } };
  if (type === 'speaker') return { ...base, type, attributes: { name: '', role: '', affiliation: '', sameAs: null, registryId: null } };
  return { ...base, type, attributes: { raw: part, value: null, unit: '', kind: '', counts: '' } };
};

const SPEAKER = speaker('سلمى الخطيب');
const QUOTE = quote('«لن نترك أي محافظة»', SPEAKER.id);
const FIGURE = figure('450 مليون دينار');
const ALL = [QUOTE, FIGURE, SPEAKER];

describe('suggestions on offer', () => {
  it('drops a suggestion the journalist annotated by hand with the same span, and only of the same type', () => {
    const handMade = annotation('figure', '450 مليون دينار', 'a1');
    const offered = offeredSuggestions(ALL, [handMade], [], []);
    expect(offered.map((s) => s.id)).toEqual([QUOTE.id, SPEAKER.id]);
    // A quote annotation over the same words does not hide the figure suggestion.
    const quoteOverFigure = annotation('quote', '450 مليون دينار', 'a2');
    expect(offeredSuggestions(ALL, [quoteOverFigure], [], []).map((s) => s.id)).toContain(FIGURE.id);
  });

  it('drops rejected suggestions and those inside excluded regions, and relinks a quote to an annotated speaker', () => {
    const rejected = [{ type: 'figure' as const, ...at('450 مليون دينار') }];
    expect(offeredSuggestions(ALL, [], rejected, []).map((s) => s.id)).toEqual([QUOTE.id, SPEAKER.id]);
    const region = { id: 'r1', ...at('450 مليون دينار'), kind: 'read-also', label: '', excluded: true };
    expect(offeredSuggestions(ALL, [], [], [region]).map((s) => s.id)).toEqual([QUOTE.id, SPEAKER.id]);
    expect(offeredSuggestions(ALL, [], [], [{ ...region, excluded: false }])).toHaveLength(3);
    const marked = annotation('speaker', 'سلمى الخطيب', 'a9');
    const offered = offeredSuggestions(ALL, [marked], [], []);
    expect(offered.find((s) => s.id === QUOTE.id)?.attributes).toMatchObject({ speakerId: 'a9' });
  });

  it('loads on open for a fresh document or one already under review, not for one annotated by hand', () => {
    expect(suggestOnOpen([], [])).toBe(true);
    expect(suggestOnOpen([annotation('figure', '450 مليون دينار', 'a1')], [])).toBe(false);
    expect(suggestOnOpen([annotation('figure', '450 مليون دينار', 'a1', 'suggested')], [])).toBe(true);
    expect(suggestOnOpen([annotation('figure', '450 مليون دينار', 'a1')], [{ type: 'quote', ...at('«لن نترك أي محافظة»') }])).toBe(true);
  });
});

describe('cards in the panel', () => {
  it('merges suggestions among annotations in text order, a stored annotation first on the same span', () => {
    const manualQuote = annotation('quote', '«لن نترك أي محافظة»', 'a1');
    const items = panelItems([manualQuote], [FIGURE, SPEAKER, figure('«لن نترك أي محافظة»')]);
    expect(items.map((i) => i.key)).toEqual(
      [SPEAKER.id, 'a1', `f${at('«لن نترك أي محافظة»').start}-${at('«لن نترك أي محافظة»').end}`, FIGURE.id].map((k) =>
        k === 'a1' ? k : `suggestion:${k}`,
      ),
    );
  });

  it('shows suggestions by the type filter and hides them under a verdict filter', () => {
    const items = (types: Annotation['type'][], verdict: 'all' | 'verified') =>
      filteredItems([], ALL, { types: new Set(types), verdict }).map((i) => i.key);
    expect(items([...ANNOTATION_TYPES], 'all')).toHaveLength(3);
    expect(items(['figure'], 'all')).toEqual([`suggestion:${FIGURE.id}`]);
    expect(items([...ANNOTATION_TYPES], 'verified')).toEqual([]);
  });

  it('draws each suggestion as a dashed span of its type, the same object while unchanged', () => {
    const first = suggestionSpans([FIGURE]);
    expect(first[0]).toMatchObject({
      id: `suggestion:${FIGURE.id}`,
      kind: 'figure',
      variant: 'suggested',
      start: FIGURE.start,
      end: FIGURE.end,
    });
    expect(suggestionSpans([FIGURE, SPEAKER], first)[0]).toBe(first[0]);
    expect(suggestionSpans([{ ...FIGURE, end: FIGURE.end - 1 }], first)[0]).not.toBe(first[0]);
  });

  it('keeps what is on offer the same list until the document or the suggestions change, and offers none while hidden', () => {
    const offered = memoizeOffered();
    const annotations: Annotation[] = [];
    const none: never[] = [];
    const first = offered(ALL, annotations, none, none, false);
    expect(first).toHaveLength(3);
    expect(offered(ALL, annotations, none, none, false)).toBe(first);
    const marked = [annotation('figure', '450 مليون دينار', 'a1')];
    expect(
      offered(ALL, marked, none, none, false)
        .map((s) => s.id)
        .sort(),
    ).toEqual([QUOTE.id, SPEAKER.id].sort());
    expect(offered(ALL, marked, [], [], true)).toEqual([]);
  });
});

describe('where review goes next', () => {
  const items = panelItems([annotation('figure', 'بكلفة', 'a5')], ALL);
  const ids = (s: Suggestion | null) => s?.id ?? null;

  it('moves to the next suggestion below, skipping annotation cards and what the step took along', () => {
    // Accepting the speaker: next is the quote; accepting the quote took the speaker, next is the figure.
    expect(ids(nextSuggestion(items, SPEAKER, new Set([SPEAKER.id])))).toBe(QUOTE.id);
    expect(ids(nextSuggestion(items, QUOTE, new Set([QUOTE.id, SPEAKER.id])))).toBe(FIGURE.id);
  });

  it('goes back up from the last one, and to none when nothing is left', () => {
    expect(ids(nextSuggestion(items, FIGURE, new Set([FIGURE.id])))).toBe(QUOTE.id);
    expect(nextSuggestion(items, FIGURE, new Set(ALL.map((s) => s.id)))).toBeNull();
  });

  it('uses the place in the text when the suggestion is already gone (redo)', () => {
    const without = panelItems([], [SPEAKER, FIGURE]);
    expect(ids(nextSuggestion(without, QUOTE, new Set([QUOTE.id])))).toBe(FIGURE.id);
  });

  it('starts the sweep at the first suggestion from the selection on, else the first', () => {
    expect(ids(firstSuggestionFrom(ALL, at('بكلفة').start))).toBe(FIGURE.id);
    expect(ids(firstSuggestionFrom(ALL, TEXT.length))).toBe(SPEAKER.id);
    expect(firstSuggestionFrom([], 0)).toBeNull();
  });
});
