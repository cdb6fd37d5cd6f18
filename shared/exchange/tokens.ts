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

/*
 * The segmenter costs about a microsecond a segment, and a 100,000-annotation export has
 * millions: it was a third of the CoNLL export's time. Most of an Arabic or English text is
 * made of pieces whose segments the word-break rules (UAX #29) settle without looking further
 * than their neighbours, so those are read with one regular expression and the segmenter is
 * asked only about the rest, one space-delimited chunk at a time (a boundary always falls at
 * a space or tab, except before a mark or format character, which attaches to the space:
 * such a line goes to the segmenter whole). tests/unit/exchange/conll-tokens.test.ts holds
 * the result to the segmenter's, on every pair of these characters and on random text.
 */
/** Letters and digits that run together into one word (ALetter, Numeric); marks attach to them. */
const WORD =
  'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0620-\\u064A\\u0660-\\u0669\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06F0-\\u06F9';
const MARK = '\\u064B-\\u065F\\u0670';
/** Punctuation and symbols that are a segment of their own whatever stands beside them. */
const ALONE = '«»()\\[\\]{}!?؟؛"“”…—–\\-/%*#@&+=<>|~^$';
/** Joins two words or numbers (4.5, 1,200, don't, U.S.): alone unless between word characters. */
const BETWEEN = ".,،:;'’";
/** An emoji with its modifiers and variation selectors, and ZWJ sequences of them. */
const EMOJI_TAIL = '[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]*';
const EMOJI = `(?=[\\u{1F300}-\\u{1F3FA}\\u{1F400}-\\u{1FAFF}])\\p{Extended_Pictographic}${EMOJI_TAIL}(?:\\u200D\\p{Extended_Pictographic}${EMOJI_TAIL})*`;
const PIECE = new RegExp(`([ \\t]+)|([${BETWEEN}])|[${WORD}][${WORD}${MARK}]*|[${ALONE}]|${EMOJI}`, 'uy');
const JOINS_BEFORE = new RegExp(`[${WORD}${MARK}]`, 'u');
const JOINS_AFTER = new RegExp(`[${WORD}]`, 'u');
/** A chunk starting with one of these is joined to the space before it by the segmenter. */
const ATTACHES_TO_SPACE = /^[\p{M}\p{Cf}\p{Zs}\u{1F3FB}-\u{1F3FF}\uFF9E\uFF9F]/u;

/** Appends the non-space segments of text[from, to) found by the segmenter, as offset pairs. */
function segmentInto(text: string, from: number, to: number, out: number[]): void {
  for (const seg of segmenter.segment(text.slice(from, to))) {
    if (SPACE.test(seg.segment)) continue;
    out.push(from + seg.index, from + seg.index + seg.segment.length);
  }
}

/** The non-space word segments of text[from, to) (one line), as start/end pairs. */
function lineSegments(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let chunk = from;
  let chunkOut = 0;
  let at = from;
  while (at < to) {
    PIECE.lastIndex = at;
    const piece = PIECE.exec(text);
    const end = piece ? Math.min(PIECE.lastIndex, to) : at;
    if (piece?.[1] !== undefined) {
      chunk = end;
      chunkOut = out.length;
    } else if (
      piece &&
      end === PIECE.lastIndex &&
      !(
        piece[2] !== undefined &&
        at > from &&
        JOINS_BEFORE.test(text[at - 1] as string) &&
        end < to &&
        JOINS_AFTER.test(text[end] as string)
      )
    ) {
      out.push(at, end);
    } else {
      // Not settled by the rules above: the segmenter reads this chunk (or, rarely, the line).
      if (chunk > from && ATTACHES_TO_SPACE.test(text.slice(chunk, chunk + 2))) {
        out.length = 0;
        segmentInto(text, from, to, out);
        return out;
      }
      let chunkEnd = chunk;
      while (chunkEnd < to && text[chunkEnd] !== ' ' && text[chunkEnd] !== '\t') chunkEnd++;
      out.length = chunkOut;
      segmentInto(text, chunk, chunkEnd, out);
      at = chunkEnd;
      continue;
    }
    at = end;
  }
  return out;
}

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
    const segments = lineSegments(text, lineStart, lineEnd);
    for (let s = 0; s < segments.length; s += 2) {
      let start = segments[s] as number;
      const end = segments[s + 1] as number;
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
