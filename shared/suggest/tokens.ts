import { SPACE } from './code-units';

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

// Words keep inner apostrophes and hyphens between letters (O'Connell, al-Sisi, forty-eight);
// numbers keep inner separators between digits (1,200 · 7.6 · 8٫5 · 1٬200).
// Arabic and Latin letters never join into one word (وArticle → و + Article).
const NON_ARABIC_LETTER = '[[\\p{L}\\p{M}]--[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]]';
// The v flag allows the class subtraction above (letters that are not Arabic).
const TOKEN = new RegExp(
  `[\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]+|${NON_ARABIC_LETTER}+(?:['’\\-]${NON_ARABIC_LETTER}+)*|\\d+(?:[.,\\u066B\\u066C]\\d+)*|\\n|[^\\s]`,
  'yv',
);
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
/**
 * Where TOKEN's search skips: white space other than the line break. At any other position
 * one of its alternatives matches (the last takes any non-space character), so a sticky
 * match from the first position not skipped finds what a searching one would, without a
 * match array per token.
 */
const SKIPPED = SPACE.map((space, c) => (c === 0x0a ? 0 : space));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let start = 0; start < n; start = TOKEN.lastIndex) {
    while (start < n && SKIPPED[text.charCodeAt(start)] === 1) start++;
    if (start === n) break;
    TOKEN.lastIndex = start;
    if (!TOKEN.test(text)) throw new Error(`tokenize: nothing matched at ${start}`);
    const t = text.slice(start, TOKEN.lastIndex);
    const first = t.charCodeAt(0);
    // Arabic letters only: ، ؛ ؟ sit in the same block but are punctuation.
    const arabic =
      (first >= 0x0621 && first <= 0x064a) ||
      (first >= 0x066e && first <= 0x06d3) ||
      (first >= 0x06fa && first <= 0x06ff) ||
      (first >= 0x0750 && first <= 0x077f) ||
      (first >= 0x08a0 && first <= 0x08ff);
    const kind: Token['kind'] =
      t === '\n' ? 'newline' : first >= 48 && first <= 57 ? 'number' : arabic || (t.length > 1 ? true : LETTER.test(t)) ? 'word' : 'punct';
    tokens.push({
      index: tokens.length,
      start,
      end: start + t.length,
      text: t,
      lower: arabic ? t : t.toLowerCase(),
      kind,
      arabic: kind === 'word' && arabic,
      capitalized: kind === 'word' && !arabic && UPPER.test(t[0] as string),
    });
  }
  return tokens;
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
  const first = w.charCodeAt(0);
  if (first !== 0x0648 && first !== 0x0641) return w; // و، ف
  // The rules ask this of the same words many times per document: one copy of each, kept.
  let bare = STRIPPED.get(w);
  if (bare === undefined) {
    if (STRIPPED.size >= STRIPPED_LIMIT) STRIPPED.clear();
    bare = w.slice(1);
    STRIPPED.set(w, bare);
  }
  return bare;
}
const STRIPPED = new Map<string, string>();
/** A document's vocabulary fits many times over; a long session's worker does not grow without end. */
const STRIPPED_LIMIT = 50_000;

/** The token's lower-cased text, or '' past either end of the token list. */
export function lower(t: Token | undefined): string {
  return t ? t.lower : '';
}
