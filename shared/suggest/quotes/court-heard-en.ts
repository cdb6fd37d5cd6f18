import type { Analysis, Cue } from '../types';
import type { Token } from '../tokens';
import { clauseEnd, sentenceHead } from './clause';
import { cueBase } from './cue-shape';
import { TIME_WORDS } from './objects-en';

/**
 * Court reports: "Manchester Crown Court heard that …", "…, Truro Crown Court heard on
 * Wednesday." What a court, a jury or an inquest heard is reported evidence, and the guidelines'
 * indirect quote; the court is its audience, not its source, so the quote is offered with no
 * speaker (the development sets' writers leave it without one, or name the court) and for review.
 */
const AUDIENCES = new Set(['court', 'jury', 'inquest', 'tribunal', 'magistrates']);
const ADJUNCT_WORDS = new Set(['on', 'in', 'at', 'during', 'earlier', 'last', 'this', 'the']);

export function findCourtHeardCues(a: Analysis, taken: readonly Cue[]): Cue[] {
  const tokens = a.tokens;
  const cues: Cue[] = [];
  const used = new Set(taken.map((c) => c.at));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== 'heard' || used.has(i) || !AUDIENCES.has((tokens[i - 1] as Token).lower)) continue;
    const sentence = a.sentences[a.sentenceOf[i] as number];
    if (!sentence) continue;
    const base = cueBase('en', { start: t.start, end: t.end }, i, false, false);
    if (tokens[i + 1]?.lower === 'that') {
      const content = clauseEnd(a, i + 2);
      if (content) cues.push({ ...base, mode: 'clause', content, subject: null, implicit: null, continuation: false });
      continue;
    }
    // Postposed: "…, Truro Crown Court heard on Wednesday." — only time adjuncts may follow.
    if (!adjunctsToEnd(tokens, i + 1, sentence.last)) continue;
    let comma = i - 1;
    while (comma > sentence.first && i - comma <= 6 && (tokens[comma] as Token).text !== ',') comma--;
    if ((tokens[comma] as Token).text !== ',') continue;
    const content = sentenceHead(a, comma);
    if (content) cues.push({ ...base, mode: 'before', content, subject: null, implicit: null, continuation: false });
  }
  return cues;
}

function adjunctsToEnd(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    const t = tokens[k] as Token;
    if (/^[.!?]$/.test(t.text) && k === last) return true;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word' || !(TIME_WORDS.has(t.lower) || ADJUNCT_WORDS.has(t.lower) || t.capitalized)) return false;
  }
  return true;
}
