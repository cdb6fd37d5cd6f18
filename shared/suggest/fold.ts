/**
 * Rules match a folded copy of the text: Arabic letter variants unified, diacritics,
 * tatweel and invisible direction marks removed, Arabic-Indic and Persian digits turned
 * into ASCII. Folding may delete characters, so it keeps a map from every folded offset
 * back to the original UTF-16 offset; suggestions are always reported in the original.
 */
import {
  ALL_INVISIBLE,
  ARABIC_DIGIT_ZEROS,
  MARK_KINDS,
  digitValue,
  invisibleClass,
  invisibleTable,
  letterFolds,
} from '../text/arabic-letters';
import { codeUnitTable } from './code-units';

export interface Folded {
  original: string;
  text: string;
  /** `map[i]` is the original offset of folded character i; `map[text.length]` is the original length. */
  map: Int32Array;
}

/**
 * Invisible to the rules: every kind in the shared table but the Quranic signs, which are
 * visible symbols between words.
 */
const REMOVED = invisibleTable(ALL_INVISIBLE.filter((kind) => kind !== 'quranic-sign'));

/**
 * Alef, yeh and kaf spellings only. Heh/teh marbuta and hamza seats stay: the rules'
 * patterns spell ة, ئ and ؤ literally (and ة tells a feminine noun from a pronoun).
 */
const LETTERS = new Map([...letterFolds(['alef', 'yeh', 'kaf'])].map(([variant, base]) => [variant.charCodeAt(0), base.charCodeAt(0)]));

function foldCode(c: number): number {
  if (c < 0x00a0) return c;
  const digit = digitValue(c, ARABIC_DIGIT_ZEROS);
  if (digit >= 0) return 48 + digit;
  const letter = LETTERS.get(c);
  if (letter !== undefined) return letter;
  switch (c) {
    case 0x066a: // ٪
      return 0x25;
    case 0x00a0:
    case 0x2009:
    case 0x202f:
    case 0x2007:
      return 0x20;
    default:
      return c;
  }
}

/** foldCode for every code unit, looked up once per character in the hot loop. */
const FOLDED = Uint16Array.from({ length: 0x10000 }, (_, c) => foldCode(c));

// Code units are already UTF-16; decoding them as UTF-16LE turns the buffer back into a
// string without one function call per character. (Unpaired surrogates cannot occur:
// folding never splits a pair.)
const UTF16 = new TextDecoder('utf-16le');

export function fold(original: string): Folded {
  const n = original.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (REMOVED[c] === 1) continue;
    codes[k] = FOLDED[c] as number;
    map[k++] = i;
  }
  map[k] = n;
  const text = UTF16.decode(codes.subarray(0, k));
  return { original, text, map: map.slice(0, k + 1) };
}

/** Folds a lexicon entry the same way, so lexicons may be written with hamzas and diacritics. */
export function foldWord(word: string): string {
  return fold(word).text;
}

/** Per UTF-16 code unit: asked after every suggestion's end. */
const TRAILING_MARK = codeUnitTable(new RegExp(`[${invisibleClass(MARK_KINDS)}]`, 'u'));

/** Original [start, end) of folded [start, end); diacritics on the last letter stay with the span. */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start] as number;
  if (end <= start) return { start: s, end: s };
  let e = (folded.map[end - 1] as number) + 1;
  while (e < folded.original.length && TRAILING_MARK[folded.original.charCodeAt(e)] === 1) e++;
  return { start: s, end: e };
}
