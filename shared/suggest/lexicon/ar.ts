// Arabic lexicons. Entries are written as a journalist would type them; they are folded
// (hamza-less alef, ى→ي, no diacritics) before matching.
import { foldWord } from '../fold';
import {
  HONORIFIC_PRONOUNS,
  HONORIFICS,
  KIN_WITH_PRONOUN,
  MORE_FEMALE_NAMES,
  MORE_INSTITUTIONS,
  MORE_MALE_NAMES,
  PEOPLE_WHO_SPEAK,
  PLACE_ADVERBS,
  PRONOUN_PREPOSITIONS,
} from './ar-people';
import { foldedMap, foldedSet, words } from './util';

/** Prepositions that may sit between a reporting verb and its complementizer (أشار إلى أن). */
/** Written as usual (إلى، على); folded before use. */
export type CuePrep = string;

interface VerbEntry {
  /** Past masculine singular, as written. */
  past: string;
  /** Present forms (3rd person masc/fem/plural) worth recognizing in news prose. */
  present?: string[];
  preps?: CuePrep[];
  /** Present-tense/expectation verbs report a view rather than a statement. */
  weak?: boolean;
}

const VERBS: VerbEntry[] = [
  { past: 'قال', present: ['يقول', 'تقول', 'يقولون'] },
  { past: 'أكد', present: ['يؤكد', 'تؤكد', 'يؤكدون'], preps: ['على'] },
  { past: 'أوضح', present: ['يوضح', 'توضح'] },
  { past: 'أضاف', present: ['يضيف', 'تضيف'] },
  { past: 'أشار', present: ['يشير', 'تشير', 'يشيرون'], preps: ['إلى'] },
  { past: 'صرح', present: ['يصرح', 'تصرح'], preps: ['ب'] },
  { past: 'أعلن', present: ['يعلن', 'تعلن'] },
  { past: 'ذكر', present: ['يذكر', 'تذكر'] },
  { past: 'نفى', present: ['ينفي', 'تنفي'] },
  { past: 'اعتبر', present: ['يعتبر', 'تعتبر', 'يعتبرون'] },
  { past: 'رأى', present: ['يرى', 'ترى', 'يرون'] },
  { past: 'كشف', present: ['يكشف', 'تكشف'], preps: ['عن'] },
  { past: 'شدد', present: ['يشدد', 'تشدد'], preps: ['على'] },
  { past: 'لفت', present: ['يلفت', 'تلفت'], preps: ['إلى'] },
  { past: 'تابع' },
  { past: 'أفاد', present: ['يفيد', 'تفيد'], preps: ['ب'] },
  { past: 'نوه', preps: ['إلى', 'ب'] },
  { past: 'زعم', present: ['يزعم', 'تزعم'] },
  { past: 'ادعى', present: ['يدعي', 'تدعي'] },
  { past: 'حذر', present: ['يحذر', 'تحذر'], preps: ['من'] },
  { past: 'أردف' },
  { past: 'استطرد' },
  { past: 'أقر', preps: ['ب'] },
  { past: 'اعترف', preps: ['ب'] },
  { past: 'أبلغ' },
  { past: 'أخبر' },
  { past: 'رد', preps: ['ب', 'على'] },
  { past: 'توقع', present: ['يتوقع', 'تتوقع', 'يتوقعون'], weak: true },
  { past: 'قدر', present: ['يقدر', 'تقدر'], weak: true },
  { past: 'اعتقد', present: ['يعتقد', 'تعتقد', 'يعتقدون'], weak: true },
  { past: 'رجح', present: ['يرجح', 'ترجح'], weak: true },
  { past: 'أعرب', preps: ['عن'], weak: true },
  // "تحدثت الممرضة … عن نقص الأدوية": rarely a clause, but it makes her the latest speaker.
  { past: 'تحدث', present: ['يتحدث', 'تتحدث'], preps: ['عن'] },
  // Verbs whose object sits between subject and complementizer: وصفت المعارضة البرنامج بأنه «…».
  { past: 'وصف', present: ['يصف', 'تصف'], preps: ['ب'] },
  { past: 'اتهم', present: ['يتهم', 'تتهم'], preps: ['ب'] },
  // What a report or data showed: أظهر التقرير أن …. Weak: a document's subject is linked less surely, so
  // Accept all leaves it for review. (كتب and روى were tried too: they lowered Accept all on batch L's check part.)
  { past: 'أظهر', weak: true },
  { past: 'أجاب', present: ['يجيب', 'تجيب'] },
  // "وتساءل رئيس اللجنة: «…؟»": a question is quoted like a statement.
  { past: 'تساءل', present: ['يتساءل', 'تتساءل', 'يتساءلون'] },
  { past: 'نبه', present: ['ينبه', 'تنبه'], preps: ['إلى'] },
];

/** Past forms: masculine, feminine (+ت), dual (+ا), plural (+وا); defective ى-verbs drop the ى. */
function pastForms(past: string): string[] {
  if (past.endsWith('ى')) {
    const stem = past.slice(0, -1);
    return [past, `${stem}ت`, `${stem}يا`, `${stem}وا`];
  }
  return [past, `${past}ت`, `${past}ا`, `${past}وا`];
}

export interface ArabicCue {
  lemma: string;
  preps: CuePrep[];
  plural: boolean;
  feminine: boolean;
  weak: boolean;
}

/** Every recognized reporting-verb form (folded) → what it tells us. */
export const AR_VERBS: Map<string, ArabicCue> = (() => {
  const entries: Array<readonly [string, ArabicCue]> = [];
  for (const v of VERBS) {
    const base = { lemma: v.past, preps: ['', ...(v.preps ?? []).map(foldWord)], weak: v.weak ?? false };
    const forms = pastForms(v.past);
    forms.forEach((f, i) => entries.push([f, { ...base, feminine: i === 1, plural: i >= 2 }]));
    for (const p of v.present ?? []) entries.push([p, { ...base, feminine: p.startsWith('ت'), plural: p.endsWith('ون') }]);
  }
  return foldedMap(entries);
})();

/**
 * Adverbial participles that continue the same speaker's statement (…، مضيفاً أن …).
 * They end the clause before them and open a new one with the same speaker.
 */
export const AR_PARTICIPLES: Map<string, CuePrep[]> = (() => {
  const base: Array<[string, CuePrep[]]> = [
    ['مضيف', ['']],
    ['مؤكد', ['', 'على']],
    ['مشير', ['إلى']],
    ['موضح', ['']],
    ['لافت', ['إلى']],
    ['معتبر', ['']],
    ['متابع', ['']],
    ['منوه', ['إلى', 'ب']],
    ['محذر', ['من']],
    ['مشدد', ['على']],
    ['كاشف', ['عن']],
    ['قائل', ['']],
    ['مبين', ['']],
    ['واصف', ['ب', '']],
    ['مطالب', ['ب']],
    ['داعي', ['إلى']],
    ['معرب', ['عن']],
    ['متمني', ['']],
    ['مرجح', ['']],
    ['متوقع', ['']],
    ['مستبعد', ['']],
    ['منبه', ['الى']],
    ['مستدرك', ['']],
    ['معلن', ['']],
    ['مبدي', ['']],
    ['ملمح', ['الى']],
  ];
  const entries: Array<readonly [string, CuePrep[]]> = [];
  for (const [stem, preps] of base) {
    for (const suffix of ['ا', 'اً', 'ة', 'ين', 'ون']) entries.push([stem + suffix, preps.map(foldWord)]);
  }
  return foldedMap(entries);
})();

/** Participles that end the clause but do not introduce reported speech themselves. */
export const AR_NON_REPORTING_PARTICIPLES = foldedSet(
  ['مطالب', 'داعي', 'معرب', 'متمني', 'مبدي'].flatMap((s) => ['ا', 'اً', 'ة', 'ين', 'ون'].map((x) => s + x)),
);

/** Complementizers, with attached pronouns: أن، إن، بأن، أنه، إنها، إننا… */
export const AR_COMPLEMENTIZERS = foldedSet(
  ['أن', 'إن', 'بأن', 'بإن'].flatMap((c) => ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ك'].map((p) => c + p)),
);

/** "According to" attributions: وفقاً لـ، بحسب، حسب، طبقاً لـ، نقلاً عن. */
export const AR_ACCORDING = foldedSet([
  'بحسب',
  'وبحسب',
  'حسب',
  'وحسب',
  'وفق',
  'ووفق',
  'وفقا',
  'ووفقا',
  'وفقاً',
  'ووفقاً',
  'طبقا',
  'طبقاً',
  'نقلا',
  'نقلاً',
]);

/** Particles that may precede a reporting verb without changing its role (كما قال، وقد أكد). */
export const AR_VERB_PARTICLES = foldedSet([
  'كما',
  'وكما',
  'قد',
  'وقد',
  'فقد',
  'لقد',
  'بدوره',
  'بدورها',
  'فيما',
  'بينما',
  'حين',
  'عندما',
  'ثم',
  'أما',
  'وأما',
  'لكن',
  'ولكن',
]);

/** Heads of role phrases: titles, jobs and kinds of people who make statements. */
export const AR_TITLES = foldedSet(
  words(`متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة وزير وزيرة الوزير الوزيرة وزراء الوزراء
  رئيس رئيسة الرئيس الرئيسة رؤساء مسؤول مسؤولة المسؤول المسؤولة مسؤولون مسؤولين المسؤولون المسؤولين مسؤولو
  مصدر المصدر مصادر المصادر مدير مديرة المدير المديرة أمين الأمين أمينة نائب النائب نائبة النائبة نواب النواب
  سفير السفير سفيرة السفيرة مستشار المستشار مستشارة قائد القائد قادة القادة محافظ المحافظ عضو العضو أعضاء
  خبير الخبير خبيرة خبراء الخبراء محلل المحلل محللون محللين المحللون مراسل المراسل شاهد شهود الشهود
  مواطن مواطنون مواطنين المواطنون ناشط ناشطة ناشطون ناشطين الناشط الناشطون دبلوماسي دبلوماسيون دبلوماسيين الدبلوماسي
  مندوب المندوب ممثل الممثل ممثلة منسق المنسق منسقة مفوض المفوض مفوضة مبعوث المبعوث مبعوثة وكيل الوكيل
  عميد العميد لواء اللواء عقيد العقيد العميد جنرال الجنرال الدكتور الدكتورة الشيخ المهندس الأستاذ البروفيسور
  الملك الأمير الأميرة حاكم الحاكم مدرب المدرب لاعب اللاعب قاضي القاضي قاض محامي المحامي محام طبيب الطبيب
  باحث الباحث باحثة أستاذ أستاذة سكان أحد إحدى قيادي القيادي قياديون قياديين زعيم الزعيم أمين عام
  مساعد المساعد مساعدة المساعدة نقيب النقيب مرشد المرشد رئيسة المديرة المتحدثون متحدثون مراقبون المراقبون
  عضوة معلم المعلم مزارع مزارعون موظف موظفون الموظفون عامل عمال العمال طالب طلاب الطلاب
  معاون المعاون معاونة كبير كبيرة صاحب صاحبة سمو معالي فخامة جلالة سماحة وكيلة الوكيلة ممرض ممرضة الممرض الممرضة مهندس مهندسة المهندسة صحفي صحفية الصحفي
  الصحفية مفتش المفتش مراقب المراقب مدعي المدعي نقيبة رئيسة مستشارة المستشارة أمينة الأمينة قاضية القاضية
  محامية المحامية طبيبة الطبيبة باحثة الباحثة خبيرة الخبيرة محللة المحللة مراسلة المراسلة ناشطة الناشطة
  السفيرة المندوبة مندوبة المنسقة المفوضة المبعوثة النائبة الناطقة المتحدثة
  زوجته زوجها زوجة ابنه ابنها ابنته ابنتها ابن ابنة والده والدته والدها والدتها والد والدة شقيقه شقيقها شقيقته
  شقيقتها أخوه أخوها أخته أختها جاره جارته جارها أرملة أرملته صديقه صديقها
  الرجل المرأة السيدة الشاب الشابة الفتاة الفتى العجوز المسن المسنة
  والي الوالي مقرر المقرر مقررة المقررة متهم متهمة المتهم المتهمة المتهمون المشتكي المشتكية الشاكي الضحية`),
);

/** Heads of institutions that issue statements. */
export const AR_INSTITUTIONS = foldedSet(
  words(`وزارة الوزارة هيئة الهيئة منظمة المنظمة جمعية الجمعية مجلس المجلس حركة الحركة حزب الحزب الجيش جيش
  الشرطة شرطة الحكومة حكومة الرئاسة مصرف المصرف البنك بنك شركة الشركة وكالة الوكالة صحيفة الصحيفة قناة القناة
  الاتحاد اتحاد الديوان ديوان مكتب المكتب دائرة الدائرة مديرية المديرية سلطة السلطة السلطات سلطات الكرملين
  الخارجية الداخلية الدفاع الجامعة جامعة المفوضية مفوضية اللجنة لجنة المرصد مرصد المعهد معهد مركز المركز
  الصندوق صندوق تقرير التقرير بيان البيان بيانات البيانات دراسة الدراسة استطلاع إحصاءات الإحصاءات أرقام الأرقام
  المحكمة محكمة البرلمان برلمان النيابة الادعاء الأمانة أمانة القيادة قيادة الحرس البعثة بعثة السفارة سفارة
  القنصلية الأمم الائتلاف ائتلاف التحالف تحالف الفريق فريق النقابة نقابة الغرفة غرفة الإدارة إدارة
  البيت الجهاز جهاز الهلال الصليب المستشفى مستشفى الإطار مؤسسة المؤسسة تقديرات التقديرات إحصائيات معطيات المعطيات
  تقارير التقارير دراسات الدراسات حصيلة إحصائية وثيقة وثائق معلومات`),
);

/** Words that end a speaker phrase: prepositions, adverbs of time, relatives, conjunctions. */
export const AR_NP_STOP = foldedSet(
  words(`في من إلى الي على عن مع لدى أن إن بأن أنه إنه ل لـ ب الذي التي الذين اللذين اللتين اللواتي اللاتي
  اليوم أمس غدا غداً صباح مساء ليلة ظهر فجر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  خلال عبر أمام عقب بعد قبل منذ حول عند وسط ضمن إثر أثناء كما حيث وقد قد ما لا لم لن هو هي هم نحن أنا ذلك هذا هذه تلك
  أيضا أيضاً كذلك بدوره بدورها اثر تعليقا تعليقاً ردا رداً بشأن إزاء حين عندما بينما فيما وذلك أي أو ثم
  كان وكان فكان كانت وكانت فكانت يكون تكون بين مرة ذات وهو وهي وهم وهما وهن`),
);

/** Time adverbs that may stand alone between commas after the subject (، أمس، / ، اليوم الأحد،). */
export const AR_TIME_WORDS = foldedSet(
  words(`اليوم أمس غدا غداً صباح مساء ليلة ظهر فجر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  الماضي الماضية المقبل المقبلة الجاري صباحا صباحاً مساء مساءً الليلة الفائت الفائتة
  يومها حينها وقتها ساعتها آنذاك ليلا ليلاً ظهرا ظهراً فجرا فجراً`),
);

/** Phrases that open a prepositional phrase to skip before/after the subject (في بيان، لقناة…). */
export const AR_PP_HEADS = foldedSet(words('في خلال عبر أمام عقب لدى أثناء إثر اثر ل لـ بعد قبل مع'));

/** Relative pronouns: a comma chunk starting with one is a relative clause, not an appositive. */
export const AR_RELATIVES = foldedSet(words('الذي التي الذين اللذين اللتين اللواتي اللاتي والذي والتي والذين ممن من'));

/** Name particles that join the next word into the name (عبد الله، أبو مازن، بن سلمان). */
export const AR_NAME_PARTICLES = foldedSet(words('عبد أبو أبي أبا بن ابن بنت آل ولد أم بني آيت'));

/** Common given names, including Maghreb names that carry the article (الطيب، الحبيب). */
export const AR_GIVEN_NAMES = foldedSet(
  words(`محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد يوسف إبراهيم إسماعيل سعيد سعد سعود فهد فيصل سلمان سلطان
  عادل عماد عمرو عمار طارق طلال نبيل نجيب نصر ناصر نادر هاني هشام وائل وليد ياسر يحيى زياد زكي زكريا سامي سمير
  سامح شريف صالح صلاح ضياء طه عاطف عزيز عصام علاء فادي فارس فؤاد كريم كمال ماجد مازن مالك مجدي مراد مروان منصور
  منير موسى مهدي نزار نضال هيثم وسيم أيمن أسامة أنور باسل بسام بشار بشير جمال جورج حازم حامد حمدي حمزة خليل رامي
  رائد رشيد رضا رياض سامر سليم سليمان شادي صابر صبري طلعت عاصم عامر عباس عدنان عزت غسان فتحي فراس فريد قاسم كامل
  لؤي ماهر محسن مدحت معتز مؤمن نعيم هادي وحيد يونس أشرف إيهاب أكرم أمين بهاء ثامر جهاد حافظ حسام حسني رأفت رفعت
  سيف شوقي صفوت غازي فاضل فكري لطفي مأمون مختار مسعود منذر نايف نواف ياسين يزن إسحاق يعقوب داود سليم بدر تامر
  فاطمة مريم عائشة خديجة زينب سارة نورا هند ليلى سلمى رانيا رنا رشا ريم دينا منى مها نادية نجلاء ياسمين سميرة
  سوسن علياء غادة لبنى لمى ميساء نسرين هالة هبة يسرا شيرين داليا رغدة جميلة كريمة
  نورة نوره أميرة منيرة رانية نبيلة عبلة سهام وداد نجوى ابتسام انتصار إلهام أحلام آمال بشرى رحمة سلوى عفاف
  فدوى لطيفة ماجدة نعيمة حليمة زهرة صفية عزة نوال هيفاء ميرفت جيهان شيماء آية ملك تغريد روان لانا جنى
  حمزة طلحة عبيدة معاوية حذيفة قتيبة عروة عكرمة عطية
  إياد رامز سهيل شكري عبدو عزمي فوزي مهند نبهان هاشم أنس براء بلال ثائر جعفر حسان خلدون راشد زاهر سالم
  سامر شاكر صقر ضياء عارف عبيد عدي علوان غالب قصي لؤي مأمون مثنى مجد معين منذر مهدي نائل نزيه نصري هادي
  وجدي ياسر يامن يزيد عبود حمد حمدان محمد مبارك راضي فالح مشعل متعب تركي بندر عبدالله عبدالرحمن عبدالعزيز
  جون جوزيف ديفيد دافيد مايكل ميشال ميشيل بيتر بيار بول مارك روبرت ريتشارد جيمس توماس أنطونيو أنطوني إيمانويل
  أولاف فلاديمير دونالد جو جوزيف كامالا هيلاري أنجيلا تيريزا ماريا صوفي كريستين كاترين إيلي إيليا ستيفان ستيفن
  فرانسوا فرنسيس جان لوران لورنس لويس نيكولا نيكولاس ألكسندر سيرغي سيرجي ديمتري أنطونيو خوسيه كارلوس ماريو
  وليام هنري تشارلز إدوارد فيليب أندرو أندريه ماكس مارتن كيفن براين جاستن جوناثان بنيامين يائير إيهود أفيغدور
  رجب أحمت مولود هاكان ريشي بوريس كير ليز أورسولا كايا جوزيب أنالينا فولكر ولفغانغ
  الطيب الحبيب الهادي المنصف الصادق العربي الحسين الحسن المهدي الأمين البشير الطاهر المختار العيد الشاذلي
  المنجي الناصر السعيد الصديق العياشي`),
);

/**
 * Proper nouns that close an Arabic construct chain (رئيس وزراء إسرائيل …) though written
 * without the article: countries, capitals and well-known organizations.
 */
export const AR_PROPER_PLACES = foldedSet(
  words(`مصر قطر إسرائيل أمريكا أميركا إيران تركيا فلسطين لبنان سوريا سورية العراق الأردن السعودية الإمارات الكويت
  البحرين عمان اليمن ليبيا تونس الجزائر المغرب موريتانيا السودان الصومال جيبوتي روسيا الصين فرنسا بريطانيا ألمانيا
  إيطاليا إسبانيا أوكرانيا اليابان الهند باكستان أفغانستان غزة القدس بيروت دمشق بغداد عمان الرياض الدوحة أبوظبي
  دبي القاهرة الرباط تونس طرابلس الخرطوم صنعاء طهران أنقرة موسكو واشنطن باريس لندن برلين جنيف نيويورك
  حماس فتح الناتو اليونسكو اليونيسف الأونروا أوروبا أفريقيا آسيا دبي الضفة`),
);

/** Pronoun-like definite references that mean "the same source/official as before". */
export const AR_SAME_AS_BEFORE = foldedSet(words('ذاته ذاتها نفسه نفسها عينه'));

/** Given names that are women's, for feminine verbs (قالت، أضافت) with no subject written. */
export const AR_FEMALE_NAMES: Set<string> = foldedSet(
  words(`فاطمة مريم عائشة خديجة زينب سارة نورا هند ليلى سلمى رانيا رنا رشا ريم دينا منى مها نادية نجلاء ياسمين سميرة
  سوسن علياء غادة لبنى لمى ميساء نسرين هالة هبة يسرا شيرين داليا رغدة جميلة كريمة وفاء أمل إيمان هدى نور سعاد
  آمنة عبير ريما لينا دعاء أسماء حنان سهى نهى سناء رحاب
  نورة نوره أميرة منيرة رانية نبيلة عبلة سهام وداد نجوى ابتسام انتصار إلهام أحلام آمال بشرى رحمة سلوى عفاف
  فدوى لطيفة ماجدة نعيمة حليمة زهرة صفية عزة نوال هيفاء ميرفت جيهان شيماء آية ملك تغريد روان لانا جنى`),
);

for (const name of MORE_FEMALE_NAMES) AR_FEMALE_NAMES.add(name);
for (const name of MORE_MALE_NAMES) AR_GIVEN_NAMES.add(name);
// Every woman's name is a given name too.
for (const name of AR_FEMALE_NAMES) AR_GIVEN_NAMES.add(name);
for (const w of MORE_INSTITUTIONS) AR_INSTITUTIONS.add(w);
for (const w of [...PEOPLE_WHO_SPEAK, ...HONORIFICS, ...KIN_WITH_PRONOUN]) AR_TITLES.add(foldWord(w));
for (const w of [...PRONOUN_PREPOSITIONS, ...PLACE_ADVERBS, ...HONORIFIC_PRONOUNS]) AR_NP_STOP.add(w);
