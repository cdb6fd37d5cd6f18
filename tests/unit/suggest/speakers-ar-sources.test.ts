import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests, in the styles where the speaker reader used to slip:
// titles before three-part names, anonymous sources with a place, bodies that speak in a
// relative clause, and participles whose sentence opens with a verb that is no report.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic speakers: titles, anonymous sources and bodies', () => {
  it('takes the name from an appositive after a governor’s title (والي، السيد)', () => {
    expect(speakerOf('وأكد والي الولاية، السيد رشيد بلقاسم بن عمر، خلال زيارته للمصنع، أن الإنتاج سيتضاعف.')).toEqual([
      'رشيد بلقاسم بن عمر',
    ]);
  });

  it('reads past an adverbial verbal noun between commas (، رداً على …،)', () => {
    expect(speakerOf('وقال وزير الطاقة الدكتور نادر سالم الحمد، رداً على أسئلة الصحفيين، إن الأسعار ستستقر.')).toEqual(['نادر سالم الحمد']);
  });

  it('knows the Moroccan title abbreviation ذ. and a given name that is also a title (أمين)', () => {
    expect(speakerOf('وقال دفاع المتهمة، ذ. يوسف أمين الفاسي، إن موكلته بريئة.')).toEqual(['يوسف أمين الفاسي']);
  });

  it('skips who was spoken to (قال لي، قال لنا) and an adverb in ـياً', () => {
    expect(speakerOf('وقال لنا مدير المستشفى حرفياً: «لا نملك أسرّة كافية».')).toEqual(['مدير المستشفى']);
  });

  it('keeps an anonymous source whole, with the place it sits in', () => {
    const [s] = speakers('وقال مصدر مسؤول في الشركة الوطنية للكهرباء بحمص إن الانقطاع سيستمر يومين.');
    expect(s?.text).toBe('مصدر مسؤول في الشركة الوطنية للكهرباء بحمص');
  });

  it('does not take a relative clause (عقدته، أصدرته) or an event adjective (سابق) as the speaker', () => {
    expect(speakerOf('أما نقابة الأطباء فاعتبرت، في مؤتمر صحفي عقدته في المدينة، أن الأجور متدنية.')).toEqual(['نقابة الأطباء']);
    expect(speakerOf('وكانت الهيئة قد أعلنت في بيان سابق أن التسجيل سيغلق الأحد.')).toEqual(['الهيئة']);
  });

  it('gives a participle the verb-first subject of its own sentence, with a three-part name', () => {
    expect(speakerOf('وقدّم رئيس اللجنة النائب د. وليد حسن الخطيب تقريره، مشيراً إلى أن العجز سيتراجع.')).toEqual(['وليد حسن الخطيب']);
    expect(speakerOf('وخاطب رئيس المحكمة القاضي منير عادل الشمري الحضور قبل الجلسة قائلاً: «القانون فوق الجميع».')).toEqual([
      'منير عادل الشمري',
    ]);
  });

  it('does not take the verb’s object after a body as a speaker (وناشدت اللجنة المنظماتِ …)', () => {
    const text = 'قال رئيس لجنة الإغاثة سمير داود إن المخيم ممتلئ. وناشدت اللجنة المنظمات الدولية التدخل السريع، قائلة: «الناس بلا مأوى».';
    // The feminine participle agrees with the committee, which speaks (issue 12); its object stays out.
    expect(speakerOf(text)).toEqual(['سمير داود', 'اللجنة']);
  });

  it('ends a later surname-only mention before the verb’s object (وطالب داود المجتمعَ الدولي)', () => {
    const text = 'قال الوزير سمير داود إن الوضع صعب. وطالب داود المجتمع الدولي بالتدخل، مؤكدا أن المساعدات لم تصل.';
    expect(speakerOf(text)).toEqual(['سمير داود', 'داود']);
  });

  it('skips a period of time after the verb (قال لي الأسبوع الماضي) and finds who was introduced', () => {
    const text = 'يرفض النائب سمير داود المشروع. «القانون كُتب في المصارف»، قال لي الأسبوع الماضي.';
    expect(speakerOf(text)).toEqual(['سمير داود']);
  });
});

describe('Arabic sources named through what they issued or how many they are', () => {
  it('gives a document’s words to the body that issued it (صادرة عن، الصادرة عن)', () => {
    expect(speakerOf('وبحسب إحصائية صادرة عن الهيئة، بلغ عدد الزوار نحو 40 ألفاً.')).toEqual(['الهيئة']);
    expect(speakerOf('وبحسب نشرة الأسعار الصادرة عن غرفة التجارة في المدينة، ارتفع سعر الخبز 5%.')).toEqual(['غرفة التجارة في المدينة']);
  });

  it('reads وفق ما أعلنه with the pronoun on the verb', () => {
    expect(speakerOf('ارتفعت الصادرات بنسبة 7%، وفق ما أعلنه المكتب الوطني للإحصاء، الأحد.')).toEqual(['المكتب الوطني للإحصاء']);
  });

  it('leaves the public addressed out of the body that speaks (لعموم المواطنين)', () => {
    expect(speakerOf('تعلن بلدية الميناء لعموم المواطنين أنه سيتم إغلاق الشارع الرئيسي.')).toEqual(['بلدية الميناء']);
  });

  it('takes a number of people as one source (عدد من الأهالي)', () => {
    expect(speakerOf('تنقطع الكهرباء يومياً، بحسب عدد من التجار تحدثوا إلى الصحيفة.')).toEqual(['عدد من التجار']);
  });
});

describe('Arabic interviews: who answers', () => {
  const interview = (intro: string) =>
    [
      'مدير غرفة التجارة في المدينة: «الأسواق تتعافى ببطء»',
      'حاوره: كريم يوسف',
      intro,
      'س: كيف حال الأسواق؟',
      'ج: الأسواق تتعافى ببطء، والطلب ما زال ضعيفاً.',
      'س: وما المطلوب؟',
      'ج: نحتاج إلى قروض ميسرة للتجار الصغار.',
    ].join('\n');

  it('takes the name the introduction gives after the headline’s role, for every answer', () => {
    const qs = quotes(interview('التقينا مدير الغرفة، المهندس سليم فؤاد الحداد، في مكتبه بمنطقة الشيخ زايد، وكان هذا الحوار.'));
    const answers = qs.filter((q) => q.attributes.cue === 'ج:');
    expect(answers.map((q) => q.attributes.speakerText)).toEqual(['سليم فؤاد الحداد', 'سليم فؤاد الحداد']);
  });

  it('reads a title abbreviation after a role that ends in a given-name word (الأمين العام للمجلس العربي د. …)', () => {
    const qs = quotes(interview('التقت الصحيفة الأمين العام للمجلس العربي د. وليد سامي بابكر في مكتبه، وأجرت معه الحوار التالي:'));
    const answers = qs.filter((q) => q.attributes.cue === 'ج:');
    expect(answers.map((q) => q.attributes.speakerText)).toEqual(['وليد سامي بابكر', 'وليد سامي بابكر']);
  });
});
