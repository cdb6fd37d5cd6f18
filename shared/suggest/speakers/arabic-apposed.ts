import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_TIME_WORDS } from '../lexicon/ar';
import type { Analysis } from '../types';
import type { Token } from '../tokens';
import type { Parsed } from './arabic';
import { STATEMENT_EVENTS, isDefinite, isInstitution, isRecipient, isTitle, isVerb } from './arabic-words';

// Names between commas after a title whose first word looks like something else: a manner
// participle (مُفعِلاً) or a preposition glued to a noun (ل، ب). Used by the subject reader (arabic-subject.ts).

/**
 * "، نورا سمير دياب،": a whole chunk of two to four Arabic words whose second is a given name or a
 * name particle (a first name, then the father's): a name, whatever its first word looks like.
 */
export function nameOfThree(a: Analysis, cs: number, ce: number): boolean {
  if (ce - cs < 1 || ce - cs > 3) return false;
  const words = a.tokens.slice(cs, ce + 1);
  if (!words.every((t) => t.kind === 'word' && t.arabic)) return false;
  const second = (words[1] as Token).text;
  return AR_GIVEN_NAMES.has(second) || AR_NAME_PARTICLES.has(second);
}

/**
 * "الناطق باسم الوكالة، لوران ميشو، إن": after a person's title with no name yet, a chunk of two or
 * three words without the article, none a body, title or statement, is a foreign name that happens to
 * begin with ل or ب, not a phrase (لوكالة رويترز، لصحيفة محلية have a body's or a feminine noun first).
 */
export function foreignNameChunk(a: Analysis, cs: number, ce: number, result: Parsed): boolean {
  if (result.name || !result.role || ce - cs < 1 || ce - cs > 2) return false;
  const head = (a.tokens[result.role[0]] as Token).text;
  if (!isTitle(head) || isInstitution(head)) return false;
  const words = a.tokens.slice(cs, ce + 1);
  return words.every((t, i) => {
    const w = t.text;
    if (t.kind !== 'word' || !t.arabic || isDefinite(w) || w.endsWith('ة') || isVerb(w) || isRecipient(w)) return false;
    const bare = i === 0 ? w.slice(1) : w;
    return !isInstitution(bare) && !isTitle(bare) && !STATEMENT_EVENTS.has(bare) && !isRecipient(bare) && !AR_TIME_WORDS.has(w);
  });
}
