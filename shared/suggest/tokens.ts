import { codeUnitTable, SPACE } from './code-units';
import { tokenEnd } from './token-scan';

/** A token of the folded text. Offsets are folded offsets. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, computed once (lexicon lookups are case-insensitive for Latin words). */
  lower: string;
  /** word, number, punctuation, or line break (a paragraph boundary). */
  kind: 'word' | 'number' | 'punct' | 'newline';
  /** Only for words: written in Arabic script. */
  arabic: boolean;
  /** Only for Latin words: starts with a capital letter. */
  capitalized: boolean;
}

const LETTER = codeUnitTable(/[\p{L}\p{M}]/u);
const UPPER = codeUnitTable(/\p{Lu}/u);
/** Where a search for the next token skips: white space other than the line break. */
const SKIPPED = SPACE.map((space, c) => (c === 0x0a ? 0 : space));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let end = 0;
  for (let start = 0; start < n; start = end) {
    while (start < n && SKIPPED[text.charCodeAt(start)] === 1) start++;
    if (start === n) break;
    end = tokenEnd(text, start);
    const t = text.slice(start, end);
    const first = t.charCodeAt(0);
    // Arabic letters only: ، ؛ ؟ sit in the same block but are punctuation.
    const arabic =
      (first >= 0x0621 && first <= 0x064a) ||
      (first >= 0x066e && first <= 0x06d3) ||
      (first >= 0x06fa && first <= 0x06ff) ||
      (first >= 0x0750 && first <= 0x077f) ||
      (first >= 0x08a0 && first <= 0x08ff);
    const kind: Token['kind'] =
      t === '\n' ? 'newline' : first >= 48 && first <= 57 ? 'number' : arabic || t.length > 1 || LETTER[first] === 1 ? 'word' : 'punct';
    tokens.push({
      index: tokens.length,
      start,
      end: start + t.length,
      text: t,
      lower: arabic ? t : lowerCase(t),
      kind,
      arabic: kind === 'word' && arabic,
      capitalized: kind === 'word' && !arabic && UPPER[first] === 1,
    });
  }
  return tokens;
}

/**
 * t.toLowerCase(), called only when t holds a code unit that might change: most tokens are
 * lower-case words, digits or punctuation (، « » “ —), which lower-case to themselves.
 */
function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // ASCII and Latin-1 punctuation change only at A–Z; the Arabic block and general punctuation have no case.
    if (c < 0xc0 ? c >= 0x41 && c <= 0x5a : (c < 0x0600 || c > 0x06ff) && (c < 0x2000 || c > 0x206f)) return t.toLowerCase();
  }
  return t;
}

/** True when nothing but spaces or tabs separates the two offsets (no line break). */
export function adjacent(text: string, end: number, start: number): boolean {
  for (let i = end; i < start; i++) {
    // Code units, not one-character strings: past the end charCodeAt is NaN, which is no space either.
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** A folded Arabic word without a leading و or ف conjunction ("وأضاف" → "أضاف"); short words keep theirs. */
export function stripWa(w: string): string {
  if (w.length <= 2) return w;
  // The first code unit, not a one-character string: و (U+0648) or ف (U+0641).
  const first = w.charCodeAt(0);
  return first === 0x0648 || first === 0x0641 ? w.slice(1) : w;
}

/** The token's lower-cased text, or '' past either end of the token list. */
export function lower(t: Token | undefined): string {
  return t ? t.lower : '';
}
