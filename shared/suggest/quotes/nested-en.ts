import { tokenIndexAt } from '../ranges';
import { parseEnglishSubjectBefore } from '../speakers/english';
import type { Analysis, Range, SpeakerPhrase } from '../types';

/**
 * Words between a subject and the verb of saying that opens a quotation inside someone's words:
 * "My mother used to say, ‘…’", "The coach kept telling me, ‘…’", "People are asking us, ‘…’".
 */
const BRIDGE = new Set('used to kept keeps always often never once would still are is was were'.split(' '));
/** What may stand right before such a subject: it opens a clause (after punctuation or a conjunction). */
const CLAUSE_OPENERS = new Set('and but so then when'.split(' '));

/**
 * The subject of an English verb of saying inside a quotation, when it opens its clause and is a
 * name or a described person ("A trainee told me, “…”", "My father used to say, ‘…’"): the nested
 * quotation is theirs (the guidelines credit each nested quote to its own speaker). A pronoun, or a
 * phrase in the middle of a clause, gives null, so the quotation is offered without a speaker.
 */
export function nestedSubjectEn(a: Analysis, verb: Range, holder: Range): SpeakerPhrase | null {
  const tokens = a.tokens;
  const floor = tokenIndexAt(tokens, holder.start);
  let k = tokenIndexAt(tokens, verb.start);
  for (let steps = 0; steps < 3 && k - 1 >= floor && BRIDGE.has(tokens[k - 1]?.lower ?? ''); steps++) k--;
  const phrase = parseEnglishSubjectBefore(a, k, floor);
  if (!phrase || phrase.kind === 'pronoun') return null;
  const first = tokenIndexAt(tokens, phrase.mention.start);
  const before = tokens[first - 1];
  const opens = first <= floor || !before || /^[.,;:!?—–\-"“”‘’'«»(]$/u.test(before.text) || CLAUSE_OPENERS.has(before.lower);
  return opens ? phrase : null;
}
