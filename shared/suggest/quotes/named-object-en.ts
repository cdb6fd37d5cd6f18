import { EN_VERBS } from '../lexicon/en';
import type { Token } from '../tokens';

/**
 * The "that" after a long named object of told / informed: "told the Senate Energy and Natural
 * Resources Committee that …", "told KSPR News 7 on Tuesday that …", "told News24 that …". A name
 * may hold "and", "of" and a channel's number, which the word-only look-ahead stops at, leaving the
 * tail of the name ("and Natural Resources Committee that …") in the reported clause.
 * Returns the index of "that", or k when there is none within the object.
 */
const MAX_OBJECT_TOKENS = 14;
const NAME_JOINERS = new Set(['and', 'of', 'for', 'on', 'the', '&', '(', ')', 'in', 'at', 'a', 'an']);

export function thatAfterNamedObject(tokens: Token[], k: number, last: number): number {
  let capitals = 0;
  for (let m = k; m <= last && m - k < MAX_OBJECT_TOKENS; m++) {
    const t = tokens[m] as Token;
    if (t.lower === 'that') return capitals > 0 ? m : k;
    if (t.kind === 'word') {
      if (t.capitalized) capitals++;
      else if (!NAME_JOINERS.has(t.lower) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.lower))
        return k;
      if (EN_VERBS.has(t.lower)) return k;
      continue;
    }
    // "News 7", "News24": a number inside a name.
    if (t.kind === 'number' && m > k && (tokens[m - 1] as Token).capitalized) continue;
    if (t.text === '(' || t.text === ')' || t.text === '&') continue;
    return k;
  }
  return k;
}
