/**
 * Folding for *matching* only (markers, fingerprints); stored text is never folded.
 * Scraped Arabic spells the same word many ways: with or without hamza and tanween
 * (اقرأ أيضاً / اقرا ايضا), with tatweel, or typed on a Persian keyboard (ی, ک). The
 * letters and marks come from the shared table, as search's do.
 */
import { ALL_LETTER_GROUPS, ARABIC_DIGIT_ZEROS, MARK_KINDS, digitValue, invisibleClass, letterFolds } from '../text/arabic-letters';

/** Marks written on letters only: zero-width and direction marks are spaces here (see foldForMatch). */
const MARKS = new RegExp(`[${invisibleClass(MARK_KINDS)}]`, 'gu');
/**
 * Hamza seats keep the spelling import always gave them (ئ→ي, ؤ→و), not search's bare
 * hamza: fingerprints are stored with each document, and a changed fold would move old
 * and new fingerprints of one article apart, so a re-import would no longer be seen.
 */
const LETTERS = new Map([...letterFolds(ALL_LETTER_GROUPS.filter((g) => g !== 'hamza-seat')), ['ئ', 'ي'], ['ؤ', 'و']]);
const LETTER_PATTERN = new RegExp(`[${[...LETTERS.keys()].join('')}]`, 'gu');
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

export function foldArabic(text: string): string {
  return text
    .replace(MARKS, '')
    .replace(LETTER_PATTERN, (ch) => LETTERS.get(ch) ?? ch)
    .replace(ARABIC_DIGITS, (ch) => String(digitValue(ch.charCodeAt(0), ARABIC_DIGIT_ZEROS)));
}

/** Folded, lower-cased, with runs of spaces collapsed: what marker patterns are written against. */
export function foldForMatch(text: string): string {
  return foldArabic(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s\u00A0\u200B-\u200F\u2066-\u2069]+/gu, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of folded text, for fingerprints. */
export function foldedWords(text: string): string[] {
  return foldArabic(text).toLowerCase().match(WORD) ?? [];
}
