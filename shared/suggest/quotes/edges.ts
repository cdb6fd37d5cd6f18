import type { Range } from '../types';

// Where a quote's span starts and ends, as the guidelines and the development sets' writers mark it.

const OPENING_MARKS = '«“„‘‹"\'';
const CLOSING_MARKS = '»”“’›"\'';

/** A quotation's words: its marks and a comma or full stop just before the closing mark left out. */
export function wordsInside(text: string, r: Range): Range {
  let { start, end } = r;
  if (end - start >= 2 && OPENING_MARKS.includes(text[start] as string) && CLOSING_MARKS.includes(text[end - 1] as string)) {
    start++;
    end--;
  }
  while (end > start && /[\s,.،]/u.test(text[end - 1] as string)) end--;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  return { start, end };
}

/**
 * The sentence's opening و stays outside a reported clause that opens the sentence: «ويبلغ عدد … ، وفق
 * الوزارة» is the quote «يبلغ عدد …». The development sets' writers leave it out 12 times to 1. Only
 * before a verb in the present (و + ي/ت/ن) or a negation (ولا، ولم، ولن), where the و cannot be the
 * word's own first letter; a few nouns that begin with وت/وي are kept whole. Folded text (ى → ي).
 */
const OPENING_WAW = /^و(?:[يتن]\p{L}{2,}|(?:لا|لم|لن)(?!\p{L}))/u;
const WAW_NOUNS = /^(?:وتير|وتر|ويل|ويك|وثيق)/u;

export function withoutOpeningConjunction(text: string, r: Range): Range {
  if (text[r.start] !== 'و' || r.end - r.start < 6) return r;
  const head = text.slice(r.start, r.start + 24);
  if (!OPENING_WAW.test(head) || WAW_NOUNS.test(head)) return r;
  // Only at the start of a sentence or a line: inside one, «وإن …» and the like are trimmed by the cue rules.
  const before = text.slice(Math.max(0, r.start - 3), r.start);
  if (r.start > 0 && !/(?:^|[\n.!?؟:])\s*$/u.test(before)) return r;
  return { start: r.start + 1, end: r.end };
}
