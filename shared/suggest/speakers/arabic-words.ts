import {
  AR_COMPLEMENTIZERS,
  AR_GIVEN_NAMES,
  AR_INSTITUTIONS,
  AR_NP_STOP,
  AR_PARTICIPLES,
  AR_TIME_WORDS,
  AR_TITLES,
  AR_VERBS,
} from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { stripWa } from '../tokens';

// The word classes the Arabic speaker-phrase reader (arabic.ts) asks about, kept apart so the
// reader's grammar stays readable.
/** Who a statement was made to or through: "لقناة"، "للصحفيين" end the speaker phrase. */
export const RECIPIENTS = foldedSet(
  words(`قناة وكالة صحيفة موقع إذاعة اذاعة تلفزيون التلفزيون مراسل مراسلي وسائل الإعلام الصحافة شبكة برنامج جريدة
  مجلة صحفيين الصحفيين صحافيين الصحافيين الصحفيون إعلاميين الاعلاميين الإعلاميين نظيره نظيرته المراسلين
  عموم كافة جميع الجمهور المواطنين`),
);
/** Events a statement is made in: "في بيان"، "في تصريح" are never part of the speaker. */
export const STATEMENT_EVENTS = foldedSet(
  words(`بيان بيانه بيانها تصريح تصريحات تصريحه تصريحاتها تصريحاته مؤتمر مؤتمره كلمة كلمته مقابلة حديث حديثه تغريدة
  منشور ندوة اجتماع لقاء جلسة رسالة اتصال مداخلة خطاب خطابه تدوينة حوار إفادة ختام افتتاح بلاغ بلاغه بلاغها`),
);
export const PLURAL_HEADS = foldedSet(words('خبراء شهود قادة مصادر سكان نواب أعضاء وزراء مسؤولو مراقبون ناشطون عدد'));

export const APPOSITIVE_OPENERS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن']);
/** فاعلاً and مُفعِلاً with the accusative alef: طالبا، رافضا، مؤكدا. */
export const CIRCUMSTANTIAL = /^([\u0621-\u064A]ا[\u0621-\u064A]{2}|م[\u0621-\u064A]{3,5})ا$/;
/** Verbs opening the relative clause of an anonymous source (طلب عدم الكشف عن اسمه، فضل عدم ذكر هويته). */
export const ANONYMITY_VERBS = foldedSet(words('طلب طلبت طلبوا فضل فضلت فضلوا رفض رفضت رفضوا اشترط اشترطت اشترطوا شريطة مشترطا'));
const EVENT_ADJECTIVES = foldedSet(
  words(`مشترك مشتركة متلفز متلفزة مقتضب مقتضبة مكتوب مكتوبة خاص خاصة رسمي رسمية صحفي صحافي صحفية صحافية إذاعي تلفزيوني هاتفي
  سابق سابقة لاحق لاحقة جديد جديدة أخير أخيرة مماثل مماثلة منفصل منفصلة`),
);
/** صحفي، مشترك، متلفز: indefinite adjectives of a statement event, never a given name. */
export const isEventAdjective = (w: string) =>
  EVENT_ADJECTIVES.has(w) || (!w.startsWith('ال') && (w.endsWith('ي') || w.endsWith('ية')) && w.length >= 4 && !AR_GIVEN_NAMES.has(w));

/** A title with the paper's possessive (مراسلنا، مراسلتنا، مندوبنا): our correspondent, whose name follows. */
// Not أحدهم (one of them) nor معاليه (his excellency): those stand for a person already named.
const NOT_POSSESSIVE_TITLES = foldedSet(words('احد احدي معالي سمو فخامة جلالة سماحة سعادة'));
const possessiveTitle = (w: string, suffix: string) =>
  w.endsWith(suffix) &&
  !NOT_POSSESSIVE_TITLES.has(w.slice(0, -suffix.length)) &&
  !NOT_POSSESSIVE_TITLES.has(`${w.slice(0, -suffix.length - 1)}ة`) &&
  w.length >= suffix.length + 3 &&
  (AR_TITLES.has(w.slice(0, -suffix.length)) || (w.at(-suffix.length - 1) === 'ت' && AR_TITLES.has(`${w.slice(0, -suffix.length - 1)}ة`)));
/**
 * A title as written in a sentence: bare, with a possessive (مراسلنا; مديرها، نائبه: its director,
 * his deputy, whose name may follow) or in the accusative after إن / أن (مسؤولاً، مصدراً).
 */
export const isTitle = (w: string) => {
  if (AR_TITLES.has(w)) return true;
  // Only words ending in a possessive or the accusative alef need the slower checks (called per token).
  const last = w.at(-1);
  if (last !== 'ا' && last !== 'ه' && last !== 'م') return false;
  return (
    possessiveTitle(w, 'نا') ||
    possessiveTitle(w, 'ها') ||
    possessiveTitle(w, 'هم') ||
    (possessiveTitle(w, 'ه') && !AR_GIVEN_NAMES.has(w)) ||
    (last === 'ا' && !w.startsWith('ال') && w.length >= 5 && AR_TITLES.has(w.slice(0, -1)) && !AR_GIVEN_NAMES.has(w))
  );
};
export const isInstitution = (w: string) => AR_INSTITUTIONS.has(w);
export const isDefinite = (w: string) => w.startsWith('ال') || w.startsWith('لل');
export const isStop = (w: string) => AR_NP_STOP.has(w) || AR_TIME_WORDS.has(w) || AR_COMPLEMENTIZERS.has(w);
export const isVerb = (w: string) => AR_VERBS.has(w) || AR_VERBS.has(stripWa(w)) || AR_PARTICIPLES.has(w);
/** A word with a glued ل that names a recipient (لقناة، للصحفيين). */
export function isRecipient(w: string): boolean {
  if (!w.startsWith('ل') || w.length < 4) return false;
  const rest = w.startsWith('لل') ? `ال${w.slice(2)}` : w.slice(1);
  return RECIPIENTS.has(rest) || RECIPIENTS.has(w.slice(2));
}
/** Nouns of manner after a glued ب that say how something was said (قال بحسرة، بصوت متهدج، بنبرة حادة). */
const MANNER_NOUNS = foldedSet(
  words(`حسرة صوت غضب ثقة هدوء حزن فخر ابتسامة مرارة حماس حماسة انفعال تأثر أسى ألم حرقة لهجة نبرة سخرية اقتضاب صراحة
  وضوح حذر تفاؤل ارتياح دهشة فرح حرارة عصبية استياء أسف تهكم حدة حزم يأس أمل لوعة شغف اعتزاز امتنان`),
);
/** بحسرة، بصوت: a manner phrase, never a speaker. */
export const isMannerPhrase = (w: string) => w.length > 3 && w.startsWith('ب') && MANNER_NOUNS.has(w.slice(1));
