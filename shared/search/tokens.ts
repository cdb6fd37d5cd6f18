import { type FoldedText, fold, foldWithMap } from './fold';

export interface Token {
  term: string;
  /** Offsets into the folded text. */
  start: number;
  end: number;
}

/** Letters, digits and the marks that belong to them (after folding, Arabic marks are gone). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits folded text into words. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) {
    tokens.push({ term: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the folded words of some original text, e.g. for the index or a query. */
export function terms(original: string): string[] {
  return fold(original).match(WORD) ?? [];
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
