import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import type { KnownNames } from './arabic';
import { recentArabicSubject } from './arabic-context';
import { parseArabicSubject } from './arabic-subject';
import { kanaSubject, topicSubject } from './arabic-topic';

/** لكنه، لكنها: a contrast whose pronoun is the subject of the verb after it. */
const CONTRAST_PRONOUN = new Map<string, 'male' | 'female'>([
  ['لكنه', 'male'],
  ['ولكنه', 'male'],
  ['لكنها', 'female'],
  ['ولكنها', 'female'],
]);
const AMMA = foldedSet(words('أما وأما'));
const QAD = foldedSet(words('قد'));

/** The feminine verb forms (قالت، تقول، وأضافت) want a woman or a feminine body. */
const feminineVerb = (w: string) => /^[وف]?(ت|[^ت]+ت$)/u.test(w);

/**
 * Subjects written before an Arabic reporting verb in frames the verb–subject reader cannot see:
 * - «وكان العارضة قد قال في مقابلة …»: كان X قد, taken before any words after the verb;
 * - «رفض الرجل ذكر اسمه، لكنه قال إن …»: the pronoun of لكنه is the subject of the sentence's own verb;
 * - «أما النائبة رنا … فطالبت بزيادة …، وقالت إن …»: a verb joined by و to the ف-verb of أما shares its topic.
 */
export function frameSubject(a: Analysis, sentenceFirst: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  if (QAD.has(tokens[verb - 1]?.text ?? '')) return kanaSubject(a, sentenceFirst, verb, known);
  const pronoun = CONTRAST_PRONOUN.get(tokens[verb - 1]?.text ?? '');
  if (pronoun) {
    const own = recentArabicSubject(a, verb - 1, (tokens[sentenceFirst] as Token).start, { plural: false, gender: pronoun }, known);
    return own && a.sentenceOf[tokenAt(a, own.mention.start)] === a.sentenceOf[verb] ? own : null;
  }
  const v = tokens[verb] as Token;
  if (!v.text.startsWith('و')) return null;
  let k = sentenceFirst;
  while (k < verb && (tokens[k] as Token).kind !== 'word') k++;
  if (!AMMA.has(tokens[k]?.text ?? '')) return null;
  for (let f = k + 2; f < verb; f++) {
    if (!(tokens[f] as Token).text.startsWith('ف')) continue;
    const topic = topicSubject(a, sentenceFirst, f, known);
    if (!topic) return null;
    const female = feminineVerb(v.text);
    return (female ? topic.gender !== 'male' : topic.gender !== 'female') ? topic : null;
  }
  return null;
}

function tokenAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * «اكتفى المدرب بالقول: …»، «ختم الوزير حديثه بالقول إن …»: بالقول is the cue, and the subject of
 * the verb opening its clause is the speaker. Returns the subject, or null.
 */
export function subjectBeforeBilqawl(a: Analysis, at: number, sentenceFirst: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  let j = at - 1;
  while (j > sentenceFirst && at - j < 10 && !/^[،,:]$/u.test((tokens[j - 1] as Token).text)) j--;
  if (j >= at - 1) return null;
  const subject = parseArabicSubject(a, j + 1, at - 1, known);
  return subject && !subject.plural ? subject : null;
}
