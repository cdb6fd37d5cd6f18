import type { FigureValue } from '../../shared/domain/annotation';
import type { Suggestion } from '../../shared/domain/suggestion';
import { foldWord } from '../../shared/suggest/fold';
import { normalizeText } from '../../shared/text/normalize';
import type { GoldArticle, GoldSpan } from './gold/types';
import { OVERLAP_THRESHOLD, type Span, match, overlapRatio } from '../../shared/agreement/spans';

export type { Span } from '../../shared/agreement/spans';
export { OVERLAP_THRESHOLD, match, overlapRatio } from '../../shared/agreement/spans';

/** Finds a gold span by its text (and occurrence); fails loudly so a bad gold entry is fixed, not scored. */
export function locate(articleId: string, text: string, span: GoldSpan): Span {
  const needle = normalizeText(span.text);
  const nth = span.nth ?? 0;
  let from = 0;
  let found = -1;
  for (let k = 0; k <= nth; k++) {
    found = text.indexOf(needle, from);
    if (found < 0) throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} (occurrence ${nth}) is not in the article`);
    from = found + 1;
  }
  if (span.nth === undefined && text.indexOf(needle, found + 1) >= 0) {
    throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} occurs more than once; say which with nth`);
  }
  return { start: found, end: found + needle.length };
}

export function sameValue(a: FigureValue, b: FigureValue): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
  if (typeof a === 'number' && typeof b === 'number') return close(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return close(a[0], b[0]) && close(a[1], b[1]);
  return a === b;
}

function normalizeName(name: string): string {
  return foldWord(name)
    .toLowerCase()
    .replace(/[«»"“”'’.,،]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

export interface ArticleScore {
  quote: Counts;
  speaker: Counts;
  figure: Counts;
  /** Gold quotes found (overlap) and, of those, attributed to the right speaker. */
  attribution: { matched: number; correct: number; gold: number };
  /** Gold figures found (overlap) and, of those, with the right value. */
  values: { matched: number; correct: number };
  misses: string[];
}

export function scoreArticle(article: GoldArticle, text: string, suggestions: Suggestion[]): ArticleScore {
  const misses: string[] = [];
  const byType = (t: Suggestion['type']) => suggestions.filter((s) => s.type === t);
  /** `overlap` is the overlap matching of the same gold and predictions, already made for the misses. */
  const count = (gold: Span[], predicted: Span[], overlap: Map<number, number>): Counts => ({
    gold: gold.length,
    predicted: predicted.length,
    exact: match(gold, predicted, 'exact').size,
    overlap: overlap.size,
  });
  /** Predictions that no gold span matched, in order; `limit` shortens long texts. */
  const extras = (kind: string, predicted: Suggestion[], matched: Map<number, number>, limit?: number) => {
    const used = new Set(matched.values());
    predicted.forEach((p, j) => {
      if (!used.has(j)) misses.push(`extra ${kind}: ${p.text.slice(0, limit)}`);
    });
  };
  const goldQuotes = article.quotes.map((q) => ({ ...q, span: locate(article.id, text, q) }));
  const goldSpeakers = article.speakers.map((s) => ({ ...s, span: locate(article.id, text, s) }));
  const goldFigures = article.figures.map((f) => ({ ...f, span: locate(article.id, text, f) }));
  const quotes = byType('quote') as Array<Extract<Suggestion, { type: 'quote' }>>;
  const speakers = byType('speaker') as Array<Extract<Suggestion, { type: 'speaker' }>>;
  const figures = byType('figure') as Array<Extract<Suggestion, { type: 'figure' }>>;

  const qMatch = match(goldQuotes.map((q) => q.span), quotes, 'overlap');
  let correct = 0;
  goldQuotes.forEach((g, i) => {
    const j = qMatch.get(i);
    if (j === undefined) {
      misses.push(`missed quote: ${g.text.slice(0, 70)}`);
      return;
    }
    const p = quotes[j] as (typeof quotes)[number];
    const mention = speakers.find((s) => s.id === p.attributes.speakerId);
    const byName = g.speaker !== null && normalizeName(p.attributes.speakerName) === normalizeName(g.speaker);
    const byMention =
      g.speaker !== null && !!mention && goldSpeakers.some((s) => s.name === g.speaker && overlapRatio(s.span, mention) >= OVERLAP_THRESHOLD);
    const none = g.speaker === null && !p.attributes.speakerName;
    if (byName || byMention || none) correct++;
    else misses.push(`wrong speaker (${p.attributes.speakerName || '—'} ≠ ${g.speaker}) for: ${g.text.slice(0, 50)}`);
  });
  extras('quote', quotes, qMatch, 70);

  const fMatch = match(goldFigures.map((f) => f.span), figures, 'overlap');
  let values = 0;
  goldFigures.forEach((g, i) => {
    const j = fMatch.get(i);
    if (j === undefined) return misses.push(`missed figure: ${g.text}`);
    const p = figures[j] as (typeof figures)[number];
    if (sameValue(p.attributes.value, g.value)) values++;
    else misses.push(`wrong value for ${g.text}: ${JSON.stringify(p.attributes.value)} ≠ ${JSON.stringify(g.value)}`);
  });
  extras('figure', figures, fMatch);
  const sMatch = match(goldSpeakers.map((s) => s.span), speakers, 'overlap');
  goldSpeakers.forEach((g, i) => {
    if (!sMatch.has(i)) misses.push(`missed speaker: ${g.text}`);
  });
  extras('speaker', speakers, sMatch);

  return {
    quote: count(goldQuotes.map((q) => q.span), quotes, qMatch),
    speaker: count(goldSpeakers.map((s) => s.span), speakers, sMatch),
    figure: count(goldFigures.map((f) => f.span), figures, fMatch),
    attribution: { matched: qMatch.size, correct, gold: goldQuotes.length },
    values: { matched: fMatch.size, correct: values },
    misses,
  };
}

export function prf(c: Counts, mode: 'exact' | 'overlap'): { p: number; r: number; f1: number } {
  const hit = c[mode];
  const p = c.predicted === 0 ? 0 : hit / c.predicted;
  const r = c.gold === 0 ? 0 : hit / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, exact: a.exact + b.exact, overlap: a.overlap + b.overlap };
}
