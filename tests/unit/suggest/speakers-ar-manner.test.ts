import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// How something was said is no speaker: a circumstantial participle, a manner phrase or a time
// phrase after the verb. Every sentence is our own.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('Arabic: manner after the verb of saying', () => {
  it('takes no circumstantial participle for the speaker; the verb carries the person named before', () => {
    const text = 'وصل وزير النقل سامي حداد إلى الميناء صباح أمس. وقال مبتسماً: «العمل سينتهي قبل الصيف».';
    expect(credited(text)).toEqual([['العمل سينتهي قبل الصيف', 'سامي حداد']]);
    expect(mentions(text)).not.toContain('مبتسماً');
    const addressed = 'ترأس رئيس المجلس فؤاد سالم الجلسة، وقال مخاطباً النواب: «هذه القاعة ليست للصراخ».';
    expect(credited(addressed)).toEqual([['هذه القاعة ليست للصراخ', 'فؤاد سالم']]);
  });

  it('takes no manner phrase after ب for the speaker', () => {
    const text = 'عاد سمير إلى بيته في الحي. وقال بصوت متهدج: «لم يبق شيء من البيت».';
    expect(mentions(text)).not.toContain('بصوت متهدج');
    expect(credited(text)).toEqual([['لم يبق شيء من البيت', 'سمير']]);
    // A manner phrase is not a speaker even when no one is named before it.
    expect(mentions('وقالت بحسرة: «خسرنا نصف المحصول هذا العام».')).toEqual([]);
  });

  it('ends the speaker before a time phrase with عند', () => {
    const text = 'عاد الرجل إلى بيته، وقال له جاره عند وصوله: «لا تنتظر أحداً».';
    expect(credited(text)).toEqual([['لا تنتظر أحداً', 'جاره']]);
  });

  it('still reads a possessive title that looks like a participle (مراسلنا) as the speaker', () => {
    const text = 'قال مراسلنا في المدينة إن الطريق أغلق بسبب السيول.';
    expect(credited(text)[0]?.[1]).toMatch(/^مراسلنا/);
  });
});

describe('Arabic: what وهو / وهي and a joined و say about the speaker', () => {
  it('keeps the relative who speaks when an appositive after وهي describes her', () => {
    const text = 'قال سالم إن المياه انقطعت منذ أسبوع. وتقول جارته، وهي أم لخمسة أطفال، إنها تخزن المياه في أوعية بلاستيكية.';
    expect(credited(text)).toEqual([
      ['المياه انقطعت منذ أسبوع', 'سالم'],
      ['تخزن المياه في أوعية بلاستيكية', 'جارته'],
    ]);
  });

  it('ends the name before a clause opened by وهو', () => {
    const text = 'عاد أبو سامر إلى بيته. ويقول أبو سامر وهو يشير إلى الجدار: «هنا كانت الغرفة».';
    expect(credited(text)).toEqual([['هنا كانت الغرفة', 'أبو سامر']]);
  });

  it('takes no verb before a verb joined by و for its subject, but still a subject without و', () => {
    expect(mentions('ثم ضحك وأضاف: «لن نتراجع الآن».')).toEqual([]);
    expect(credited('الوزير أكد أن الخطة ستنفذ.')).toEqual([['الخطة ستنفذ', 'الوزير']]);
  });
});

describe('Arabic: an unnamed source before the verb, kept unnamed by a clause between commas', () => {
  it('credits "أحد سكان الحي" and "موظفاً في الوزارة", not the person quoted before, nor «عدم»', () => {
    const text =
      'وقال المهندس سامي العلي إن العمل بدأ. أحد سكان الحي، فضّل عدم ذكر اسمه، قال إن مشكلة الملكية هي الأصعب. لكن موظفاً في الوزارة، طلب عدم ذكر اسمه، قال إن الخطة لم تكتمل.';
    expect(credited(text)).toEqual([
      ['العمل بدأ', 'سامي العلي'],
      ['مشكلة الملكية هي الأصعب', 'أحد سكان الحي'],
      ['الخطة لم تكتمل', 'موظفاً في الوزارة'],
    ]);
  });

  it('credits the unnamed source when the clause keeping it unnamed has no commas, and not a negated sentence before it', () => {
    const text =
      'وأضافت الطيب: «لدينا وقود يكفي حتى منتصف الشهر». ولم يصدر تعليق فوري من وزارة الطاقة، غير أن مصدراً في الوزارة طلب عدم كشف اسمه قال لوكالة الأنباء إن الشحنة في الطريق إلى الولايات.';
    expect(credited(text)).toEqual([
      ['لدينا وقود يكفي حتى منتصف الشهر', 'الطيب'],
      ['الشحنة في الطريق إلى الولايات', 'مصدراً في الوزارة'],
    ]);
  });

  it('reads a فاعلاً manner participle (ضاحكاً) as how it was said, not who said it', () => {
    expect(credited('عاد سمير إلى بيته. وقال ضاحكاً: «لم يبق شيء من البيت».')).toEqual([['لم يبق شيء من البيت', 'سمير']]);
  });
});

describe('Arabic: what a preposition governs before the subject of كان … قد', () => {
  it('takes neither the adjective of a possessed noun (في مراجعته الأخيرة) nor of a statement (في بلاغ رسمي) for the speaker', () => {
    expect(credited('وكان صندوق النقد الدولي قد توقع في مراجعته الأخيرة أن يتراوح التضخم بين 10 و12%.')).toEqual([
      ['يتراوح التضخم بين 10 و12%', 'صندوق النقد الدولي'],
    ]);
    expect(credited('وكانت إدارة النادي قد أعلنت في بلاغ رسمي أن عائدات المباراة تجاوزت 6 ملايين درهم.')).toEqual([
      ['عائدات المباراة تجاوزت 6 ملايين درهم', 'إدارة النادي'],
    ]);
  });

  it('still reads a speaker after a preposition and a possessed noun when it is no adjective', () => {
    expect(credited('وقال في كلمته الوزير سامي العلي إن الخطة جاهزة.')).toEqual([['الخطة جاهزة', 'سامي العلي']]);
  });
});
