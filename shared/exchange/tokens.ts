/**
 * Tokens for the BIO/CoNLL export. Words are Unicode word segments (Intl.Segmenter, the
 * same edges as selection in the app), so "4.5", "1,200" and "والوزير" are one token each;
 * every punctuation mark or symbol is a token of its own; white space is never a token.
 *
 * Arabic clitics: attached و ف ب ل ك and the article ال are NOT split by rule, because a
 * rule cannot tell و+الد (and the) from والد (father), or ب+الغ from بالغ (adult). A word is
 * split only where an annotation starts or ends inside it, e.g. an annotator who marked
 * خالد inside وخالد gets the tokens و and خالد; such a token carries SpaceAfter=No so the
 * original word can be rejoined. Spans therefore always rebuild exactly from the tags.
 */

export interface Token {
  /** UTF-16 offsets into the document text, end exclusive. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const SPACE = /^\s+$/u;

/** Tokens of `text`, cut also at every offset in `cuts` that falls inside one. Lines (paragraphs) are returned separately. */
export function tokenizeLines(text: string, cuts: Iterable<number>): Token[][] {
  const cutList = [...new Set(cuts)].sort((a, b) => a - b);
  const lines: Token[][] = [];
  let lineStart = 0;
  let c = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const tokens: Token[] = [];
    for (const seg of segmenter.segment(text.slice(lineStart, lineEnd))) {
      if (SPACE.test(seg.segment)) continue;
      let start = lineStart + seg.index;
      const end = start + seg.segment.length;
      while (c < cutList.length && (cutList[c] as number) <= start) c++;
      for (let k = c; k < cutList.length && (cutList[k] as number) < end; k++) {
        tokens.push({ start, end: cutList[k] as number });
        start = cutList[k] as number;
      }
      tokens.push({ start, end });
    }
    if (tokens.length > 0) lines.push(tokens);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return lines;
}
