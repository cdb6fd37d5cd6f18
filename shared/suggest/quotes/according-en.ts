import { documentPhrase } from '../speakers/english-phrase';
import { forwardPhrase } from '../speakers/english-forward';
import { bodyBehindDocument } from '../speakers/english-documents';
import { lower, type Token } from '../tokens';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import { clauseEnd, sentenceHead } from './clause';
import { accordingCue } from './cue-shape';
import { SOURCE_NOUNS } from './cue-words-en';

/** Past participles that describe a document after its noun: "a staff report released last week". */
const DOCUMENT_PARTICIPLES = new Set(
  'released published issued presented filed tabled submitted prepared compiled kept seen obtained commissioned posted sent shared'.split(
    ' ',
  ),
);
/** Small words inside a body's capitalized name: "Controller of Budget", "Office for National Statistics". */
const NAME_GLUE = new Set('of for and the on'.split(' '));

/**
 * The source after "according to" (tokens `j` to `end`, up to the clause's comma or full stop):
 * a body ("figures from the regional water authority", "the latest report by the Controller of
 * Budget"), a document named by lower-case words and described after it ("a staff report released
 * last week": the document, without the description), a body's capitalized name the phrase readers
 * do not take for a name ("the Controller of Budget"), or any phrase they read.
 */
export function accordingSource(a: Analysis, j: number, end: number): { phrase: SpeakerPhrase; last: number } | null {
  const tokens = a.tokens;
  let k = j;
  let stop = end;
  if (/^(the|a|an|new|official|latest|preliminary)$/.test(lower(tokens[k]))) k++;
  while (k <= end && !SOURCE_NOUNS.has(lower(tokens[k])) && k - j < 3) k++;
  if (SOURCE_NOUNS.has(lower(tokens[k]))) {
    const next = lower(tokens[k + 1]);
    if (/^(from|by|of|with|to)$/.test(next)) j = k + 2;
    else if (DOCUMENT_PARTICIPLES.has(next)) {
      if (lower(tokens[k + 2]) === 'by') j = k + 3;
      else stop = k;
    }
  }
  let found = forwardPhrase(a, j, stop);
  const article = /^(the|a|an)$/.test(lower(tokens[j])) ? 1 : 0;
  // "according to internal records", "according to a staff report": a document in lower-case words.
  if ((!found || found.last !== stop) && SOURCE_NOUNS.has(lower(tokens[stop])) && stop - j < 4 && stop >= j + article)
    found = { phrase: documentPhrase(a, j + article, stop), last: stop };
  // "according to the Controller of Budget": capitalized words joined by small ones name a body.
  if (!found && stop > j + article && bodyName(tokens, j + article, stop)) {
    const body = { start: (tokens[j + article] as Token).start, end: (tokens[stop] as Token).end };
    const phrase: SpeakerPhrase = {
      mention: body,
      name: body,
      role: null,
      kind: 'name',
      plural: false,
      gender: 'unknown',
      definite: true,
      sameAsBefore: false,
    };
    found = { phrase, last: stop };
  }
  if (!found) return null;
  return { ...found, phrase: bodyBehindDocument(tokens, found.phrase, (w) => SOURCE_NOUNS.has(w)) };
}

function bodyName(tokens: Token[], first: number, last: number): boolean {
  if (!(tokens[first] as Token).capitalized || !(tokens[last] as Token).capitalized || last - first > 7) return false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || (!t.capitalized && !NAME_GLUE.has(t.lower))) return false;
  }
  return true;
}

/** "according to X, …" / "…, according to X." */
export function accordingToCue(a: Analysis, onSubject: (s: SpeakerPhrase) => void, i: number, last: number): Cue | null {
  const tokens = a.tokens;
  const j = i + 2;
  let end = j;
  while (end + 1 <= last && tokens[end + 1]?.text !== ',' && !/^[.!?]$/.test(tokens[end + 1]?.text ?? '')) end++;
  let found = accordingSource(a, j, end);
  if (!found) return null;
  // "according to its chief executive, Yeon-Jin Kim.": the name in apposition.
  if (found.phrase.kind === 'role' && tokens[end + 1]?.text === ',') {
    let close = end + 2;
    while (close <= last && tokens[close]?.text !== ',' && !/^[.!?]$/.test(tokens[close]?.text ?? '')) close++;
    const named = forwardPhrase(a, end + 2, close - 1);
    if (named && named.phrase.kind === 'name' && named.last === close - 1) {
      found = { phrase: { ...named.phrase, role: found.phrase.role }, last: named.last };
      end = named.last;
    }
  }
  onSubject(found.phrase);
  const postposed = tokens[i - 1]?.text === ',';
  const content = postposed ? sentenceHead(a, i - 1) : tokens[end + 1]?.text === ',' ? clauseEnd(a, end + 2) : null;
  if (!content) return null;
  return accordingCue('en', { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end }, i, content, found.phrase, false);
}
