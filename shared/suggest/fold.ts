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

const REMOVED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;

const REPLACED: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // Persian ی
  '\u06A9': '\u0643', // Persian ک
  '\u066A': '%', // ٪
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return REPLACED[ch] ?? ch;
}

export function fold(original: string): Folded {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (REMOVED.test(ch)) continue;
    out.push(foldChar(ch));
    map[n++] = i;
  }
  map[n] = original.length;
  return { original, text: out.join(''), map: map.slice(0, n + 1) };
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
