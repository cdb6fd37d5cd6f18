import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';

/**
 * Numbers that label something rather than count it, found by the word around them (the
 * guidelines: names holding digits, ordinals, scorelines are no figures). Marks them in
 * `blocked` (token flags), as identifiers.ts does for other names.
 */

/** A lower-case classifier right before a number makes it a label: type 2 diabetes, a category 4 storm, stage 3. */
const EN_CLASSIFIERS = new Set(words('type category grade stage tier level class version'));
/** Arabic classifiers: الجولة 13 (the thirteenth round), المرحلة 2, الفئة 3. */
const AR_CLASSIFIERS = foldedSet(words('الجولة الجوله المرحلة الفئة النسخة'));
/** A place named by a number: حي 500 مسكن، الحارة ١٧، مدرسة 30 يونيو، ساحة أول ماي. */
const AR_PLACE_WORDS = foldedSet(words('حي الحي بحي وحي حارة الحارة بالحارة مدرسة بمدرسة ساحة بساحة شارع بشارع الشارع'));
/** Capitalized words that close a law's title before its year: the Finance Act, 2022; the Reform Act of 1995. */
const EN_LAW_WORDS = new Set(words('Act Law Code Ordinance Regulations Rules Bill Decree'));
/** Street suffixes: 410 Main St, 1450 Harbor Road. */
const STREET_WORDS = new Set(
  words('Street St Road Rd Avenue Ave Boulevard Blvd Lane Ln Drive Dr Way Place Pl Court Ct Highway Hwy Parkway Terrace'),
);
const isDigits = (t: Token | undefined) => !!t && t.kind === 'number' && /^\d+([.,]\d+)?$/.test(t.text);
const isYear = (t: Token | undefined) => !!t && t.kind === 'number' && /^(19|20)\d\d$/.test(t.text);

export function blockLabels(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    // "410 Main St", "1450 Harbor Road": a house number before one or two capitalized words and a street word.
    if (isDigits(t) && !t.arabic) {
      for (let k = i + 1; k <= i + 3; k++) {
        const w = tokens[k];
        if (!w || w.kind !== 'word' || !w.capitalized) break;
        if (k > i + 1 && STREET_WORDS.has(w.text)) {
          blocked[i] = 1;
          break;
        }
      }
    }
    if (prev.kind !== 'word') continue;
    if (prev.arabic) {
      if (AR_PLACE_WORDS.has(prev.text) && (t.kind === 'number' || t.text === 'أول' || t.text === 'اول')) {
        blocked[i] = 1;
        // مدرسة 30 يونيو: the month after the number is part of the name too.
        if (tokens[i + 1]?.arabic) blocked[i + 1] = 1;
      }
      // الجولة الـ15: the article glued to the digits leaves the classifier one token further back.
      const classifier = prev.text === 'ال' && prev.end === t.start ? tokens[i - 2] : prev;
      if (isDigits(t) && AR_CLASSIFIERS.has(classifier?.text ?? '')) blocked[i] = 1;
      continue;
    }
    if (isDigits(t) && EN_CLASSIFIERS.has(prev.text)) blocked[i] = 1;
    if (isYear(t)) {
      // "the Finance Act, 2022", "the Reform Act of 1995", "the Companies Act 2006".
      const head = prev.text === 'of' || prev.text === ',' ? tokens[i - 2] : prev;
      if (head && EN_LAW_WORDS.has(head.text)) blocked[i] = 1;
    }
  }
  // The loop above looks one word back; "," before a law's year is a token too. (Arabic writers
  // do mark a law's year, قانون الموازنة لعام 2025, so only the English title is a name.)
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isYear(t) && tokens[i - 1]?.text === ',' && EN_LAW_WORDS.has(tokens[i - 2]?.text ?? '')) blocked[i] = 1;
  }
}
