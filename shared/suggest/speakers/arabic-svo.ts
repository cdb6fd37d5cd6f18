import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_NP_STOP, AR_PP_HEADS, AR_RELATIVES, AR_TITLES } from '../lexicon/ar';
import type { Analysis, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';
import { APPOSITIVE_OPENERS } from './arabic-words';
import { foldedSet, words } from '../lexicon/util';

/**
 * A sentence that opens with its subject (feature writing introduces people so): "ابن عمها ماهر، الذي
 * يبيع الخبز، ينقل لها …", "أبو خالد يقف أمام …". A later pro-drop quote ("…»، يقول.") may be theirs.
 * Only a subject that opens as people do (a name, a particle, a kin word or title), with at most an
 * aside between commas (a relative clause, وهو …, or a role) before a present-tense verb.
 */
export function openingSubject(a: Analysis, k: number, last: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  const first = tokens[k] as Token | undefined;
  if (!first || first.kind !== 'word' || !first.arabic) return null;
  const w = first.text;
  const one = /^(احد|احدي)$/u.test(w);
  const opens = one || AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || known.has(w) || (AR_TITLES.has(w) && !w.startsWith('ال'));
  if (!opens) return null;
  let end = k;
  while (end <= last && end - k < 5 && (tokens[end] as Token).kind === 'word' && !presentVerb(tokens[end] as Token)) end++;
  if (end === k || end > last) return null;
  let verb = end;
  let named = false;
  const after = tokens[end] as Token;
  if (after.text === '،' || after.text === ',') {
    const opener = tokens[end + 1]?.text ?? '';
    // "جارته، أم نادر، تبدو …": the name of a kin or title in apposition is part of the subject.
    named = AR_NAME_PARTICLES.has(opener) || AR_GIVEN_NAMES.has(opener);
    if (!AR_RELATIVES.has(opener) && !APPOSITIVE_OPENERS.has(opener) && !AR_TITLES.has(opener) && !named) return null;
    let close = end + 1;
    while (close <= last && close - end < 20 && tokens[close]?.text !== '،' && tokens[close]?.text !== ',') close++;
    if (close > last || close - end >= 20 || (named && close - end > 5)) return null;
    verb = close + 1;
  }
  // After an aside closed by a comma a past verb stands there too (أحد التجار، وهو صاحب متجر، رفض …).
  if (!presentVerb(tokens[verb]) && !(one && verb > end && pastVerb(tokens[verb]))) return null;
  if (named) {
    const whole = parseArabicSubject(a, k, verb - 2, known);
    return whole?.name && !whole.plural ? whole : null;
  }
  // "حسين لا ينتظر …"، "سعاد لم تعد …": a negation stands between the subject and its verb.
  const negated = end - 1 > k && verb === end && VERB_NEGATIONS.has((tokens[end - 1] as Token).text);
  const subjectEnd = negated ? end - 2 : end - 1;
  const subject = parseArabicSubject(a, k, subjectEnd, known);
  if (!subject || subject.plural) return null;
  // The whole opening must be the subject: nothing left over between it and the verb.
  const lastWord = tokens[subjectEnd] as Token;
  return Math.max(subject.mention.end, subject.role?.end ?? 0) === lastWord.end ? subject : null;
}

/** Particles negating a present verb right after them. */
const VERB_NEGATIONS = foldedSet(words('لا لم لن ما'));

/** يساعدها، تعمل، يقف: a present-tense verb (not a given name in ي / ت such as يوسف، تامر). */
function presentVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^[يت][\u0621-\u064A]{2,7}$/u.test(t.text) && !AR_GIVEN_NAMES.has(t.text);
}

/** شكك، انتقد، رأت: a word that may be a past verb (no article, no preposition, no given name). */
function pastVerb(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.arabic &&
    /^[\u0621-\u064A]{3,6}$/u.test(t.text) &&
    !t.text.startsWith('ال') &&
    !AR_GIVEN_NAMES.has(t.text) &&
    !AR_NP_STOP.has(t.text) &&
    !AR_PP_HEADS.has(t.text) &&
    !AR_TITLES.has(t.text)
  );
}
