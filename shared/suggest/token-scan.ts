// Where a token ends, read off tables instead of a regular expression per token. The rule is
// TOKEN_PATTERN below (its alternatives tried in order); tokenEnd gives what a sticky match
// of it from `start` gives, a little faster on every one of a document's tokens.
import { codeUnitTable } from './code-units';

// Words keep inner apostrophes and hyphens between letters (O'Connell, al-Sisi, forty-eight);
// numbers keep inner separators between digits (1,200 · 7.6 · 8٫5 · 1٬200).
// Arabic and Latin letters never join into one word (وArticle → و + Article).
const ARABIC_LETTERS = '[\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]';
// The v flag allows the class subtraction (letters that are not Arabic).
const OTHER_LETTERS = '[[\\p{L}\\p{M}]--[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]]';
export const TOKEN_PATTERN = new RegExp(
  `${ARABIC_LETTERS}+|${OTHER_LETTERS}+(?:['’\\-]${OTHER_LETTERS}+)*|\\d+(?:[.,\\u066B\\u066C]\\d+)*|\\n|[^\\s]`,
  'yv',
);

const ARABIC = codeUnitTable(new RegExp(ARABIC_LETTERS, 'u'));
const OTHER = codeUnitTable(new RegExp(OTHER_LETTERS, 'v'));
/** A letter outside the Basic Multilingual Plane (a surrogate pair), tested whole. */
const OTHER_ASTRAL = new RegExp(`^${OTHER_LETTERS}$`, 'v');

/** Code units of the non-Arabic letter at i (1, or 2 for a pair), 0 when there is none. */
function otherLetter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (OTHER[c] === 1) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff && OTHER_ASTRAL.test(text.slice(i, i + 2))) return 2;
  }
  return 0;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** End of the token starting at `start`, a position that is not white space other than a line break. */
export function tokenEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  let e = start;
  if (ARABIC[c] === 1) {
    do e++;
    while (ARABIC[text.charCodeAt(e)] === 1);
    return e;
  }
  let step = otherLetter(text, e);
  if (step > 0) {
    for (;;) {
      while (step > 0) {
        e += step;
        step = otherLetter(text, e);
      }
      const joiner = text.charCodeAt(e);
      if (joiner !== 0x27 && joiner !== 0x2019 && joiner !== 0x2d) return e; // ' ’ -
      step = otherLetter(text, e + 1);
      if (step === 0) return e;
      e++;
    }
  }
  if (isDigit(c)) {
    for (;;) {
      do e++;
      while (isDigit(text.charCodeAt(e)));
      const mark = text.charCodeAt(e);
      if ((mark !== 0x2e && mark !== 0x2c && mark !== 0x066b && mark !== 0x066c) || !isDigit(text.charCodeAt(e + 1))) return e; // . , ٫ ٬
      e++;
    }
  }
  // A line break, or any other one character (a surrogate pair is one).
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(start + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return start + 2;
  }
  return start + 1;
}
