import type { QuoteCandidate } from './candidate';

/** A heading's lead before its quotation: nothing, or a short label and a colon ("Evacuations: ‘…’"). */
const LEAD = /^[\s'"‘“]*(?:[\p{L}\p{N} ,'’-]{1,40}:\s*)?[\s'"‘“]*$/u;
const TAIL = /^[\s'"’”.!?…]*$/u;
/** How far below a heading its quotation may be repeated (UTF-16 units): one live-blog entry, or a feature's opening. */
const REACH = 2500;
const MIN_WORDS = 3;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "‘It's coming in under the door’ ¶ Ada Roe, who lives by the river, … ¶ “It's coming in under the
 * door,” she said.": a live-blog entry's or a feature's heading quotes words the text below repeats as
 * someone's quotation; the heading's speaker is that quotation's. Only a quotation with no cue of its
 * own that fills its line (after at most a short label) is credited so; its speaker from the quote
 * before it, if any, is a guess the repetition overrules.
 */
export function creditRepeatedHeadings(text: string, quotes: QuoteCandidate[]): void {
  const keys = new Map<QuoteCandidate, string>();
  const keyOf = (q: QuoteCandidate) => keys.get(q) ?? keys.set(q, key(text.slice(q.range.start, q.range.end))).get(q) ?? '';
  for (const q of quotes) {
    if (q.cue) continue;
    const lineStart = text.lastIndexOf('\n', q.range.start - 1) + 1;
    const newline = text.indexOf('\n', q.range.end);
    const lineEnd = newline < 0 ? text.length : newline;
    if (!LEAD.test(text.slice(lineStart, q.range.start)) || !TAIL.test(text.slice(q.range.end, lineEnd))) continue;
    const words = keyOf(q);
    if (words.split(' ').length < MIN_WORDS) continue;
    let repeat: QuoteCandidate | undefined;
    for (const o of quotes) {
      if (o === q || !o.speaker || o.range.start < lineEnd || o.range.start - lineEnd > REACH) continue;
      if (` ${keyOf(o)} `.includes(` ${words} `) && (!repeat || o.range.start < repeat.range.start)) repeat = o;
    }
    if (repeat) q.speaker = repeat.speaker;
  }
}
