// More Arabic words for people and bodies that speak, written as a journalist types them
// (folded before use). General lists: given names common across the Arab world, bodies
// that issue statements, honorifics, kinship and anonymous sources. No name here comes
// from an article the rules were checked on.
import { foldedSet, words } from './util';

/** Common given names, men's. */
export const MORE_MALE_NAMES = foldedSet(
  words(`أسعد أمجد أمير أيوب إدريس إسلام إلياس باسم بدري برهان بكر توفيق ثابت جابر جلال جميل جواد حاتم حارث حبيب حميد
  خليفة دريد ذياب رافع ربيع رشاد رضوان رعد رفيق رمزي زهير زيد سفيان صادق صبحي صفوان عرفات عطا عقيل عوض عيسى فايز
  معاذ معن همام وسام عبدالكريم عبدالرحيم عبدالحميد عبدالمجيد عبدالسلام عبداللطيف عبدالقادر عبدالرزاق عبدالوهاب
  عبدالحليم عبدالفتاح عبدالإله عبدالباسط عبدالجبار عبدالناصر عبدالمنعم عبدالغني عبدالهادي عبدالرؤوف عبدالخالق
  عبدالمحسن عبدالحكيم`),
);

/** Common given names, women's. */
export const MORE_FEMALE_NAMES = foldedSet(
  words(`أروى أسيل أماني أمينة إسراء بتول بثينة بسمة تهاني ثريا جنان جود حياة خلود دانة دلال ديما رباب رزان رغد رقية
  رهف ريهام سحر سماح سمر شذى صفاء ضحى علا غدير فاتن فرح لميس مايا منال مي ميسون وعد ولاء يسرى`),
);

/** Bodies that issue statements, with and without the article. */
export const MORE_INSTITUTIONS = foldedSet(
  words(`بلدية البلدية بلديات البلديات نادي النادي منتخب المنتخب كلية الكلية مدرسة المدرسة مصنع المصنع قوات القوات
  الأمن المخابرات الاستخبارات الدفاع المدني نيابة محكمة المحاكم جبهة الجبهة تنسيقية التنسيقية لجان اللجان رابطة الرابطة
  كتلة الكتلة تيار التيار قائمة مجموعة المجموعة مؤسسات المؤسسات شركات الشركات بورصة البورصة مختبر المختبر مرصد
  المرصد مستشفيات المستشفيات أمانة محافظة المحافظة ولاية الولاية الإمارة مقاطعة المقاطعة قيادة القيادة أركان الأركان
  مصلحة المصلحة صحيفة الصحيفة مجلة المجلة إذاعة الإذاعة تلفزيون التلفزيون موقع الموقع منصة المنصة جهاز الجهاز
  الادعاء الدفاع الخارجية الرئاسة المعارضة الموالاة النقابات الاتحادات الجمعيات الأحزاب الفصائل الحكومات
  مديرية مديريات المديريات هيئات الهيئات سلطات دفاع فيدرالية الفيدرالية كونفدرالية الكونفدرالية`),
);

/**
 * Honorifics and titles written before a name, never part of it (معالي الوزير فلان،
 * الحاج فلان، د. فلان، م. فلان); a one-letter abbreviation is never a name.
 */
export const HONORIFICS = foldedSet(
  words(`معالي سعادة سمو فخامة جلالة سماحة نيافة غبطة الحاج الحاجة حاج حاجة الشيخ الشيخة شيخ الدكتور الدكتورة
  دكتور دكتورة المهندس المهندسة مهندس الأستاذ الأستاذة أستاذ الأستاذ الدكتور البروفيسور بروفيسور المستشار اللواء
  العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير السيد السيدة الآنسة القاضي القاضية المحامي المحامية
  الإمام الأب المطران القس الأمير الأميرة الشريف الفنان الفنانة النجم النجمة الكاتب الكاتبة الشاعر الشاعرة
  الإعلامي الإعلامية الصحفي الصحفية اللاعب اللاعبة المخرج المخرجة الممثل الممثلة المطرب المطربة المدرب`),
);
/** Abbreviated titles written with a full stop: د. (doctor), م. (engineer), أ. (professor). */
// ذ. (ذو الأستاذية) is how Moroccan papers title a lawyer or teacher.
export const ABBREVIATED_TITLES = foldedSet(words('د م أ ل ع ق ذ'));

/** Pronoun forms of honorifics (معاليه، سموه): the person already named, like a pronoun. */
export const HONORIFIC_PRONOUNS = foldedSet(words('معاليه سموه سيادته فخامته جلالته سماحته سعادته حضرتك معاليها سموها'));

/** Kinship, neighbours and anonymous sources that speak: شقيقه، أحد السكان، الأهالي، آخر. */
export const PEOPLE_WHO_SPEAK = foldedSet(
  words(`الأهالي أهالي السكان سكان الأهل ذووه ذويه ذووها عائلته عائلتها أسرته أسرتها شقيق شقيقة جار جارة جيران الجيران
  أقارب أقاربه صديقة زميل زميله زميلها زملاؤه زملاؤها رفاقه مواطنون المواطنون مواطنة مواطنين المواطنين
  شاهد شاهدة شهود عيان آخر أخرى آخرون أخريات بعضهم متحدث ناطق مسؤولون مسؤولو مصدر مصادر المصادر أحد إحدى
  رجل امرأة سيدة شاب شابة فتاة فتى طفل طفلة عجوز مسن مسنة نازح نازحة نازحون النازحون لاجئ لاجئة لاجئون
  مزارع مزارعة المزارعون التاجر تاجر تجار التجار بائع بائعة الباعة سائق سائقو عامل عاملة موظف موظفة طالب طالبة
  ابنة ابنه ابنها والد والدة والده والدها والدته والدتها أمه أمها أبوه أبوها زوج زوجة زوجها زوجته
  خاله عمه عمة جدة جدته حفيد حفيدة الأب الأم الابن الابنة عدد
  صياد صيادة مصرفي مصرفية ناشر ناشرة فلاح فلاحة متطوع متطوعة مسعف مسعفة مستثمر مستثمرة مقاول حلاق خباز
  ضابط ضابطة ضباط جندي جنود مجند عنصر عناصر شرطي شرطية مقاتل مقاتلون عسكري عسكريون حارس حراس رب ربة`),
);

/**
 * Military and police ranks, written before a name and never part of it (العقيد فلان، الفريق أول الركن فلان).
 * A rank may be followed by words that grade or qualify it (أول، ركن، طيار، متقاعد), still no part of the name.
 */
export const RANKS = foldedSet(
  words(`المشير الفريق اللواء العميد العقيد المقدم الرائد النقيب الملازم الجنرال الأدميرال الرقيب العريف المساعد الوكيل
  مشير فريق لواء عميد عقيد مقدم رائد نقيب ملازم جنرال رقيب عريف`),
);
export const RANK_GRADES = foldedSet(words('أول ثان ثاني ركن الركن طيار الطيار بحري البحري متقاعد المتقاعد'));

/** Words of direction and place that end a role or a name: بلدية خان يونس «جنوب» قطاع غزة. */
export const PLACE_ADVERBS = foldedSet(words('جنوب شمال شرق غرب وسط قرب بالقرب داخل خارج أمام خلف'));

/** Prepositions with an attached pronoun (فيه، عنه، لها): never a speaker. */
export const PRONOUN_PREPOSITIONS = foldedSet(
  words(`لي لنا لك لكم فيه فيها فيهم فيهما عنه عنها عنهم له لها لهم لهما منه منها منهم إليه إليها إليهم عليه عليها عليهم به بها بهم
  معه معها معهم لديه لديها لديهم عنده عندها عندهم`),
);

/**
 * Relatives with a possessive pronoun (نجله، شقيقتها، حفيده، رفيقه): his son, her sister. A name after one
 * (نجله الأكبر سالم …) is the relative's own. Written out from stems, a feminine ة becoming ت before the pronoun.
 */
export const KIN_WITH_PRONOUN: string[] = (() => {
  const stems = words(`نجل نجلة ابن ابنة شقيق شقيقة زوج زوجة جار جارة صديق صديقة حفيد حفيدة عم عمة خال خالة جد جدة
  والد والدة أرملة رفيق رفيقة زميل زميلة قريب قريبة تلميذ تلميذة أستاذ أستاذة شريك شريكة صهر خطيب خطيبة`);
  const out: string[] = [];
  for (const stem of stems) {
    const base = stem.endsWith('ة') ? `${stem.slice(0, -1)}ت` : stem;
    for (const pronoun of ['ه', 'ها', 'هم', 'هما']) out.push(base + pronoun);
  }
  return out;
})();
