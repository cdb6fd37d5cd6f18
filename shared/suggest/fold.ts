/**
 * Rules match a folded copy of the text: Arabic letter variants unified, diacritics,
 * tatweel and invisible direction marks removed, Arabic-Indic and Persian digits turned
 * into ASCII. Folding may delete characters, so it keeps a map from every folded offset
 * back to the original UTF-16 offset; suggestions are always reported in the original.
 */
export interface Folded {
  original: string;
  text: string;
  /** `map[i]` is the original offset of folded character i; `map[text.length]` is the original length. */
  map: Int32Array;
}

/** Diacritics, tatweel, zero-width and direction marks: invisible to the rules. */
function removed(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff ||
    c === 0x00ad
  );
}

function foldCode(c: number): number {
  if (c < 0x00a0) return c;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48; // Persian digits
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0649: // ى
    case 0x06cc: // Persian ی
      return 0x064a;
    case 0x06a9: // Persian ک
      return 0x0643;
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
    if (removed(c)) continue;
    codes[k] = foldCode(c);
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

const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/;

/** Original [start, end) of folded [start, end); diacritics on the last letter stay with the span. */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start] as number;
  if (end <= start) return { start: s, end: s };
  let e = (folded.map[end - 1] as number) + 1;
  while (e < folded.original.length && TRAILING_MARK.test(folded.original[e] as string)) e++;
  return { start: s, end: e };
}
