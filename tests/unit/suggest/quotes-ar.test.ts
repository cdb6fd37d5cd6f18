import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

describe('Arabic quotes: reporting verbs and their clauses', () => {
  it.each([
    ['قال المتحدث إن الوضع تحت السيطرة.', 'الوضع تحت السيطرة', 'قال'],
    ['وقالت الوزيرة إن الخطة جاهزة.', 'الخطة جاهزة', 'وقالت'],
    ['فقال الوزير إن الخطة جاهزة.', 'الخطة جاهزة', 'فقال'],
    ['وأكد الوزير أن الاتفاق قريب.', 'الاتفاق قريب', 'وأكد'],
    ['وأوضحت الوزارة أن المدارس ستفتح.', 'المدارس ستفتح', 'وأوضحت'],
    ['وأضافوا أن الانتخابات ستجرى في موعدها.', 'الانتخابات ستجرى في موعدها', 'وأضافوا'],
    ['وأشار الوزير إلى أن الأسعار ستنخفض.', 'الأسعار ستنخفض', 'وأشار إلى'],
    ['ولفت المتحدث إلى أن الجولة الثانية ستعقد غداً.', 'الجولة الثانية ستعقد غداً', 'ولفت إلى'],
    ['وصرح الوزير بأن الدولة استوردت القمح.', 'الدولة استوردت القمح', 'وصرح'],
    ['وأعلنت الحكومة أنها ستخفض الضرائب.', 'ستخفض الضرائب', 'وأعلنت'],
    ['وذكر شهود عيان أن القصف استمر طويلاً.', 'القصف استمر طويلاً', 'وذكر'],
    ['ونفت الوزارة أن تكون قد تلقت أي رد.', 'تكون قد تلقت أي رد', 'ونفت'],
    ['واعتبر النائب أن القرار متسرع.', 'القرار متسرع', 'واعتبر'],
    ['ورأى ناشطون أن الوعود لا تكفي.', 'الوعود لا تكفي', 'ورأى'],
    ['وكشفت الهيئة أن عدد الركاب ارتفع.', 'عدد الركاب ارتفع', 'وكشفت'],
    ['وشدد الوزير على أن الأولوية للسلامة.', 'الأولوية للسلامة', 'وشدد على'],
    ['وقال دبلوماسيون إنهم يدعمون الحكومة.', 'يدعمون الحكومة', 'وقال'],
  ])('%s', (text, clause, cue) => {
    const q = quotes(text);
    expect(q.map((x) => x.text)).toEqual([clause]);
    expect(q[0]?.attributes).toMatchObject({ kind: 'indirect', direct: false, cue });
  });

  it('attributions with بحسب، حسب، وفقاً لـ', () => {
    expect(quotes('وبحسب الأمم المتحدة، نزح مليون شخص.').map((q) => [q.text, q.attributes.speakerName])).toEqual([
      ['نزح مليون شخص', 'الأمم المتحدة'],
    ]);
    expect(quotes('ارتفعت الأسعار بشدة، حسب ما أعلنت الوزارة.').map((q) => [q.text, q.attributes.speakerName])).toEqual([
      ['ارتفعت الأسعار بشدة', 'الوزارة'],
    ]);
    expect(quotes('ووفقاً لتقرير الهيئة السنوي، تراجعت الحوادث.').map((q) => q.attributes.speakerText)).toEqual(['تقرير الهيئة السنوي']);
  });

  it('does not take "according to the plan" as an attribution', () => {
    expect(quotes('تسير الأعمال حسب الخطة، وتنتهي قريباً.')).toEqual([]);
  });

  it('a clause that is one quotation is a direct quote (its words, not its marks); a quoted fragment is a quote of its own inside the indirect clause', () => {
    expect(quotes('وقال الحاكم إن «الاستقرار النقدي ما زال هشاً».')[0]).toMatchObject({
      text: 'الاستقرار النقدي ما زال هشاً',
      attributes: { kind: 'direct', direct: true },
    });
    const partial = quotes('واعتبرت الجمعية أن خطة الحكومة «غير قابلة للتطبيق».');
    expect(partial.map((q) => [q.text, q.attributes.kind, q.attributes.speakerName])).toEqual([
      ['خطة الحكومة «غير قابلة للتطبيق»', 'indirect', 'الجمعية'],
      ['غير قابلة للتطبيق', 'direct', 'الجمعية'],
    ]);
  });

  it('a colon introduces a direct quote, marked or not, even on the next line', () => {
    expect(quotes('وقال الوزير: «لن نتراجع عن المشروع أبداً».')[0]?.text).toBe('لن نتراجع عن المشروع أبداً');
    expect(quotes('وقال رئيس المجلس: هذه الموازنة هي الأصعب منذ سنوات.')[0]).toMatchObject({
      text: 'هذه الموازنة هي الأصعب منذ سنوات',
      attributes: { kind: 'direct' },
    });
    expect(quotes('وأوضح الوزير في كلمته:\n«لقد تحملنا الكثير خلال السنوات الماضية».')[0]?.text).toBe(
      'لقد تحملنا الكثير خلال السنوات الماضية',
    );
  });

  it('a quotation before a postposed verb: «…»، قال X', () => {
    const q = quotes('«لن نسمح بعودة الإرهاب إلى مدننا»، قال قائد العمليات.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: 'لن نسمح بعودة الإرهاب إلى مدننا', attributes: { cue: 'قال', speakerText: 'قائد العمليات' } });
  });

  it('a participle ends the clause and opens a second quote by the same speaker', () => {
    const q = quotes('وأوضح منصوري أن المصرف ضخ أموالاً، مشيراً إلى أن سعر الصرف استقر.');
    expect(q.map((x) => [x.text, x.attributes.speakerName])).toEqual([
      ['المصرف ضخ أموالاً', 'منصوري'],
      ['سعر الصرف استقر', 'منصوري'],
    ]);
  });

  it('نقل … عن X قوله: the source after عن speaks', () => {
    const q = quotes('ونقلت الوكالة عن مصادر طبية قولها إن 12 شخصا قتلوا.');
    expect(q.map((x) => [x.text, x.attributes.speakerName])).toEqual([['12 شخصا قتلوا', 'مصادر طبية']]);
  });

  it('a reporting verb inside a quote is part of it, not a second quote', () => {
    const q = quotes('وأضاف الوزير أن الرئيس أشار إلى أن هناك فجوات كبيرة.');
    expect(q.map((x) => x.text)).toEqual(['الرئيس أشار إلى أن هناك فجوات كبيرة']);
  });
});

describe('Arabic quote traps', () => {
  it.each([
    ['a channel name', 'أفادت قناة «القاهرة الإخبارية» بوصول الوزير.'],
    ['a title', 'نشرت الصحيفة تقريراً بعنوان «الطريق إلى الإصلاح الشامل في البلاد».'],
    ['a scare quote with no speaker', 'وتحول ما يسمى «الإصلاح الإداري» إلى عبء على الموظفين.'],
    ['a surname in guillemets', 'التقى الوزير «معيط» بالسفراء.'],
    ['a short span with no verb', 'وتعرف الخطة باسم «الفرصة الأخيرة».'],
    ['an infinitive after أن', 'وطلب منه أن يقول إن الأمور بخير.'],
  ])('%s is not a quote', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('one word in marks that someone said is a quote of its own; a name in marks after a preposition is not', () => {
    expect(quotes('ويصف السكان ما يجري بأنه «تهجير».').map((q) => [q.text, q.attributes.speakerName])).toEqual([['تهجير', 'السكان']]);
    expect(quotes('وقال المتحدث لـ«الشروق» إن الوفد وصل.').map((q) => q.text)).toEqual(['الوفد وصل']);
  });

  it('a surname in guillemets after the verb is the speaker, not a quote', () => {
    const q = quotes('وأضاف «وربيرج» أن الولايات المتحدة قدمت مقترحاً.');
    expect(q.map((x) => [x.text, x.attributes.speakerText])).toEqual([['الولايات المتحدة قدمت مقترحاً', 'وربيرج']]);
    expect(speakers('وأضاف «وربيرج» أن الولايات المتحدة قدمت مقترحاً.').map((s) => s.text)).toEqual(['وربيرج']);
  });
});
