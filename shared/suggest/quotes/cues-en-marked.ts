/**
 * Where an English cue stands against the quotation it credits: a quotation just before it ("…,” she
 * said), one opening after it, and the comma where the reported words before a postposed cue end.
 */
import type { Analysis, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { partyTagStart } from '../speakers/english-split';
import { CLOSING_MARKS } from './cue-words-en';

/** Where the quote before a postposed cue ends: before the whole subject ("…, its chief executive, X, said"). */
export function subjectStart(tokens: readonly Token[], verbAt: number, subject: SpeakerPhrase | null): number {
  if (!subject) return verbAt;
  const start = Math.min(subject.mention.start, subject.role?.start ?? Infinity);
  const k = tokenIndexAt(tokens, start);
  if (k >= verbAt) return verbAt;
  // "its chief executive": a determiner before the role belongs to the subject.
  return /^(its|their|his|her|the|a|an)$/.test(lower(tokens[k - 1])) ? k - 1 : k;
}

/** A quotation opens between token i and the end of token `last`. */
export function markedAhead(a: Analysis, i: number, last: number): boolean {
  const tokens = a.tokens;
  const m = a.outer.firstFrom((tokens[i] as Token).start + 1);
  return !!m && m.start < (tokens[last] as Token).end;
}

/** The comma (or quote) that ends the reported part before a postposed cue: "…, the fire service said". */
export function commaBefore(a: Analysis, verb: number): number {
  const tokens = a.tokens;
  const sentence = a.sentences[a.sentenceOf[verb] as number];
  for (let k = verb - 1; sentence && k > sentence.first; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' && !a.outer.at(t.start)) return k;
    if (CLOSING_MARKS.has(t.text) && a.markedByEnd.has(t.end)) return k + 1;
  }
  return verb;
}

/** A quotation ends just before the subject (or the verb): "“…?” Orban asked." */
export function markedBefore(a: Analysis, verb: number): boolean {
  const tokens = a.tokens;
  const k = commaBefore(a, verb);
  const before = tokens[k - 1];
  if (before && (a.markedByEnd.has(before.end) || a.markedByEnd.has((tokens[k] as Token | undefined)?.end ?? -1))) return true;
  // "“…,” Sen. Ana Ruiz, D-N.M., said as …": a party-and-state tag does not count against the reach.
  const tag = tokens[verb - 1]?.text === ',' ? partyTagStart(tokens, verb - 2) : -1;
  const from = tag > 0 ? tag : verb;
  for (let j = from - 1; j >= 0 && from - j <= 8; j--) {
    const t = tokens[j] as Token;
    if (CLOSING_MARKS.has(t.text) && a.markedByEnd.has(t.end)) return true;
    if (t.kind !== 'word' && t.text !== ',' && t.text !== '.') return false;
    // "“…,” she said. Her husband said …": a quotation closed in an earlier sentence is not this cue's.
    if (a.sentenceOf[j] !== a.sentenceOf[verb]) return false;
  }
  return false;
}
