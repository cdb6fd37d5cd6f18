/**
 * What every matcher must know about Arabic script, in one place: which characters are
 * invisible for matching, which letters are spellings of one another, and which digits are
 * decimal digits. Search (`shared/search/fold.ts`), import's markers and fingerprints
 * (`shared/import/fold.ts`) and the suggestion engine (`shared/suggest/fold.ts`) each fold
 * with this table and say there what they leave out and why; before it existed the three
 * copies drifted apart (each had its own list of marks and letters).
 * Stored text is never folded.
 */

/** Inclusive code point range. */
export type CodeRange = readonly [from: number, to: number];

/** Why a character is invisible for matching; folders choose by kind. */
export type InvisibleKind =
  | 'harakat' // vowel marks, tanwin, shadda, sukun and the other Arabic combining marks
  | 'dagger-alef'
  | 'quranic-mark' // honorifics, small high letters and Quranic annotation marks on a letter
  | 'quranic-sign' // the three of U+06D6–06ED that stand alone: ۝ ۞ ۩
  | 'tatweel'
  | 'zero-width' // zero-width space, (non-)joiner, LRM, RLM
  | 'word-joiner'
  | 'bidi-embedding' // LRE, RLE, PDF, LRO, RLO
  | 'bidi-isolate' // LRI, RLI, FSI, PDI
  | 'arabic-letter-mark'
  | 'bom'
  | 'soft-hyphen';

export const INVISIBLE: ReadonlyArray<{ kind: InvisibleKind; ranges: readonly CodeRange[] }> = [
  { kind: 'harakat', ranges: [[0x064b, 0x065f]] },
  { kind: 'dagger-alef', ranges: [[0x0670, 0x0670]] },
  {
    kind: 'quranic-mark',
    ranges: [
      [0x0610, 0x061a],
      [0x06d6, 0x06dc],
      [0x06df, 0x06e8],
      [0x06ea, 0x06ed],
    ],
  },
  {
    kind: 'quranic-sign',
    ranges: [
      [0x06dd, 0x06de],
      [0x06e9, 0x06e9],
    ],
  },
  { kind: 'tatweel', ranges: [[0x0640, 0x0640]] },
  { kind: 'zero-width', ranges: [[0x200b, 0x200f]] },
  { kind: 'word-joiner', ranges: [[0x2060, 0x2060]] },
  { kind: 'bidi-embedding', ranges: [[0x202a, 0x202e]] },
  { kind: 'bidi-isolate', ranges: [[0x2066, 0x2069]] },
  { kind: 'arabic-letter-mark', ranges: [[0x061c, 0x061c]] },
  { kind: 'bom', ranges: [[0xfeff, 0xfeff]] },
  { kind: 'soft-hyphen', ranges: [[0x00ad, 0x00ad]] },
];

export const ALL_INVISIBLE: readonly InvisibleKind[] = INVISIBLE.map((i) => i.kind);

/** Marks written on a letter: a final vowel mark belongs to the word it ends. */
export const MARK_KINDS: readonly InvisibleKind[] = ['harakat', 'dagger-alef', 'quranic-mark', 'tatweel'];

function rangesOf(kinds: readonly InvisibleKind[]): CodeRange[] {
  return INVISIBLE.filter((i) => kinds.includes(i.kind)).flatMap((i) => i.ranges);
}

/**
 * A per-code-unit table (1 = invisible) for the chosen kinds: one array read per character
 * in the hot loops. Every invisible character is in the BMP.
 */
export function invisibleTable(kinds: readonly InvisibleKind[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of rangesOf(kinds)) table.fill(1, from, to + 1);
  return table;
}

/** The chosen kinds as the inside of a regular-expression character class (`[…]`). */
export function invisibleClass(kinds: readonly InvisibleKind[]): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  return rangesOf(kinds)
    .map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`))
    .join('');
}

export type LetterGroup = 'alef' | 'yeh' | 'kaf' | 'heh' | 'teh-marbuta' | 'hamza-seat';

/** Spellings of one letter: each variant is matched as its base. One code unit each way. */
export const LETTER_VARIANTS: ReadonlyArray<{ group: LetterGroup; base: string; variants: string }> = [
  // Hamza above/below, madda, wasla, wavy hamza: written or left out at will.
  { group: 'alef', base: 'ا', variants: 'أإآٱٲٳ' },
  // Alef maqsura, and the Persian/Urdu and Pashto yeh of Persian keyboards.
  { group: 'yeh', base: 'ي', variants: 'ىیې' },
  // Persian keheh and swash kaf.
  { group: 'kaf', base: 'ك', variants: 'کڪ' },
  // The heh shapes of Persian and Urdu keyboards.
  { group: 'heh', base: 'ه', variants: 'ۀہھ' },
  // Often typed as heh (الخارجيه).
  { group: 'teh-marbuta', base: 'ه', variants: 'ة' },
  // Hamza seats: Egypt writes المسئول and شئون where others write المسؤول and شؤون. Both
  // seats fold to the bare hamza, so the two spellings meet (ئ→ي, ؤ→و would keep them apart).
  { group: 'hamza-seat', base: 'ء', variants: 'ئؤ' },
];

export const ALL_LETTER_GROUPS: readonly LetterGroup[] = ['alef', 'yeh', 'kaf', 'heh', 'teh-marbuta', 'hamza-seat'];

/** Variant → base, as single characters, for the chosen groups. */
export function letterFolds(groups: readonly LetterGroup[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { group, base, variants } of LETTER_VARIANTS) {
    if (groups.includes(group)) for (const v of variants) map.set(v, base);
  }
  return map;
}

/** The zero of each decimal digit family; the nine after it follow in order. */
export const ARABIC_DIGIT_ZEROS: readonly number[] = [
  0x0660, // Arabic-Indic ٠
  0x06f0, // Extended Arabic-Indic (Persian, Urdu) ۰
];

export const DIGIT_ZEROS: readonly number[] = [
  ...ARABIC_DIGIT_ZEROS,
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // fullwidth
];

/** The digit's value 0–9 if `code` is a digit of one of `zeros`' families, else -1. */
export function digitValue(code: number, zeros: readonly number[] = DIGIT_ZEROS): number {
  for (const zero of zeros) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}
