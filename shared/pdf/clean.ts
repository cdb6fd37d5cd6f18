import { foldPresentationForms } from './presentation-forms';

/**
 * Repairs what PDF text extraction does to Arabic words, then folds presentation forms.
 *
 * - A lam-alef ligature drawn as lam plus a zero-width alef, at the end of a word, comes
 *   out of pdf.js with a space inside ("إل ا" for "إلا"): pdf.js takes the word gap in
 *   twice. A lone alef after a lam is never a word of its own, so the space goes.
 * - The ligature of the name of God (الله) maps to several letters that pdf.js reverses
 *   with the run ("اهلل"); it is put back, with the prefixes it takes (و ف ب ل).
 * - Control characters (glyphs with no character in the font's map come out as U+0000)
 *   and halves of surrogate pairs are not text and are dropped.
 */
const SPLIT_LAM_ALEF = /ل (?=[اأإآ](?:[\s\p{P}]|$))/gu;
const REVERSED_ALLAH = /(^|[^\p{L}\p{M}])([وفبل]?)اهلل(?=$|[^\p{L}\p{M}])/gu;
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanExtracted(text: string): string {
  return foldPresentationForms(text.replace(NOT_TEXT, '')).replace(SPLIT_LAM_ALEF, 'ل').replace(REVERSED_ALLAH, '$1$2الله');
}
