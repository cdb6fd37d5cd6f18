import { type FoldedText, fold, foldWithMap } from './fold';

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
