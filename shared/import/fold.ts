/**
 * Folding for *matching* only (markers, fingerprints); stored text is never folded.
 * Scraped Arabic spells the same word many ways: with or without hamza and tanween
 * (اقرأ أيضاً / اقرا ايضا), with tatweel, or typed on a Persian keyboard (ی, ک).
 */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LETTERS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ې': 'ي',
  'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك',
  'ڪ': 'ك',
  'ھ': 'ه',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function foldArabic(text: string): string {
  return text
    .replace(DIACRITICS, '')
    .replace(LETTER_PATTERN, (ch) => LETTERS[ch] ?? ch)
    .replace(EASTERN_DIGITS, (ch) => String((ch.charCodeAt(0) & 0xf) % 10));
}

/** Folded, lower-cased, with runs of spaces collapsed: what marker patterns are written against. */
export function foldForMatch(text: string): string {
  return foldArabic(text.normalize('NFC')).toLowerCase().replace(/[\s\u00A0\u200B-\u200F\u2066-\u2069]+/gu, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of folded text, for fingerprints. */
export function foldedWords(text: string): string[] {
  return foldArabic(text).toLowerCase().match(WORD) ?? [];
}
