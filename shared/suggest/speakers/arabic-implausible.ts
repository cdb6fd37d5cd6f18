import { AR_GIVEN_NAMES, AR_VERBS } from '../lexicon/ar';
import { AR_MONTHS } from '../lexicon/months';
import { foldWord } from '../fold';
import { foldedSet, words } from '../lexicon/util';

/** Question words: a phrase opening with one asks something, it names no one (وكيف تعاملت …). */
const QUESTION_WORDS = foldedSet(words('كيف لماذا متى أين هل ماذا كم'));

/**
 * Words that never stand alone for a speaker: adverbs of place, time and restriction (قالت فقط: …، قال هنا),
 * a negation's verbal noun (طلب عدم ذكر اسمه) and the adjectives of a source left unnamed (وفق أرقام رسمية،
 * تقديرات غير رسمية، مسؤول سابق). Read where a phrase was cut short around a verb or a document noun.
 */
const NEVER_ALONE = foldedSet(
  words(`فقط هنا هناك أيضاً أيضا كذلك حينها يومها عندها وقتها الآن آنذاك حالياً حاليا لاحقاً لاحقا مجدداً مجددا
  عدم رسمية رسمي سابق سابقة أولية أولي رسميا رسمياً`),
);

/**
 * Words that open an adverbial, a prepositional phrase or a pronoun's clause, never a noun phrase that
 * names someone: «فأجاب دون تردد»، «قال بشأن …»، «ويضيف، وهو يرتب …»، «سألناه عمّا …».
 * Read on folded words. Not على (folded, it is the name علي) nor إلى (الي); nor an adverb of time
 * (مجدداً، أولاً), which may stand between the verb and its subject (وأكد مجدداً الوزير).
 */
const NOT_A_NAME_OPENER = foldedSet(
  words(`دون بدون عن حول بشأن نحو ضد لدى خلال عبر أثناء إثر عقب منذ حين عندما بينما لما
  هو هي هم هن هما نحن أنا وهو وهي وهم وهن وهما ونحن`),
);
/** عمّا، ممّا، فيما، بما: a preposition fused with ما opens a clause; a name never holds one. */
const FUSED_MA = foldedSet(words('عما مما فيما بما لما'));
/** ذكّرناه، سألناها: a verb with "we" and an object, the writer's own act; no name ends so. */
const WE_DID_IT = /^[وف]?[ء-ي]{2,}نا(ه|ها|هم|هما|هن)$/u;

/**
 * A phrase shaped as no noun phrase: it opens or ends with a preposition or a pronoun, holds a
 * preposition fused with ما, or is one verb with "we" and an object. Words as written or folded.
 */
export function notANounPhrase(written: readonly string[]): boolean {
  const folded = written.map((w) => foldWord(w));
  const first = folded[0] ?? '';
  // Nor does one end with such a word (تبلغ نحو): a preposition wants its object after it.
  if (NOT_A_NAME_OPENER.has(first) || NOT_A_NAME_OPENER.has(folded[folded.length - 1] ?? '')) return true;
  if (folded.some((w) => FUSED_MA.has(w))) return true;
  return folded.length === 1 && WE_DID_IT.test(first);
}

/** ويتابع، وتضيف: a reporting verb with its و, read as the speaker of the quote it opens. */
const reportingVerb = (w: string) => AR_VERBS.has(w) || (/^[وف]/u.test(w) && AR_VERBS.has(w.slice(1)));

/**
 * An Arabic speaker phrase no one is called by: one opening with a question word; a single word
 * shaped as a present-tense verb (تستهلك، يرتفع، تتعامل) that no list knows as a given name (تامر، يوسف);
 * a single adverb, negation or adjective of a source (فقط، عدم، رسمية); a month; a reporting verb.
 */
export function implausibleArabicSpeaker(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  const first = foldWord(parts[0] ?? '');
  if (!/^[\u0621-\u064A]+$/u.test(first)) return false;
  if (QUESTION_WORDS.has(first) || (/^[وف]/u.test(first) && QUESTION_WORDS.has(first.slice(1)))) return true;
  if (notANounPhrase(parts)) return true;
  if (parts.length !== 1 || AR_GIVEN_NAMES.has(first)) return false;
  // Derived forms (تفاعل، استفعل) take one letter more after the prefix: تتعامل، تستهلك. With و joined (ويتابع)
  // only those: a foreign name may start و + ي (ويلسون), or ف + ي (فيريرا).
  const derived = (w: string) => /^[يت](ت|ست)[\u0621-\u064A]{3,4}$/u.test(w);
  const presentVerb = /^[يت][\u0621-\u064A]{3,4}$/u.test(first) || derived(first) || (first.startsWith('و') && derived(first.slice(1)));
  return presentVerb || NEVER_ALONE.has(first) || AR_MONTHS.has(first) || reportingVerb(first);
}
