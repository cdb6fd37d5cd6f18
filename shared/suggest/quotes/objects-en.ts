import { EN_VERBS } from '../lexicon/en';
import { lower, type Token } from '../tokens';
import { thatAfterNamedObject } from './named-object-en';

/** Objects and adverbials between an English reporting verb and its clause. */

export const ADVERBIAL_PREPS = new Set(
  'on in at during after before via through from late early with to while outside inside near'.split(' '),
);
export const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later previously recently last this next week month year overnight'.split(
    ' ',
  ),
);

const OBJECT_PRONOUNS = new Set('him her them us me you reporters journalists lawmakers investors analysts parliament congress'.split(' '));
export const OBJECT_DETERMINERS = new Set('the a an his her their its our'.split(' '));
export const SUBJECT_PRONOUNS = new Set('he she they we i it'.split(' '));
const DAY_PARTS = new Set('morning afternoon evening night'.split(' '));
const SUBJECT_START = new Set('he she they it we i you there this that these those'.split(' '));
const MEDIA_NOUNS = new Set(
  'broadcaster newspaper agency channel radio station daily outlet website network magazine programme program show podcast television tv paper'.split(
    ' ',
  ),
);

const gluedNumber = (tokens: Token[], e: number) =>
  (tokens[e] as Token).kind === 'number' &&
  e > 0 &&
  (tokens[e - 1] as Token).capitalized &&
  (tokens[e - 1] as Token).end === (tokens[e] as Token).start;

/** The token after a preposition's object: "on Thursday", "at a news conference", "in Geneva", "via X". */
export function prepositionObjectEnd(tokens: Token[], k: number, last: number): number {
  let m = k;
  if (TIME_WORDS.has(lower(tokens[m]))) {
    m++;
    while (m <= last && DAY_PARTS.has(lower(tokens[m]))) m++;
    return m;
  }
  if (OBJECT_DETERMINERS.has(lower(tokens[m]))) m++;
  if ((tokens[m] as Token | undefined)?.capitalized) {
    while (m <= last && (tokens[m] as Token).kind === 'word' && (tokens[m] as Token).capitalized) m++;
    return m;
  }
  let n = 0;
  while (m <= last && n < 3) {
    const w = tokens[m] as Token;
    if (
      w.kind !== 'word' ||
      w.capitalized ||
      SUBJECT_START.has(w.lower) ||
      OBJECT_DETERMINERS.has(w.lower) ||
      w.lower === 'that' ||
      EN_VERBS.has(w.lower)
    )
      break;
    if (n > 0 && (ADVERBIAL_PREPS.has(w.lower) || w.lower === 'of')) break;
    m++;
    n++;
  }
  return m;
}

/**
 * The token after the object of told/informed/assured: "told reporters", "told the
 * Gazette", "told state broadcaster ERT", "told him". When "that" follows within a few
 * words, it is where the clause starts.
 */
export function objectEnd(tokens: Token[], k: number, last: number): number {
  for (let m = k; m <= last && m - k < 7 && (tokens[m] as Token).kind === 'word'; m++) if (lower(tokens[m]) === 'that') return m;
  const named = thatAfterNamedObject(tokens, k, last);
  if (named > k) return named;
  let m = k;
  const t = tokens[m];
  if (!t || t.kind !== 'word') return k;
  if (OBJECT_PRONOUNS.has(t.lower)) return m + 1;
  if (OBJECT_DETERMINERS.has(t.lower)) m++;
  const capitalRun = (from: number) => {
    let e = from;
    // "News24": a number glued to the name is part of it.
    while (e <= last && (((tokens[e] as Token).kind === 'word' && (tokens[e] as Token).capitalized) || gluedNumber(tokens, e))) e++;
    // "the Bild newspaper", "the Guardian website".
    return MEDIA_NOUNS.has(lower(tokens[e])) && e <= last ? e + 1 : e;
  };
  if ((tokens[m] as Token | undefined)?.capitalized) return capitalRun(m);
  // Lower-case object: "a local radio station", "state broadcaster ERT".
  let n = 0;
  while (m <= last && n < 4) {
    const w = tokens[m] as Token;
    if (w.kind !== 'word' || w.capitalized || SUBJECT_START.has(w.lower) || OBJECT_DETERMINERS.has(w.lower) || w.lower === 'that') break;
    // "told a news conference in Regina": a preposition ends the object; where it was said follows.
    if (n > 0 && /^(in|at|on|from|outside|after|before|during)$/.test(w.lower)) break;
    m++;
    n++;
    if (MEDIA_NOUNS.has(w.lower) && (tokens[m] as Token | undefined)?.capitalized) return capitalRun(m);
  }
  return n > 0 ? m : k;
}
