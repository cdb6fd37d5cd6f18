import type { Analysis, Gender, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';

/**
 * Relative clauses between an English subject and its verb of saying: how an unnamed source is kept
 * unnamed ("who spoke on condition of anonymity because he was not authorised to …"), the name such a
 * source gave ("who gave her name only as Ms Roe"), and the gender its pronouns tell.
 */

/** Words that say a source is kept unnamed; a clause holding one may run long before the verb. */
const ANONYMOUS = new Set('anonymity named identified authorised authorized allowed permitted quoted declined refused'.split(' '));
/**
 * Words that say a clause gives the name someone goes by: "who gave only her first name", "identified
 * only as". A clause that only names a post ("who was named chief executive") holds none of them.
 */
const NAMING = new Set('gave give giving given identified identify provided offered'.split(' '));
const SHORT_WINDOW = 10;
const LONG_WINDOW = 24;

type Backward = (last: number) => SpeakerPhrase | null;

/**
 * "several shop owners who spoke at the meeting said", "a young mother who did not want to be named
 * because her husband works for the city says": the antecedent of a restrictive "who" between the
 * subject and the verb at `k + 1` (only words between). A clause that keeps its source unnamed may be
 * long; any other is read within a few words, so "Residents who … told reporters the council said"
 * does not skip the council (`long`: the caller saw a second relative clause, so any length will do).
 * Returns the "who" token and its antecedent, or null.
 */
export function restrictiveAntecedent(
  a: Analysis,
  k: number,
  floor: number,
  backward: Backward,
  long = false,
): { who: number; antecedent: SpeakerPhrase } | null {
  let anonymous = long;
  for (let m = k; m > floor && k - m < LONG_WINDOW && (a.tokens[m] as Token).kind === 'word'; m--) {
    const w = (a.tokens[m] as Token).lower;
    if (ANONYMOUS.has(w)) anonymous = true;
    if (w !== 'who' || (a.tokens[m - 1] as Token).kind !== 'word') continue;
    if (k - m >= SHORT_WINDOW && !anonymous) return null;
    const antecedent = backward(m - 1);
    return antecedent ? { who: m, antecedent } : null;
  }
  return null;
}

/**
 * "One woman, who gave only her first name, Rosa, said", "An engineer, who asked to be identified only
 * as Omar, said": the name a relative clause ending at `last` (right before the verb's comma) gives. The
 * clause opens with ", who" within a few words and holds a naming word; the name closes it, after "as"
 * or a comma. Returns the first and last token of the name, or null.
 */
export function nameGivenInClause(a: Analysis, last: number, floor: number): [number, number] | null {
  const tokens = a.tokens;
  let first = last;
  while (first - 1 > floor && (tokens[first - 1] as Token).kind === 'word' && (tokens[first - 1] as Token).capitalized) first--;
  // The name may carry an honorific ("as Ms Tan"); it is read as a name by the caller.
  if (first > last || !(tokens[last] as Token).capitalized) return null;
  const glue = tokens[first - 1];
  if (!glue || (glue.lower !== 'as' && glue.text !== ',')) return null;
  let naming = false;
  for (let m = first - 2; m > floor && last - m < 16; m--) {
    const t = tokens[m] as Token;
    if (NAMING.has(t.lower)) naming = true;
    if (t.lower === 'who') return naming && tokens[m - 1]?.text === ',' ? [first, last] : null;
    if (t.kind !== 'word' && t.text !== ',') return null;
  }
  return null;
}

const MALE = new Set(['he', 'his', 'him']);
const FEMALE = new Set(['she', 'her', 'hers']);

/**
 * "A nurse, who spoke on condition of anonymity because she is not authorised …, said": the first
 * personal pronoun of a relative clause between an unnamed subject and its verb tells the speaker's
 * gender, so a later "she said" finds her. Only a role of unknown gender is given one.
 */
export function withClauseGender(a: Analysis, phrase: SpeakerPhrase | null, verb: number): SpeakerPhrase | null {
  if (!phrase || phrase.kind !== 'role' || phrase.plural || phrase.gender !== 'unknown') return phrase;
  const tokens = a.tokens;
  let relative = false;
  for (let k = tokenIndexAt(tokens, phrase.mention.end); k < verb && k < tokens.length; k++) {
    const w = lower(tokens[k]);
    if (w === 'who') relative = true;
    if (!relative) continue;
    const gender: Gender | null = MALE.has(w) ? 'male' : FEMALE.has(w) ? 'female' : null;
    if (gender) return { ...phrase, gender };
  }
  return phrase;
}
