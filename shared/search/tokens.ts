import { FOLD_CHUNK_CHARS, type FoldedText, fold, foldWithMap, pieces } from './fold';

export interface Token {
  term: string;
  /** Offsets into the folded text. */
  start: number;
  end: number;
}

/** Letters, digits and the marks that belong to them (after folding, Arabic marks are gone). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per BMP code unit: 1 part of a word, 0 not, SURROGATE half of a pair, UNKNOWN not seen
 * yet. Filled on first sight, so splitting a text is a table read per character rather
 * than a Unicode-property regex match per word (3× faster on a page of results).
 */
const UNKNOWN = 255;
const SURROGATE = 3;
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, boolean>();

/** The width (1, or 2 for a pair) of the word character at `i`, or 0 if it is not one. */
function wordWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let kind = classes[code] as number;
  if (kind === UNKNOWN) {
    kind = code >= 0xd800 && code <= 0xdfff ? SURROGATE : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
    classes[code] = kind;
  }
  if (kind !== SURROGATE) return kind;
  const point = text.codePointAt(i) as number;
  // A lone surrogate is no letter.
  if (point <= 0xffff) return 0;
  let word = astral.get(point);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(point));
    if (astral.size < 4096) astral.set(point, word);
  }
  return word ? 2 : 0;
}

/** Calls `word(start, end)` for each maximal run of word characters, in order. */
function eachWord(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = wordWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += width;
    while (i < n && (width = wordWidth(text, i)) > 0);
    word(start, i);
  }
}

/** Splits folded text into words. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  eachWord(folded, (start, end) => tokens.push({ term: folded.slice(start, end), start, end }));
  return tokens;
}

/** Just the folded words of some original text, e.g. for the index or a query. */
export function terms(original: string): string[] {
  const folded = fold(original);
  const words: string[] = [];
  eachWord(folded, (start, end) => words.push(folded.slice(start, end)));
  return words;
}

/** One folded word: its text, where it starts in the original, and whether a line break stands before it. */
export type WordVisitor = (term: string, originalStart: number, lineBreakBefore: boolean) => void;

/**
 * Every folded word of `original`, in order, folded a piece at a time (see `pieces`) so a
 * text of any length is read in bounded memory. Yields after each piece, so a caller can
 * let other work run between the pieces of a very long document.
 */
export function* visitWords(original: string, visit: WordVisitor, pieceChars = FOLD_CHUNK_CHARS): Generator<void, void> {
  let lineBreak = false;
  for (const [from, to] of pieces(original, pieceChars)) {
    const folded = foldWithMap(from === 0 && to === original.length ? original : original.slice(from, to));
    const text = folded.text;
    // The next line break at or after the last word's end: found once, not once per word.
    let newline = text.indexOf('\n');
    let last = 0;
    eachWord(text, (start, end) => {
      if (newline !== -1 && newline < last) newline = text.indexOf('\n', last);
      if (newline !== -1 && newline < start) lineBreak = true;
      visit(text.slice(start, end), from + (folded.start[start] as number), lineBreak);
      lineBreak = false;
      last = end;
    });
    if (newline !== -1 && newline < last) newline = text.indexOf('\n', last);
    if (newline !== -1) lineBreak = true;
    yield;
  }
}

export interface TokenizedText {
  folded: FoldedText;
  tokens: Token[];
}

export function tokenizeOriginal(original: string): TokenizedText {
  const folded = foldWithMap(original);
  return { folded, tokens: tokenize(folded.text) };
}

const ARABIC = /[\u0600-\u06ff]/;

export function isArabicTerm(term: string): boolean {
  return ARABIC.test(term);
}
