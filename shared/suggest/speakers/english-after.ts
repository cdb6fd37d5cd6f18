import type { Analysis, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { forwardPhrase } from './english-forward';
import { isAppositiveNoise } from './english-asides';

/** Verbs of a relative clause that keeps a source unnamed ("who asked not to be named"), as before the verb. */
const ANONYMITY = new Set('declined asked refused requested preferred wished'.split(' '));
/** Words of a relative clause that gives the name someone goes by ("who gave her name only as Mary"). */
const NAMING = new Set('gave give provided offered identified'.split(' '));
/** How far a relative clause after an inverted subject is read. */
const CLAUSE_WINDOW = 12;

/** The subject after an inverted verb: "…,” said Olaf Berger, a German government spokesman." */
export function parseEnglishSubjectAfter(a: Analysis, verb: number, ceiling: number): { phrase: SpeakerPhrase; last: number } | null {
  const found = forwardPhrase(a, verb + 1, ceiling);
  if (!found) return null;
  const { phrase } = found;
  let last = found.last;
  if (phrase.kind === 'role') return unnamedAfter(a, found, ceiling);
  // ", a German government spokesman," after the name.
  if (phrase.kind === 'name' && a.tokens[last + 1]?.text === ',') {
    let close = last + 2;
    while (close <= ceiling && a.tokens[close]?.text !== ',' && !/^[.;:]$/.test(a.tokens[close]?.text ?? '')) close++;
    if (!isAppositiveNoise(a, last + 2, close - 1)) {
      const app = forwardPhrase(a, last + 2, close - 1);
      if (app && app.phrase.kind === 'role' && app.last === close - 1) {
        return {
          phrase: { ...phrase, role: app.phrase.role, gender: phrase.gender === 'unknown' ? app.phrase.gender : phrase.gender },
          last: app.last,
        };
      }
    }
  }
  return { phrase, last };
}

/**
 * After an inverted verb, someone described by a role may be named or kept unnamed next:
 * "said the woman's brother, Sam." (the name in apposition speaks, as the guidelines keep the name
 * beside a title); "said a woman who gave her name only as Mary" (the name the clause gives);
 * "said a pupil who asked not to be named" (the clause stays in the mention, as before the verb).
 */
function unnamedAfter(
  a: Analysis,
  found: { phrase: SpeakerPhrase; last: number },
  ceiling: number,
): { phrase: SpeakerPhrase; last: number } {
  const tokens = a.tokens;
  const { phrase, last } = found;
  let close = last + 2;
  while (close <= ceiling && close - last <= CLAUSE_WINDOW && (tokens[close] as Token).kind === 'word') close++;
  const ends = close > ceiling || /^[.,;]$/.test(tokens[close]?.text ?? '');
  if (!ends || close - 1 <= last + 1) return found;
  const next = tokens[last + 1] as Token;
  if (next.text === ',') {
    const named = forwardPhrase(a, last + 2, close - 1);
    if (named?.phrase.kind === 'name' && named.last === close - 1 && (tokens[close]?.text !== ',' || tokens[close + 1]?.lower === 'who'))
      return {
        phrase: { ...named.phrase, role: phrase.role, gender: named.phrase.gender === 'unknown' ? phrase.gender : named.phrase.gender },
        last: named.last,
      };
    return found;
  }
  if (next.lower !== 'who') return found;
  const clause = tokens.slice(last + 2, close);
  const as = clause.findIndex((t) => t.lower === 'as');
  if (as >= 0 && clause.slice(0, as).some((t) => NAMING.has(t.lower))) {
    const named = forwardPhrase(a, last + 2 + as + 1, close - 1);
    if (named?.phrase.kind === 'name' && named.last === close - 1)
      return {
        phrase: { ...named.phrase, gender: named.phrase.gender === 'unknown' ? phrase.gender : named.phrase.gender },
        last: named.last,
      };
  }
  if (ANONYMITY.has(clause[0]?.lower ?? ''))
    return { phrase: { ...phrase, mention: { start: phrase.mention.start, end: (tokens[close - 1] as Token).end } }, last: close - 1 };
  return found;
}
