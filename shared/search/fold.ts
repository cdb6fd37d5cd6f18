/**
 * Arabic-aware folding for search. The stored text is never changed: folding produces a
 * search copy plus a map from every folded code unit back to the original span, so hits
 * found in the copy are highlighted at the right UTF-16 offsets of the original.
 *
 * Bump FOLD_VERSION whenever a rule changes: persisted indexes built with another version
 * are rebuilt.
 */
import { ALL_INVISIBLE, ALL_LETTER_GROUPS, digitValue, invisibleTable, letterFolds } from '../text/arabic-letters';

export const FOLD_VERSION = 2;

/**
 * Every letter variant of the shared table (hamza seats included since version 2, so
 * المسؤول finds المسئول), plus Greek final sigma, which folds with sigma as case folding does.
 */
const REPLACE = new Map<number, string>([
  ...[...letterFolds(ALL_LETTER_GROUPS)].map(([variant, base]) => [variant.charCodeAt(0), base] as const),
  [0x03c2, 'σ'],
]);

/**
 * Removed entirely: every invisible kind of the shared table (diacritics, Quranic marks,
 * tatweel, zero-width, bidi embeddings and isolates, U+061C, BOM, soft hyphen), all of which
 * scraped pages leave inside words. Not the Quranic signs ۝ ۞ ۩: they are visible symbols
 * standing between words, and removing them would join the words around them.
 */
const REMOVED_CHARS = invisibleTable(ALL_INVISIBLE.filter((kind) => kind !== 'quranic-sign'));

function isRemoved(code: number): boolean {
  return code < 0x10000 && REMOVED_CHARS[code] === 1;
}

function isLatinWithMarks(code: number): boolean {
  return (code >= 0x00c0 && code <= 0x024f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** Arabic presentation forms (scraped from old PDFs) decompose to ordinary letters. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

const COMBINING = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

/** The folded form of one character (one code point), possibly empty or longer. */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0) as number;
  // ASCII letters and digits are the bulk of English text: keep that path short.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  const replaced = REPLACE.get(code);
  if (replaced !== undefined) return replaced;
  if (isRemoved(code)) return '';
  // Every decimal digit family: a search for 75 should find it however the page wrote it.
  const digit = digitValue(code);
  if (digit >= 0) return String(digit);
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (isPresentationForm(code)) {
    out = [...ch.normalize('NFKC')].map(foldChar).join('');
  } else if (isLatinWithMarks(code)) {
    out = ch.normalize('NFD').toLowerCase().replace(COMBINING, '').normalize('NFC');
  } else {
    out = ch.toLowerCase();
    // Lower-casing may add a combining dot (İ → i̇); it is not part of the letter for search.
    if (out.length !== ch.length) out = out.replace(COMBINING, '');
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The search copy. */
  text: string;
  /** For folded code unit i: the original span [start[i], end[i]) it came from. */
  start: Int32Array;
  end: Int32Array;
}

/**
 * Per BMP code unit: the single code unit it folds to (≥ 0), REMOVED, or COMPLEX (folds to
 * several units, or is a surrogate). Filled on first sight, so folding a long text is one
 * table lookup per character instead of a string operation.
 */
const UNKNOWN = -3;
const COMPLEX = -2;
const REMOVED = -1;
const table = new Int32Array(0x10000).fill(UNKNOWN);

function lookup(code: number): number {
  let value = table[code] as number;
  if (value !== UNKNOWN) return value;
  if (code >= 0xd800 && code <= 0xdfff) value = COMPLEX;
  else {
    const folded = foldChar(String.fromCharCode(code));
    value = folded.length === 0 ? REMOVED : folded.length === 1 ? folded.charCodeAt(0) : COMPLEX;
  }
  table[code] = value;
  return value;
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const CHUNK = 8192;
/**
 * Native decoding, ~5× String.fromCharCode; it would turn a lone surrogate into U+FFFD, hence `lone`.
 * It refuses inputs of a few hundred MB ("The encoded data was not valid for encoding
 * utf-16le", seen at 200 M units), so it is given at most DECODE_UNITS at a time.
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const DECODE_UNITS = 1 << 22;

function decode(units: Uint16Array, length: number, lone: boolean): string {
  let out = '';
  if (!lone) {
    for (let i = 0; i < length; i += DECODE_UNITS) out += UTF16.decode(units.subarray(i, Math.min(length, i + DECODE_UNITS)));
    return out;
  }
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * Folds `original` and keeps the index map. Characters removed by folding (diacritics,
 * tatweel) widen the span of the folded unit before them, so a hit on a word still covers
 * its final vowel mark in the original.
 */
export function foldWithMap(original: string): FoldedText {
  let capacity = original.length + 16;
  let units = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let n = 0;
  let i = 0;
  let lone = false;
  const length = original.length;
  while (i < length) {
    const code = original.charCodeAt(i);
    const value = lookup(code);
    if (value >= 0) {
      units[n] = value;
      start[n] = i;
      end[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if (value === REMOVED) {
      if (n > 0) end[n - 1] = i + 1;
      i++;
      continue;
    }
    const point = original.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    if (point >= 0xd800 && point <= 0xdfff) lone = true;
    const folded = foldChar(String.fromCodePoint(point));
    if (folded.length === 0 && n > 0) end[n - 1] = i + width;
    if (n + folded.length > capacity) {
      // Ligatures such as ﷺ expand to whole words.
      capacity = capacity * 2 + folded.length;
      units = grow(units, new Uint16Array(capacity));
      start = grow(start, new Int32Array(capacity));
      end = grow(end, new Int32Array(capacity));
    }
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      start[n] = i;
      end[n] = i + width;
      n++;
    }
    i += width;
  }
  return { text: decode(units, n, lone), start: start.subarray(0, n), end: end.subarray(0, n) };
}

/** Folds without keeping a map: for index building and query terms. Same rules, same result. */
export function fold(original: string): string {
  return foldWithMap(original).text;
}

/**
 * How much text is folded at once when a whole document is read for search. Folding keeps
 * ten bytes per character (the copy and its map), so a document of hundreds of millions
 * of characters is folded piece by piece instead of all at once.
 */
export const FOLD_CHUNK_CHARS = 1 << 20;

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Where the piece of `text` that starts at `from` ends, at most `max` units on. It ends
 * after a line break when there is one in its second half (a phrase or a hit never spans a
 * line break, so nothing found changes), else after a space (a word never spans one: both
 * fold to themselves), else at any character boundary, which only a "word" longer than
 * half a piece can straddle.
 */
export function pieceEnd(text: string, from: number, max = FOLD_CHUNK_CHARS): number {
  const limit = from + Math.max(2, max);
  if (limit >= text.length) return text.length;
  const half = from + Math.max(1, max >> 1);
  for (let i = limit - 1; i >= half; i--) if (text.charCodeAt(i) === NEWLINE) return i + 1;
  for (let i = limit - 1; i >= half; i--) if (text.charCodeAt(i) === SPACE) return i + 1;
  const code = text.charCodeAt(limit);
  // Never between the two halves of a surrogate pair.
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** The pieces [start, end) that `pieceEnd` cuts a text into, in order. */
export function* pieces(text: string, max = FOLD_CHUNK_CHARS): Generator<[number, number]> {
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start, max);
    yield [start, end];
    start = end;
  }
}

/** The original UTF-16 span of folded units [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.start[from] as number, end: folded.end[to - 1] as number };
}
