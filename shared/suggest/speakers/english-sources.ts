import { EN_VERBS } from '../lexicon/en';
import type { Analysis, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { isRoleWord, peopleNoun } from './english-names';

/** How a source is described by what they know: "familiar with", "briefed on", "close to", "with knowledge of". */
const KNOWS: Record<string, string> = {
  familiar: 'with',
  briefed: 'on',
  close: 'to',
  involved: 'in',
  aware: 'of',
  privy: 'to',
  knowledge: 'of',
};
/** Words that end the reading back: they belong to a clause, not to the source. */
const STOP = new Set('that and but or who which when while as if because so than then where said says told'.split(' '));
/** Words that may open such a phrase at the start of a sentence, capitalized: "Two diplomats …", "People familiar …". */
const OPENERS = new Set('the a an one two three four five several some many people'.split(' '));

/**
 * "…, people familiar with the matter said", "two diplomats briefed on the talks said", "a source close to
 * the family said": an unnamed source described by what they know. The description ends at token `last`
 * (right before the verb); the whole phrase is the mention, as written.
 */
export function describedSource(a: Analysis, last: number, floor: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  for (let p = last - 1; p - 1 >= floor && last - p <= 6; p--) {
    const word = tokens[p - 1] as Token;
    if ((tokens[p] as Token).kind !== 'word' || KNOWS[word.lower] !== (tokens[p] as Token).lower) continue;
    // The object of what they know: lower-case words (the matter, the negotiations).
    for (let k = p + 1; k <= last; k++) if ((tokens[k] as Token).kind !== 'word' || STOP.has((tokens[k] as Token).lower)) return null;
    const headAt = word.lower === 'knowledge' && tokens[p - 2]?.lower === 'with' ? p - 3 : p - 2;
    const head = tokens[headAt];
    if (!head || headAt < floor || head.kind !== 'word' || !(peopleNoun(head.lower) || isRoleWord(head.text))) return null;
    let first = headAt;
    while (first - 1 >= floor && headAt - first < 3) {
      const t = tokens[first - 1] as Token;
      if (t.kind !== 'word' || STOP.has(t.lower) || EN_VERBS.has(t.lower)) break;
      if (t.capitalized && !(first - 1 === floor && OPENERS.has(t.lower))) break;
      first--;
    }
    const range = { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
    return {
      mention: range,
      name: null,
      role: range,
      kind: 'role',
      plural: head.lower.endsWith('s'),
      gender: 'unknown',
      definite: tokens[first]?.lower === 'the',
      sameAsBefore: false,
    };
  }
  return null;
}
