import { foldedSet, words } from '../lexicon/util';
import type { Analysis, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';

/**
 * Arabic subjects written before the verb in two common frames, which the verb–subject
 * reader cannot see: the topic of أما (أما سامي، طالب الهندسة، فيقول إن …) and the
 * subject of كان before قد (وكانت الجمعية قد أعلنت أن …).
 */

const AMMA = foldedSet(words('أما وأما'));
const KANA = foldedSet(words('كان وكان وكانت كانت فكان فكانت'));
const QAD = foldedSet(words('قد'));

/** The topic after أما when the reporting verb carries ف (فقال، فيقول). */
export function topicSubject(a: Analysis, sentenceFirst: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  const v = a.tokens[verb] as Token;
  if (!v.text.startsWith('ف')) return null;
  let k = sentenceFirst;
  while (k < verb && (a.tokens[k] as Token).kind !== 'word') k++;
  if (!AMMA.has((a.tokens[k] as Token | undefined)?.text ?? '')) return null;
  let end = k + 1;
  while (end < verb && a.tokens[end]?.text !== '،' && a.tokens[end]?.text !== ',' && a.tokens[end]?.text !== '(') end++;
  const topic = parseArabicSubject(a, k + 1, end - 1, known);
  // "أما حارس المرمى، رامي النجار، فقال": a role, then its holder's name between commas before the verb.
  if (topic && !topic.name && a.tokens[end]?.text !== '(' && /^[،,]$/u.test(a.tokens[verb - 1]?.text ?? '') && verb - 1 > end + 1) {
    const whole = parseArabicSubject(a, k + 1, verb - 2, known);
    if (whole?.name && whole.role) return whole;
  }
  return topic;
}

/** وكانت X قد أعلنت: the subject between كان and قد. */
export function kanaSubject(a: Analysis, sentenceFirst: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  if (!QAD.has(a.tokens[verb - 1]?.text ?? '')) return null;
  let k = sentenceFirst;
  while (k < verb && (a.tokens[k] as Token).kind !== 'word') k++;
  if (!KANA.has((a.tokens[k] as Token | undefined)?.text ?? '') || verb - 1 - k < 2) return null;
  return parseArabicSubject(a, k + 1, verb - 2, known);
}

/**
 * The person a sentence opening with أما is about, before any ف-word (أما جارته، الحاجة سعاد، فتقضي …):
 * only a name, so a topic that is a thing (أما الأسعار فارتفعت) gives no one.
 */
export function ammaTopic(a: Analysis, sentenceFirst: number, at: number, known: KnownNames): SpeakerPhrase | null {
  let k = sentenceFirst;
  while (k < at && (a.tokens[k] as Token).kind !== 'word') k++;
  if (!AMMA.has((a.tokens[k] as Token | undefined)?.text ?? '') || at - k > 14) return null;
  // The first ف-word after the topic is its predicate; a later one belongs to the predicate's own clause.
  // (A name may begin with ف too, فاطمة: only a ف-word after a comma closes the topic.)
  for (let f = k + 2; f < at; f++)
    if ((a.tokens[f] as Token).text.startsWith('ف') && /^[،,]$/u.test(a.tokens[f - 1]?.text ?? '')) return null;
  const topic = topicSubject(a, sentenceFirst, at, known);
  return topic?.kind === 'name' ? topic : null;
}
