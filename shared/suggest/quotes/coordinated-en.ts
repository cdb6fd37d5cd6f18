import { forwardPhrase } from '../speakers/english-forward';
import type { Analysis, Cue, Range, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { clauseEnd } from './clause';

/**
 * "Opposition leader Jane Roe accused the government of … and said the bill …", "Organiser
 * Tom Hale welcomed the plant and confirmed that …": a reporting verb after "and" whose
 * sentence opened with a subject and a verb that reports nothing. The subject of the
 * sentence speaks, not the latest speaker. Only when no cue came earlier in the sentence
 * (then "and said" continues that cue) and the subject is a name or a role, followed by its verb.
 */
export function coordinatedSubject(
  a: Analysis,
  sentence: { first: number; last: number },
  verb: number,
  cues: readonly Cue[],
): SpeakerPhrase | null {
  const tokens = a.tokens;
  const earlier = cues.at(-1);
  // After "accused them of “…”", a verb that only carried a fragment: its subject goes on speaking.
  if (earlier && earlier.at >= sentence.first && earlier.at < verb) return earlier.quoteOnly ? earlier.subject : null;
  let first = sentence.first;
  while (first < verb && (tokens[first] as Token).kind === 'newline') first++;
  const open = tokens[first];
  if (!open || a.markedByStart.has(open.start) || open.arabic || !open.capitalized) return null;
  // "The union welcomed the offer but said …": the subject ends before the first verb in -ed.
  let own = first + 1;
  while (own < verb - 1 && !/^\p{Ll}{3,}ed$/u.test((tokens[own] as Token).text)) own++;
  const found = forwardPhrase(a, first, own < verb - 1 ? own - 1 : verb - 2);
  // "She is 71 and says …": a personal pronoun is resolved like any "she said".
  if (!found || (found.phrase.kind === 'pronoun' && !/^(he|she|they)$/.test(open.lower))) return null;
  // "Maria Roe, 68, rode out the last storm and says …": past an age between commas after a name.
  const aged = found.phrase.kind === 'name' && tokens[found.last + 1]?.text === ',' && tokens[found.last + 2]?.kind === 'number';
  let after = aged && tokens[found.last + 3]?.text === ',' ? found.last + 4 : found.last + 1;
  // "Councillor Tom Roe, chair of the scrutiny committee, welcomed …": past a post between commas after a name.
  if (!aged && found.phrase.kind === 'name' && tokens[after]?.text === ',') {
    let close = after + 1;
    while (close < verb - 1 && close - after <= 10 && tokens[close]?.text !== ',' && !/^(who|which|that)$/.test(tokens[close]?.lower ?? ''))
      close++;
    if (tokens[close]?.text === ',' && close > after + 1 && !tokens[after + 1]?.capitalized) after = close + 1;
  }
  const next = tokens[after];
  // The subject's own verb follows at once, in lower case: "Roe accused", not "Roe and".
  if (!next || next.kind !== 'word' || next.capitalized || /^(and|or|of|in|at|for|who|which|that)$/.test(next.lower)) return null;
  return found.phrase;
}

type Complement = { mode: Cue['mode']; content: Range | null; searchFrom?: number } | null;

/**
 * "accused the government of “…” and said the bill …": after a coordinated subject the
 * quotation before "and" is the first verb's object, so the clause after the verb is the quote.
 */
export function afterObjectQuote(a: Analysis, verb: number, coordinated: SpeakerPhrase | null, found: Complement): Complement {
  if (!coordinated || found?.mode !== 'before') return found;
  const content = clauseEnd(a, verb + 1);
  return content && a.text.slice(content.start, content.end).split(/\s+/).length >= 3 ? { mode: 'clause', content } : null;
}
