/**
 * Reading a speaker's phrase forwards, after an inverted verb or "according to" ("said Maria
 * Lopez, the council chair"): where the phrase ends, since what follows is the rest of the sentence.
 */
import { EN_NOT_NAMES, EN_PARTICIPLES, EN_PRONOUNS, EN_TITLE_WORDS, EN_VERBS } from '../lexicon/en';
import type { Analysis, SpeakerPhrase } from '../types';
import { lower, type Token } from '../tokens';
import { abbreviationStop, isNameWord, isRoleWord } from './english-names';
import { DETERMINERS, notAName, splitPhrase } from './english-split';
import { placeAfter } from './english-described';
import { ARTICLES, pronounPhrase, STOP_BACK, toPhrase } from './english-phrase';

const AUX_FORWARD = new Set(
  'would will could can should may might must had has have was were is are be been did does do said says'.split(' '),
);

/** Reads a role or name phrase forwards from `first` (after an inverted verb or "according to"). */
export function forwardPhrase(a: Analysis, first: number, to: number): { phrase: SpeakerPhrase; last: number } | null {
  const tokens = a.tokens;
  // A cue at the very end of the text ("…, according to") has no words after it to read.
  const ceiling = Math.min(to, tokens.length - 1);
  if (first > ceiling) return null;
  let k = first;
  let definite = false;
  const w0 = lower(tokens[k]);
  if (w0 in EN_PRONOUNS) {
    const t = tokens[k] as Token;
    return { phrase: pronounPhrase(t), last: k };
  }
  if (DETERMINERS.has(w0)) {
    definite = w0 !== 'a' && w0 !== 'an';
    k++;
  }
  const start = k;
  let last = k - 1;
  let sawName = false;
  // "said a 12-year-old pupil": the age belongs to the phrase, as before the verb.
  if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'year-old' && k + 3 <= ceiling) k += 3;
  while (k <= ceiling && k - start < 9) {
    const t = tokens[k] as Token;
    const w = t.lower;
    if (t.kind === 'word' && !t.arabic) {
      // "Omar Said", "Edward Said": a capitalized verb form after a name is the surname.
      const surname = t.capitalized && sawName && k > start;
      // "the Securities and Exchange Commission": "and" between capitalized words of one name.
      if (
        w === 'and' &&
        k > start &&
        (tokens[k - 1] as Token).capitalized &&
        (tokens[k + 1] as Token | undefined)?.capitalized &&
        k + 1 <= ceiling
      ) {
        last = k;
        k++;
        continue;
      }
      const participle = EN_PARTICIPLES.has(w) && !ARTICLES.has(lower(tokens[k - 1]));
      if (!surname && (STOP_BACK.has(w) || EN_VERBS.has(w) || participle || AUX_FORWARD.has(w))) break;
      // After a name, lower-case words belong to something else (…Yusuf said the …).
      const afterPossessive = /['’]s$/.test(lower(tokens[k - 1]));
      // "National Prosecuting Authority regional spokesperson Lumka Ndlovu": an adjective before a role goes on.
      const beforeRole =
        !t.capitalized &&
        k + 2 <= ceiling &&
        isRoleWord((tokens[k + 1] as Token).text) &&
        !!(tokens[k + 2] as Token).capitalized &&
        !EN_VERBS.has(w);
      if (sawName && !afterPossessive && !isNameWord(t) && !isRoleWord(t.text) && !beforeRole && !/^(of|for|at|from|with|to)$/.test(w))
        break;
      if (DETERMINERS.has(w) && k > start) {
        // "spokesman for the ministry": keep determiners after a preposition.
        if (!/^(of|for|at|from|with|to)$/.test(lower(tokens[k - 1]))) break;
      }
      if (t.capitalized && !EN_TITLE_WORDS.has(t.text) && !EN_NOT_NAMES.has(t.text) && !isRoleWord(t.text) && !notAName(t.text))
        sawName = true;
      last = k;
    } else if (t.text === '&' && k > start && k + 1 <= ceiling && (tokens[k - 1] as Token).capitalized && tokens[k + 1]?.capitalized) {
      last = k;
    } else if (
      t.text === '(' &&
      k > start &&
      k + 3 <= ceiling &&
      /^\p{Lu}{2,6}$/u.test(tokens[k + 1]?.text ?? '') &&
      tokens[k + 2]?.text === ')' &&
      (!!tokens[k + 3]?.capitalized || isRoleWord(tokens[k + 3]?.text ?? ''))
    ) {
      // "Skillsbridge Singapore (SSB) chief executive Nora Lim": a body's acronym in brackets, then the post and the name.
      last = k + 2;
      k += 3;
      continue;
    } else if (t.text === '.' && abbreviationStop(tokens, k)) {
      last = k;
    } else break;
    k++;
  }
  // Trailing prepositions and determiners are not part of the phrase.
  while (last >= start && /^(of|for|at|from|with|to|the|a|an|in|on)$/.test(lower(tokens[last]))) last--;
  if (last < start) return null;
  // "…,” said one woman on Porter Road": someone unnamed, placed by a street or town, keeps the place.
  const indefinite = !definite && (w0 === 'a' || w0 === 'an' || w0 === 'one');
  for (let r = start; indefinite && r <= last; r++) {
    const placed = isRoleWord((tokens[r] as Token).text) ? placeAfter(tokens, r, ceiling) : -1;
    if (placed >= last)
      return { phrase: toPhrase(tokens, { first: start, last: placed, name: null, role: [start, placed] }, false), last: placed };
  }
  const np = splitPhrase(tokens, start, last, -1);
  return np ? { phrase: toPhrase(tokens, np, definite), last } : null;
}
