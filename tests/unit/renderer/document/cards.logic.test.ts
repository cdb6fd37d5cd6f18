import { describe, expect, it } from 'vitest';
import { CardSummaries, alsoMarks, cardSummaries, counted, excerpt } from '../../../../renderer/src/features/document/cards.logic';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { createTranslator } from '../../../../shared/i18n/translate';

const { t } = createTranslator({ language: 'en', digits: 'latn' });
const ar = createTranslator({ language: 'ar', digits: 'arab' }).t;

const TEXT = 'قال المتحدث باسم الخارجية أحمد العمري إن 75 عامًا من العلاقات مستمرة.';
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length, text: part });
const verdict = { status: 'unchecked' as const, note: '', evidence: [], checkedBy: '', checkedAt: '' };
const base = (id: string, part: string) => ({
  id,
  ...span(part),
  prefix: '',
  suffix: '',
  origin: 'manual' as const,
  createdAt: '',
  updatedAt: '',
  verdict,
});

describe('card text', () => {
  it('cuts excerpts between characters, never inside an emoji', () => {
    expect(excerpt('😀'.repeat(5), 3)).toBe('😀😀😀…');
    expect(excerpt('  a \n b  ')).toBe('a b');
  });

  it('counts what a step took, by type, in the words of a status line', () => {
    expect(counted([{ type: 'quote' }, { type: 'figure' }, { type: 'quote' }], t)).toBe('2 quotes, 1 figure');
    expect(counted([{ type: 'speaker' }], t)).toBe('1 speaker');
    // Arabic: the dual, and its own comma.
    expect(counted([{ type: 'quote' }, { type: 'figure' }, { type: 'quote' }], ar)).toBe('اقتباسان، رقم واحد');
    expect(
      counted(
        Array.from({ length: 11 }, () => ({ type: 'quote' as const })),
        ar,
      ),
    ).toBe('١١ اقتباسًا');
  });

  it('sums up each card: the quote’s speaker by name, the speaker’s role, the figure’s value', () => {
    const annotations: Annotation[] = [
      {
        ...base('s1', 'أحمد العمري'),
        type: 'speaker',
        attributes: { name: '', role: 'المتحدث باسم الخارجية', affiliation: '', sameAs: null, registryId: null },
      },
      { ...base('f1', '75 عامًا'), type: 'figure', attributes: { raw: '75 عامًا', value: 75, unit: 'years', kind: 'duration', counts: '' } },
      { ...base('q1', 'إن 75 عامًا من العلاقات مستمرة'), type: 'quote', attributes: { kind: 'indirect', cue: 'قال', speakerId: 's1' } },
      { ...base('q2', 'العلاقات مستمرة'), type: 'quote', attributes: { kind: 'direct', cue: '', speakerId: null } },
    ];
    const summaries = new Map([...cardSummaries(annotations, t)].map(([id, parts]) => [id, parts.map((p) => p.text).join(' · ')]));
    expect(summaries.get('s1')).toBe('أحمد العمري · المتحدث باسم الخارجية');
    expect(summaries.get('f1')).toBe('75 years');
    expect(summaries.get('q1')).toBe('indirect · — أحمد العمري');
    expect(summaries.get('q2')).toBe('direct · no speaker yet');
  });

  it('keeps a card’s summary line as it was when another annotation changes, and makes a new one when its own does', () => {
    const speaker: Annotation = {
      ...base('s1', 'أحمد العمري'),
      type: 'speaker',
      attributes: { name: '', role: '', affiliation: '', sameAs: null, registryId: null },
    };
    const quote: Annotation = {
      ...base('q1', 'العلاقات مستمرة'),
      type: 'quote',
      attributes: { kind: 'direct', cue: '', speakerId: 's1' },
    };
    const figure: Annotation = {
      ...base('f1', '75 عامًا'),
      type: 'figure',
      attributes: { raw: '75 عامًا', value: 75, unit: 'years', kind: 'duration', counts: '' },
    };
    const first = new CardSummaries([speaker, quote], t);
    const quoteLine = first.of(quote);
    expect(quoteLine.map((p) => p.text)).toEqual(['direct', '— أحمد العمري']);
    // A figure is added: the quote's line reads the same, so it is the same line (its card is not redrawn).
    const second = new CardSummaries([speaker, quote, figure], t, first);
    expect(second.of(quote)).toBe(quoteLine);
    expect(second.of(figure).map((p) => p.text)).toEqual(['75 years']);
    // The speaker is renamed: the quote's line changes with it.
    const renamed = { ...speaker, attributes: { ...speaker.attributes, name: 'العمري' } };
    const third = new CardSummaries([renamed, quote, figure], t, second);
    expect(third.of(quote).map((p) => p.text)).toEqual(['direct', '— العمري']);
    expect(third.of(quote)).not.toBe(quoteLine);
  });

  it('says which speaker a suggested quote brings along when accepted', () => {
    const speaker: Suggestion = {
      id: 's',
      type: 'speaker',
      ...span('أحمد العمري'),
      confidence: 0.9,
      attributes: { name: 'أحمد العمري', role: '', affiliation: '', sameAs: null },
    };
    const quote: Suggestion = {
      id: 'q',
      type: 'quote',
      ...span('إن 75 عامًا من العلاقات مستمرة'),
      confidence: 0.9,
      attributes: { kind: 'indirect', direct: false, cue: 'قال', speakerId: 's', speakerText: 'أحمد العمري', speakerName: 'أحمد العمري' },
    };
    expect(
      alsoMarks(
        quote,
        new Map<string, Suggestion>([
          ['q', quote],
          ['s', speaker],
        ]),
      ),
    ).toBe('أحمد العمري');
    expect(alsoMarks({ ...quote, attributes: { ...quote.attributes, speakerId: null } }, new Map([['q', quote]]))).toBe('');
  });
});
