import {
  AR_COMPLEMENTIZERS,
  AR_GIVEN_NAMES,
  AR_INSTITUTIONS,
  AR_NAME_PARTICLES,
  AR_NP_STOP,
  AR_PP_HEADS,
  AR_PARTICIPLES,
  AR_TIME_WORDS,
  AR_TITLES,
  AR_VERBS,
} from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { stripWa, type Token } from '../tokens';

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
  منشور ندوة اجتماع لقاء جلسة رسالة اتصال مداخلة خطاب خطابه تدوينة حوار إفادة ختام افتتاح بلاغ بلاغه بلاغها
  تقريره تقريرها تقريرهم دراسته دراستها نشرته نشرتها إفصاح إفصاحها مقال مقاله مقالة`),
);
/** Adjectives that make a title of office (الأمين العام، المدير العام المساعد), never a name or a surname. */
export const OFFICE_ADJECTIVES = foldedSet(words('العام العامة المساعد المساعدة'));
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
  // المعلمة، الطالبة: the feminine of a title the list has only in the masculine (not a body: الجامعة is no جامع).
  if (last === 'ة') return w.startsWith('ال') && w.length >= 6 && AR_TITLES.has(w.slice(0, -1)) && !AR_INSTITUTIONS.has(w);
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
/**
 * "يقول محمد بصوت منخفض"، "فأجاب حسين نافياً وجود …": after a name word, a manner phrase or a circumstantial
 * participle (فاعلاً، مُفعِلاً) tells how he spoke; the name has ended. Given names and surnames met before
 * keep their place (رانيا).
 */
export const mannerAfterName = (w: string, known: ReadonlySet<string>) =>
  isMannerPhrase(w) || (CIRCUMSTANTIAL.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w));

// Word lists the phrase reader (arabic.ts) stops or turns at.

/**
 * Honorifics that only ever stand before a person's name (not الإعلامي or الفنان, which are also
 * adjectives: الدائرة الإعلامية): after a role, the name starts right after them.
 */
export const NAME_HONORIFICS = foldedSet(
  words('الحاج الحاجة الشيخ الشيخة معالي سعادة سمو فخامة سماحة الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة السيد السيدة'),
);

/** البالغ (من العمر): an age after a role. */
export const AGE_OPENERS = foldedSet(words('البالغ البالغة'));

/** "تقدَّر بأكثر من …", "بلغت نحو …": words that open an amount, never a speaker. */
export const AMOUNT_PREPOSITIONS = foldedSet(words('بأكثر بأقل بنحو بحوالي بقرابة أكثر أقل نحو حوالي قرابة زهاء'));

/** Kinship heads: whoever they are followed by, the speaker is the relative. */
export const KIN = new Set(words('والد والدة شقيق شقيقة زوج زوجة ابن ابنة ام اب جد جدة عم عمة خال خالة اخ اخت ارملة نجل نجلة'));

/**
 * "بقرار الحظر"، "لأسباب": a noun with a glued ب or ل opens a prepositional phrase after the
 * subject. Given names and Maghreb family names in بو/بن/بل (بوعلام، بنعلي) are kept.
 */
export function gluedPrepositionPhrase(w: string, known: ReadonlySet<string>): boolean {
  return /^[بل]/.test(w) && w.length >= 4 && !/^(بو|بن|بل)/.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w);
}

/** The word after an honorific opening a phrase: a name's first word unless a lexicon says it is something else. */
export function unknownNameAfterHonorific(t: Token | undefined, after: Token | undefined, known: ReadonlySet<string>): boolean {
  if (!t || t.kind !== 'word' || !t.arabic || t.text.length < 3) return false;
  const w = t.text;
  if (AR_GIVEN_NAMES.has(w) || known.has(w)) return false;
  return (
    !isDefinite(w) &&
    !isStop(w) &&
    !isTitle(w) &&
    !isInstitution(w) &&
    !isVerb(w) &&
    !isRecipient(w) &&
    !AR_COMPLEMENTIZERS.has(w) &&
    !AR_PP_HEADS.has(w) &&
    !AR_NAME_PARTICLES.has(w) &&
    // A first name may begin with ل or ب like a glued preposition (لجين، بشرى): a given name or
    // particle after it tells (الشيخ لقناة «…» does not).
    (!gluedPrepositionPhrase(w, known) || (!!after && (AR_GIVEN_NAMES.has(after.text) || AR_NAME_PARTICLES.has(after.text))))
  );
}

/** What a body welcomes or rejects (رحبت الهيئة بالقرار، نددت النقابة بالخطوة): after بال, the verb's object, never more of the name. */
export const WELCOMED_MATTERS = foldedSet(
  words(`قرار القرار قرارات القرارات خطوة الخطوة اتفاق الاتفاق اتفاقية الاتفاقية مبادرة المبادرة إعلان الإعلان مقترح المقترح
  اقتراح الاقتراح مشروع المشروع حكم الحكم نتائج النتائج إجراء الإجراء إجراءات الإجراءات جهود الجهود زيارة الزيارة موقف الموقف`),
);

/** "في تقريرها السنوي الصادر في …": definite adjectives of a body's own document (after its possessive). */
const OWN_DOCUMENT_ADJECTIVES = foldedSet(
  words('السنوي السنوية الشهري الشهرية الفصلي الفصلية الأخير الأخيرة الأول الأولى الجديد الجديدة الأسبوعي الأسبوعية الدوري الدورية'),
);
/** "تقريرها الصادر في يونيو"، "بيانها المنشور أمس": a participle opening what the document is; nothing after it speaks. */
export const ISSUED_PARTICIPLES = foldedSet(words('الصادر الصادرة المنشور المنشورة الموزع الموزعة'));
/** An adjective of the statement event `event` (بيان مشترك; a possessed one also تقريرها السنوي). */
export const eventAdjectiveOf = (event: string, w: string) =>
  isEventAdjective(w) || (/(ه|ها|هم)$/u.test(event) && OWN_DOCUMENT_ADJECTIVES.has(w));

/** وقت، فترة: nouns of time that an adjective of order places (في وقت سابق، في فترة لاحقة): never a speaker or part of one. */
export const TIME_SPAN_NOUNS = foldedSet(words('وقت فترة مرحلة'));
export const TIME_SPAN_ADJECTIVES = foldedSet(words('سابق سابقة لاحق لاحقة متأخر متأخرة مبكر مبكرة قريب قريبة'));
/** آخر، أول، أحدث: an ordinal before a statement event (في آخر مقابلة له), which it belongs to. */
export const EVENT_ORDINALS = foldedSet(words('آخر أول أحدث'));

/** Kinds of place whose own name follows them without the article (مدينة حماة، ولاية نهر النيل، مخيم جباليا). */
const PLACE_KINDS = foldedSet(words('مدينة ولاية محافظة بلدية قرية بلدة منطقة إقليم مقاطعة جزيرة نهر حي مخيم ناحية قضاء مديرية'));
/** A kind of place, bare or with a glued ب / ل / و (بولاية، لمحافظة), whose next word is its name. */
export const placeKind = (w: string) => PLACE_KINDS.has(w) || (/^[بلو]/u.test(w) && PLACE_KINDS.has(w.slice(1)));
