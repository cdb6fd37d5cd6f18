import { AR_COMPLEMENTIZERS } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { clauseEnd } from './clause';
import { accordingCue } from './cue-shape';
import { isComma, isSource, sourceOfDocument } from './cue-words-ar';

// (Kept beside this cue so the Arabic cue finder imports both at once.)
export { aliIsFathersName } from '../speakers/arabic-names';

/** جاء (it came): "وجاء في البيان أن …" reports what a statement, ruling or report says, with no verb of saying. */
const CAME = foldedSet(words('جاء وجاء فجاء كما وكما'));
// Room for a document and its issuer (بيان صادر عن وزارة الصحة والسكان) and one aside between commas.
const MAX_SOURCE = 14;

/**
 * "وجاء في بيان الوزارة أن …"، "كما جاء في حيثيات الحكم أن …": the statement after في is the source, as
 * after بحسب (its issuer when one is written: بيان الوزارة → الوزارة); the clause after أن is the quote.
 * An aside between commas may sit before أن (…، التي اطلعت عليها الصحيفة، أن …). Adds the cue to `cues` and tells onSubject who the source is.
 */
export function documentSaysCue(
  a: Analysis,
  i: number,
  last: number,
  known: KnownNames,
  onSubject: (s: SpeakerPhrase) => void,
  cues: Cue[],
): void {
  const tokens = a.tokens;
  let k = i;
  if (/^و?كما$/u.test((tokens[k] as Token).text)) k++;
  if (!CAME.has(tokens[k]?.text ?? '') || /^و?كما$/u.test(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== 'في') return;
  const from = k + 2;
  let end = -1;
  let aside = false;
  for (let j = from; j <= last && j - from <= MAX_SOURCE; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && AR_COMPLEMENTIZERS.has(t.text)) {
      end = j;
      break;
    }
    if (isComma(t)) aside = !aside;
    if (t.text === '.' || t.text === ':' || a.markedByStart.has(t.start)) return;
  }
  if (end < 0 || end === from || aside) return;
  let sourceEnd = end - 1;
  // (The aside closes on a comma right before أن; the source ends before it opened.)
  if (isComma(tokens[sourceEnd])) {
    let open = sourceEnd - 1;
    while (open > from && !isComma(tokens[open])) open--;
    sourceEnd = open - 1;
  }
  if (sourceEnd < from) return;
  let subject = parseArabicSubject(a, from, sourceEnd, known, true);
  if (!subject || !isSource(a, subject)) return;
  subject = sourceOfDocument(a, subject, sourceEnd, known);
  const content = clauseEnd(a, end + 1);
  if (!content) return;
  onSubject(subject);
  cues.push(accordingCue('ar', { start: (tokens[i] as Token).start, end: (tokens[k + 1] as Token).end }, i, content, subject, false));
}
