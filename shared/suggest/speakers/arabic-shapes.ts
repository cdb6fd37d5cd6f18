// Shapes of Arabic words the speaker-phrase reader (arabic.ts) tells apart by their form: verbal
// nouns, relative verbs, plurals of people. Kept apart so the reader's grammar stays readable.

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
