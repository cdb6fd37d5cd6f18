import { AR_GIVEN_NAMES } from '../lexicon/ar';
import { foldWord } from '../fold';
import { foldedSet, words } from '../lexicon/util';

/** Question words: a phrase opening with one asks something, it names no one (وكيف تعاملت …). */
const QUESTION_WORDS = foldedSet(words('كيف لماذا متى أين هل ماذا كم'));

/**
 * An Arabic speaker phrase no one is called by: one opening with a question word, or a single word
 * shaped as a present-tense verb (تستهلك، يرتفع) that no list knows as a given name (تامر، يوسف).
 */
export function implausibleArabicSpeaker(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  const first = foldWord(parts[0] ?? '');
  if (!/^[\u0621-\u064A]+$/u.test(first)) return false;
  if (QUESTION_WORDS.has(first) || (/^[وف]/u.test(first) && QUESTION_WORDS.has(first.slice(1)))) return true;
  return parts.length === 1 && /^[يت][\u0621-\u064A]{3,4}$/u.test(first) && !AR_GIVEN_NAMES.has(first);
}
