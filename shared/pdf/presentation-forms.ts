/**
 * Arabic (and Latin) presentation forms back to the letters they draw. PDFs made by Word,
 * InDesign or a browser often map each shaped glyph to its presentation form (U+FE8D
 * "alef, isolated form") instead of the letter (U+0627), so search, suggestions and exports
 * would see strange characters. NFKC is applied to these blocks only: everything else
 * (full-width digits, superscripts, ª, the Latin text around) is left exactly as it was.
 *
 * - U+FB00–U+FB06: Latin ligatures (ﬁ → fi), which Latin PDFs use the same way.
 * - U+FB50–U+FDFF: Arabic Presentation Forms-A (ligatures such as ﷲ → الله).
 * - U+FE70–U+FEFE: Arabic Presentation Forms-B (ﻻ → لا: lam-alef becomes two letters).
 * U+FEFF (byte-order mark) is not a letter form and is left alone.
 */
const FORMS = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFE]/gu;
/** A vowel sign's isolated or medial form decomposes to space or tatweel + the sign. */
const CARRIER_BEFORE_MARK = /^[\u0020\u0640](?=\p{M})/u;

const cache = new Map<string, string>();

function baseOf(form: string): string {
  let base = cache.get(form);
  if (base === undefined) {
    // The sign sits on the letter before it in the PDF; a space or tatweel would split the word.
    base = form.normalize('NFKC').replace(CARRIER_BEFORE_MARK, '');
    cache.set(form, base);
  }
  return base;
}

export function foldPresentationForms(text: string): string {
  return text.replace(FORMS, baseOf);
}
