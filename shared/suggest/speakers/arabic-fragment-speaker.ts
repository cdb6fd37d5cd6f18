import { AR_INSTITUTIONS, AR_TITLES } from '../lexicon/ar';
import { stripWa } from '../tokens';
import type { Analysis, Gender, SpeakerPhrase } from '../types';
import { agreeingBody, participleGender } from './arabic-participle';

/** Object pronouns a verb may carry (وصفته، دعاهم، اتهمها): cut before telling the verb's gender. */
const OBJECT_SUFFIX = /(هما|هم|هن|ها|ه)$/u;

/**
 * The gender a verb of the fragment rule agrees with: a present tense in ت (تدعو) or a past tense
 * ending in ت (دعت، وصفته once its pronoun is cut) a woman or feminine body; one in ي or a bare past
 * (دعا، طالب) a man or masculine body; a plural (دعوا، يطالبون) or a participle it cannot tell, null.
 */
export function fragmentVerbGender(word: string): Exclude<Gender, 'unknown'> | null {
  let w = stripWa(word).replace(/[\u064B-\u0652]/gu, '');
  if (/^(م|دا|وا|حا)/u.test(w) && /(ا|ة|ين|ون)$/u.test(w)) return participleGender(w);
  if (/(وا|ون|ين)$/u.test(w)) return null;
  if (w.length >= 5 && OBJECT_SUFFIX.test(w)) w = w.replace(OBJECT_SUFFIX, '');
  if (/^ت/u.test(w) && w.length >= 4) return 'female';
  if (/^ي/u.test(w)) return 'male';
  return w.endsWith('ت') ? 'female' : 'male';
}

/**
 * Who speaks a fragment quoted after a verb of the sentence (دعت الوزارة السكان إلى «…»): the
 * verb-first subject of the sentence when it is a name, a short title that is no body (المتهم
 * الثاني), or a body whose name the reader can part from the verb's object and that agrees with
 * the verb (the phrase reader runs a body on into its object too easily to take it whole).
 */
export function fragmentSpeaker(a: Analysis, own: SpeakerPhrase | null, verbWord: string): SpeakerPhrase | null {
  if (!own || own.plural) return null;
  if (own.kind === 'name') return own;
  const want = fragmentVerbGender(verbWord);
  const role = own.role ? a.text.slice(own.role.start, own.role.end).split(' ') : [];
  const head = role[0] ?? '';
  if (role.length <= 3 && AR_TITLES.has(head) && !AR_INSTITUTIONS.has(head))
    return want === null || own.gender !== (want === 'male' ? 'female' : 'male') ? own : null;
  return agreeingBody(a, own, want);
}
