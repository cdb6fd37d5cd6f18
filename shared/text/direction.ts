import { z } from 'zod';
import { lineBounds } from './words';

export const Direction = z.enum(['rtl', 'ltr']);
export type Direction = z.infer<typeof Direction>;

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF]/u; // پ چ ژ گ: absent from Arabic
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/u;
const HEBREW_LETTER = /[\u0590-\u05FF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'ckb', 'dv']);

export interface LanguageGuess {
  lang: string;
  dir: Direction;
}

export function directionOf(lang: string): Direction {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Script-based guess over the first 20,000 characters. Persian letters such as ی and ک
 * also turn up in Arabic pages (keyword lines typed on Persian keyboards), so Persian is
 * only chosen when the letters unique to it are common, not merely present.
 */
export function detectLanguage(text: string): LanguageGuess {
  let arabic = 0;
  let persian = 0;
  let urdu = 0;
  let hebrew = 0;
  let latin = 0;
  const sample = text.slice(0, 20_000);
  for (const ch of sample) {
    if (ARABIC_LETTER.test(ch)) {
      arabic++;
      if (PERSIAN_ONLY.test(ch)) persian++;
      else if (URDU_ONLY.test(ch)) urdu++;
    } else if (HEBREW_LETTER.test(ch)) hebrew++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  const letters = arabic + hebrew + latin;
  if (letters === 0) return { lang: 'und', dir: 'ltr' };
  if (arabic >= hebrew && arabic >= latin) {
    if (urdu > arabic * 0.01) return { lang: 'ur', dir: 'rtl' };
    if (persian > arabic * 0.005) return { lang: 'fa', dir: 'rtl' };
    return { lang: 'ar', dir: 'rtl' };
  }
  if (hebrew >= latin) return { lang: 'he', dir: 'rtl' };
  return { lang: 'en', dir: 'ltr' };
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;

/**
 * The direction `dir="auto"` gives a paragraph: that of its first strong letter (Unicode
 * bidi rules P2–P3). Digits, punctuation and marks are weak and skipped, so «2024: قال»
 * is right-to-left. Null when the text has no letter at all.
 */
export function firstStrongDirection(text: string): Direction | null {
  for (const ch of text) {
    // The invisible marks count as strong, as they do for the browser: RLM and ALM, LRM.
    if (ch === '\u200F' || ch === '\u061C') return 'rtl';
    if (ch === '\u200E') return 'ltr';
    if (!LETTER.test(ch)) continue;
    return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
  }
  return null;
}

/** The laid-out direction of the paragraph (line) holding `offset`, or `fallback` without letters. */
export function paragraphDirectionAt(text: string, offset: number, fallback: Direction): Direction {
  const { start, end } = lineBounds(text, offset);
  return firstStrongDirection(text.slice(start, end)) ?? fallback;
}
