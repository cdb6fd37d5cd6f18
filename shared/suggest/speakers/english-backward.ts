/**
 * Reading a speaker's phrase backwards from the word before a reporting verb ("the council chair
 * Maria Lopez said"): where the phrase starts, and how it splits into role and name. Kept apart
 * from the subject rules (english.ts), which decide which words before the verb to read.
 */
import { EN_PARTICIPLES, EN_VERBS } from '../lexicon/en';
import type { Analysis, SpeakerPhrase } from '../types';
import { lower, type Token } from '../tokens';
import { abbreviationStop, isNameWord, isRoleWord, peopleNoun, possessiveInBody } from './english-names';
import { DETERMINERS, splitPhrase } from './english-split';
import { situatedRole } from './english-described';
import { ARTICLES, STOP_BACK, toPhrase } from './english-phrase';

/** Documents addressed to someone: "a report to the cabinet", "a letter to the mayor". */
const SENT_DOCUMENTS = new Set('report letter memo submission petition briefing note complaint'.split(' '));
/** Bodies named for what they oversee: "the Commission on Human Rights", "the Committee on Budget". */
const BODIES_ON = new Set('commission committee council board panel conference forum tribunal institute centre center office'.split(' '));
const QUANTIFIERS = new Set('one two three four five some several many most none each both'.split(' '));
const COUNTS = new Set('two three four five six seven eight nine ten several many some dozens hundreds'.split(' '));
const CLAUSE_WORDS = new Set('he she it they we i you would will could can should may might must until unless'.split(' '));

/** Reads a role or name phrase backwards from token `last`, stopping at punctuation or a clause word. */
export function backwardPhrase(a: Analysis, last: number, floor: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  const situated = situatedRole(tokens, last, floor);
  if (situated) return toPhrase(tokens, { first: situated[0], last, name: null, role: situated }, false);
  let k = last;
  let definite = false;
  let first = last + 1;
  while (k >= floor && last - k < 11) {
    const t = tokens[k] as Token;
    const w = t.lower;
    if (t.kind === 'word' && !t.arabic) {
      if (DETERMINERS.has(w)) {
        // "Ahmed Youssef of the Cairo Institute": a determiner after of/at/for belongs inside.
        const glue = tokens[k - 1];
        // "A report to the cabinet": a document sent to someone speaks; the addressee belongs to it.
        const sentTo = glue?.lower === 'to' && SENT_DOCUMENTS.has(tokens[k - 2]?.lower ?? '');
        // "An official in the district office": after a role, "in" places the person and stays inside too.
        const placedIn = glue?.lower === 'in' && isRoleWord(tokens[k - 2]?.text ?? '');
        if (k - 1 >= floor && glue && (/^(of|at|for|from)$/.test(glue.lower) || sentTo || placedIn) && last - k < 8) {
          first = k;
          k--;
          continue;
        }
        definite = w !== 'a' && w !== 'an';
        break;
      }
      const before = k - 1 >= floor ? tokens[k - 1] : undefined;
      const surname = t.capitalized && !!before && before.capitalized && isNameWord(before);
      // "Police in Lagos", "officials in Kyiv": a place after a role stays with it.
      // "the company missed delivery estimates": a past-tense verb ends the subject.
      // "a retired teacher", "the frustrated parents": after an article and before a role, -ed is an adjective.
      const adjective = k < last && DETERMINERS.has(lower(tokens[k - 1])) && isRoleWord((tokens[k + 1] as Token).text);
      if (!t.capitalized && w.length > 4 && w.endsWith('ed') && !isRoleWord(w) && !adjective) break;
      const placeNext = k < last && ((tokens[k + 1] as Token).capitalized || (k + 1 < last && (tokens[k + 2] as Token).capitalized));
      const placeOfRole =
        (w === 'in' && (placeNext || first === k + 1) && k - 1 >= floor && isRoleWord((tokens[k - 1] as Token).text)) ||
        describedByPlace(tokens, k, last, floor);
      // "the Scottish Fire and Rescue Service": "and" between capitals joins one body's name.
      const joinsName =
        ((w === 'and' || w === '&') && k < last && (tokens[k + 1] as Token).capitalized && !!before?.capitalized) ||
        // "the Commission on Human Rights": "on" after a capitalized body word names what the body is for.
        (w === 'on' && k < last && (tokens[k + 1] as Token).capitalized && !!before?.capitalized && BODIES_ON.has(before.lower));
      // "the Flood Forecasting and Warning Centre": a capitalized -ing word inside a body's name, after "and".
      const inName = t.capitalized && k < last && (tokens[k + 1] as Token).capitalized && /^(and|&)$/.test(before?.lower ?? '');
      // "the ruling party": a participle after an article describes the noun after it.
      const verbal = EN_VERBS.has(w) || (EN_PARTICIPLES.has(w) && !ARTICLES.has(lower(tokens[k - 1])));
      if (!surname && !placeOfRole && !joinsName && !inName && (STOP_BACK.has(w) || verbal)) break;
      // "he would stay put until police told him": a pronoun, a modal or "until" belongs to a clause, not a speaker.
      if (!t.capitalized && CLAUSE_WORDS.has(w)) break;
      if (w === 'to' && tokens[k - 1]?.lower === 'according') break;
      if (w === 'to' && !SENT_DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) break;
      first = k;
    } else if (
      // "the Dock Workers' Union", "the tunnellers’ union": a plural possessive inside a body's name.
      k > floor &&
      k < last &&
      possessiveInBody(tokens, k, last)
    ) {
      first = k;
    } else if (t.text === '&' && k > floor && k < last && (tokens[k - 1] as Token).capitalized && (tokens[k + 1] as Token).capitalized) {
      // "Holt & Barrow": an ampersand between capitalized words joins one body's name.
      first = k;
    } else if (t.text === '.' && k > floor && abbreviationStop(tokens, k)) {
      first = k;
    } else break;
    k--;
  }
  // "one of the managers": the quantifier may be a number word.
  if (tokens[first]?.lower === 'of' && QUANTIFIERS.has(tokens[first - 1]?.lower ?? '') && first - 1 >= floor) first--;
  if (first > last) return null;
  // "the 52-year-old": the age belongs to the phrase.
  if (
    tokens[first]?.lower === 'year-old' &&
    tokens[first - 1]?.text === '-' &&
    tokens[first - 2]?.kind === 'number' &&
    first - 2 >= floor
  ) {
    first -= 2;
    definite = tokens[first - 1]?.lower === 'the';
  }
  // "one of the managers", "two of the officers": a share of a group of people is an unnamed speaker.
  if (
    QUANTIFIERS.has(tokens[first]?.lower ?? '') &&
    tokens[first + 1]?.lower === 'of' &&
    first + 2 <= last &&
    isRoleWord((tokens[last] as Token).text.replace(/s$/, ''))
  )
    return { ...toPhrase(tokens, { first, last, name: null, role: [first, last] }, true), plural: tokens[first]?.lower !== 'one' };
  // "Two former regional managers said": a count of unnamed people keeps its number word.
  if (COUNTS.has(tokens[first]?.lower ?? '') && first < last && peopleNoun((tokens[last] as Token).lower))
    return { ...toPhrase(tokens, { first, last, name: null, role: [first, last] }, false), plural: true };
  const np = splitPhrase(tokens, first, last, a.sentences[a.sentenceOf[last] as number]?.first ?? floor);
  // "a farmer near Ballyglass": the place describes someone unnamed; the whole phrase is the role.
  const placed = (np?.name ? [np.name[0] - 1] : np ? [] : [...Array(last - first + 1).keys()].map((d) => first + d)).some((k) =>
    describedByPlace(tokens, k, last, floor),
  );
  if (placed) return toPhrase(tokens, { first, last, name: null, role: [first, last] }, false);
  return np ? toPhrase(tokens, np, definite) : null;
}

/**
 * "a farmer near Ballyglass", "a rider in Kisumu": a locative preposition at k after an
 * indefinite lower-case noun phrase (a/an + nouns) and before a capitalized place.
 */
function describedByPlace(tokens: Token[], k: number, last: number, floor: number): boolean {
  if (!/^(in|near|from|outside)$/.test(tokens[k]?.lower ?? '') || k >= last || !(tokens[k + 1] as Token).capitalized) return false;
  for (let m = k - 1; m >= floor && k - m <= 4; m--) {
    const t = tokens[m] as Token;
    if (t.kind !== 'word' || t.arabic) return false;
    if (t.lower === 'a' || t.lower === 'an') return m < k - 1;
    if (t.capitalized || EN_VERBS.has(t.lower) || STOP_BACK.has(t.lower)) return false;
  }
  return false;
}
