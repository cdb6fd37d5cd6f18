import { documentPhrase } from '../speakers/english-phrase';
import { forwardPhrase } from '../speakers/english-forward';
import type { Analysis, SpeakerPhrase } from '../types';
import { lower, type Token } from '../tokens';

/** Words that open the clause holding "what they called": "as members staged a walkout over what they called …". */
const OPENERS = new Set('as after with while when because since and but'.split(' '));
/** Present-tense verbs such a clause may hold (a past or -ing form is read by its ending). */
const VERBS = new Set('protest protests say says walk walks stage stages call calls reject rejects oppose opposes'.split(' '));

/**
 * "… as opposition members staged a walkout over what they called the “bulldozing” of the bill",
 * "with the main opposition walking out in protest at what it called a “rushed” vote": the term is
 * the words of the subject of the clause that holds "what they / it called" (token `what`), read
 * from the clause's opening word to its verb. A plural phrase for "they", a singular one for "it";
 * null when the clause has no such subject (the quotation is then offered without a speaker).
 */
export function calledSubjectEn(a: Analysis, what: number, floor: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  const pronoun = lower(tokens[what + 1]);
  if (pronoun !== 'they' && pronoun !== 'it') return null;
  let opener = what - 1;
  while (opener > floor && what - opener < 24 && !OPENERS.has(lower(tokens[opener])) && tokens[opener]?.text !== ',') opener--;
  if (!(OPENERS.has(lower(tokens[opener])) || tokens[opener]?.text === ',')) return null;
  let verb = opener + 1;
  for (; verb < what; verb++) {
    const t = tokens[verb] as Token;
    if (t.kind !== 'word' || t.capitalized) continue;
    if (VERBS.has(t.lower) || (t.lower.length > 4 && /(ed|ing)$/.test(t.lower))) break;
  }
  if (verb >= what || verb === opener + 1) return null;
  const found = forwardPhrase(a, opener + 1, verb - 1);
  // "the main opposition", "tenant groups": a group named by lower-case words is read as written.
  const words = tokens.slice(opener + 1, verb);
  const article = /^(the|a|an)$/.test(words[0]?.lower ?? '') ? 1 : 0;
  const plain = words.length - article >= 1 && words.length <= 4 && words.every((t) => t.kind === 'word' && !t.arabic);
  const group = (!found || found.last !== verb - 1) && plain ? documentPhrase(a, opener + 1 + article, verb - 1) : null;
  if (!group && (!found || found.last !== verb - 1 || found.phrase.kind === 'pronoun')) return null;
  const phrase = group ?? (found as { phrase: SpeakerPhrase }).phrase;
  if (pronoun === 'it' ? phrase.plural : phrase.kind === 'name' ? phrase.gender !== 'unknown' : !phrase.plural) return null;
  return phrase;
}
