// Shapes of Arabic words the speaker-phrase reader (arabic.ts) tells apart by their form: verbal
// nouns, relative verbs, plurals of people. Kept apart so the reader's grammar stays readable.
import { AR_GIVEN_NAMES } from '../lexicon/ar';

/** Indefinite heads of anonymous sources (مصدر، مسؤول): the words after them describe, never name. */
export const ANONYMOUS_HEADS = new Set(['مصدر', 'مصادر', 'مسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'مسوول', 'مسوولة', 'مسوولون', 'مسوولين']);
/** "في مؤتمر عقدته"، "بيان أصدرته": a verb with an object pronoun opening a relative clause, never a speaker. */
export const RELATIVE_VERB = /^(?!ال)[\u0621-\u064A]{3,}(ته|تها|تهم|تهما)$/u;

/** Verbal nouns (تفعيل، استفعال، إفعال، افتعال، انفعال), folded: تأجيل، استكمال، إطلاق، افتتاح، انطلاق. */
export const VERBAL_NOUN =
  /^(?:ت[\u0621-\u064A]{2}ي[\u0621-\u064A]|است[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]ت[\u0621-\u064A]ا[\u0621-\u064A]|ان[\u0621-\u064A]{2}ا[\u0621-\u064A])$/u;

/** صيادون، مزارعون، متظاهرون: a sound masculine plural (five letters or more), which people are called by. */
export const PEOPLE_PLURAL = /^(?!ال)[\u0621-\u064A]{3,}ون$/u;

/**
 * A verb opening a clause about an indefinite speaker: present tense (يشتغل، تعمل) but no nisba
 * adjective (يمني، تنفيذي), or, after a feminine head, a past tense in ت (فضّلت، طلبت).
 */
export function describingVerb(w: string, head: string): boolean {
  if (/(ي|ية|ات|ون|ين)$/u.test(w)) return false;
  if (/^[يت][\u0621-\u064A]{3,4}$/u.test(w)) return true;
  return head.endsWith('ة') && /^(?!ال)[\u0621-\u064A]{3}ت$/u.test(w);
}

/** Titles sent somewhere (إلى ...): envoys, ambassadors, delegates. */
export const ENVOYS = new Set([
  'مبعوث',
  'المبعوث',
  'سفير',
  'السفير',
  'سفيرة',
  'السفيرة',
  'مندوب',
  'المندوب',
  'ممثل',
  'الممثل',
  'وفد',
  'الوفد',
]);

/** بصراحة، بغضب، بهدوء: "ب" and a noun of manner, how something was said, never who said it. */
const MANNER_ADVERBS = new Set(
  'بصراحة بوضوح بحزم بغضب بحسرة بمرارة باسف بحماس بفخر بهدوء بثقة بدهشة بسخرية بتاثر بحرقة بانفعال بحدة بلهجة بنبرة باقتضاب'.split(' '),
);

/**
 * A word that opens no speaker's phrase, though a speaker's place right after a verb of saying:
 * a noun of manner (قال له بصراحة) or a participle in the accusative (قال، مشترطاً عدم ذكر اسمه، إن …;
 * folded, مشترطاً is مشترطا), which describes the speaker it follows.
 */
function circumstanceWord(w: string, known: Set<string>): boolean {
  if (MANNER_ADVERBS.has(w)) return true;
  // (A second letter ا or ي is a woman's name in ا far more often: مارتا، ميرنا.)
  return /^م[^اي][\u0621-\u064A]{2,}ا$/u.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w);
}

/** A relative clause's verb (بيان أصدرته) or a circumstance word: the place after a verb of saying holds no speaker. */
// (Nor a preposition joined to و / ف: "فإلى نص الحوار:" leads into an interview, "وفي بيان لها" into an aside.)
export const opensNoPhrase = (w: string, known: Set<string>) =>
  RELATIVE_VERB.test(w) || circumstanceWord(w, known) || /^[وف](?:الي|علي|في|من|عن)$/u.test(w);

/** ناشرها، محاموهم: a noun with "her" or "their" glued on (five letters or more), which no personal name is. */
export const possessedNoun = (w: string) => /^(?!ال)[\u0621-\u064A]{3,}(ها|هم|هما)$/u.test(w);

/** Nouns ending in ات or ة are rarely personal names unless known (فاطمة، أسامة); nor is a noun with her / their (ناشرها). */
export const notAName = (w: string) =>
  (w.endsWith('ات') && w.length >= 4) || ((w.endsWith('ة') || possessedNoun(w)) && !AR_GIVEN_NAMES.has(w));
