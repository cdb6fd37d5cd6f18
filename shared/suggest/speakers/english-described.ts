import type { Token } from '../tokens';
import { isRoleWord } from './english-names';

/** Participles that say where or how someone unnamed lives or works: "a teacher living on the estate". */
const SITUATING_PARTICIPLES = new Set(
  'living working based staying sheltering camping studying volunteering queuing queueing waiting farming trading renting'.split(' '),
);
/** Prepositions that may follow such a participle. */
const PLACE_PREPOSITIONS = new Set(
  'in on at near outside along by beside behind under off across around opposite inside within among from for with'.split(' '),
);
const ARTICLES = new Set(['a', 'an', 'the', 'another']);

const roleNoun = (t: Token | undefined) =>
  !!t && t.kind === 'word' && !t.arabic && !t.capitalized && (isRoleWord(t.text) || isRoleWord(t.text.replace(/s$/, '')));

/**
 * "A retired teacher living on the estate said", "a nurse working at the clinic said": an article,
 * lower-case words ending in a role noun, a participle that situates the person and a prepositional
 * phrase. The whole phrase, without its article, is how the reader knows the speaker. Returns its
 * first and last token, or null. `last` is the token before the verb (or before an aside).
 */
export function situatedRole(tokens: Token[], last: number, floor: number): [number, number] | null {
  for (let m = last - 1; m > floor && last - m <= 8; m--) {
    const t = tokens[m] as Token;
    if (t.kind !== 'word' || t.arabic) return null;
    if (!SITUATING_PARTICIPLES.has(t.lower)) continue;
    if (!PLACE_PREPOSITIONS.has(tokens[m + 1]?.lower ?? '') || !roleNoun(tokens[m - 1])) return null;
    // The role and up to two lower-case words before it (retired, primary school), after an article.
    let first = m - 1;
    while (first - 1 >= floor && m - first < 4) {
      const w = tokens[first - 1] as Token;
      if (w.kind !== 'word' || w.arabic || w.capitalized || ARTICLES.has(w.lower)) break;
      first--;
    }
    const article = tokens[first - 1];
    if (first - 1 < floor || !article || !ARTICLES.has(article.lower)) return null;
    return [first, last];
  }
  return null;
}

const NOT_PLACES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/**
 * "a woman on Porter Road", "a farmer near Ballyglass": after the role at `last`, a locative
 * preposition and up to three capitalized words (not a day or a month). The place's last token, or -1.
 */
export function placeAfter(tokens: Token[], last: number, ceiling: number): number {
  if (!/^(in|on|near|from|outside)$/.test(tokens[last + 1]?.lower ?? '')) return -1;
  let k = last + 2;
  while (k <= ceiling && k - last - 2 < 3 && tokens[k]?.capitalized && !NOT_PLACES.has((tokens[k] as Token).text)) k++;
  return k > last + 2 ? k - 1 : -1;
}
