import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('Arabic attribution patterns', () => {
  it('finds the speaker of a postposed verb followed by a recipient and a place', () => {
    expect(summary('«سنواصل الإضراب»، قالت رئيسة الرابطة هدى منصور للصحفيين أمام البرلمان.')).toEqual([['سنواصل الإضراب', 'هدى منصور']]);
  });

  it('joins a split quotation around a present-tense verb with an appositive about the speaker', () => {
    expect(summary('«المحصول ضعيف»، يقول أبو سليم، وهو مزارع في سهل حوران، «والمطر لم يأت».')).toEqual([
      ['المحصول ضعيف', 'أبو سليم'],
      ['والمطر لم يأت', 'أبو سليم'],
    ]);
  });

  it('reads a topic with أما and a kin word before the name', () => {
    expect(summary('أما ابنته رنا فتقول إن المدرسة بعيدة.')).toEqual([['المدرسة بعيدة', 'رنا']]);
  });

  it('gives "بيان صادر عن …" to the issuer, the organisation that speaks (as the guidelines mark it)', () => {
    expect(quotes('وبحسب بيان صادر عن وزارة الزراعة، فإن الإنتاج تراجع.')[0]?.attributes.speakerText).toBe('وزارة الزراعة');
  });

  it('lets "البيان" speak for whoever issued the statement just mentioned', () => {
    expect(summary('وأعلنت الشرطة في بيان أنها أوقفت ثلاثة أشخاص. وأضاف البيان أن التحقيق مستمر.').map((q) => q[1])).toEqual([
      'الشرطة',
      'الشرطة',
    ]);
    // Not when no statement was mentioned before.
    expect(summary('وقال التقرير إن البطالة ارتفعت.').map((q) => q[1])).toEqual(['التقرير']);
  });

  it('reads "نقلت X عن Y أن …" as Y’s statement', () => {
    expect(summary('ونقلت الإذاعة عن مسؤولين محليين أن الطريق أغلق.')).toEqual([['الطريق أغلق', 'مسؤولين محليين']]);
  });

  it('skips the relative clause of an anonymous source', () => {
    expect(summary('وقال دبلوماسي غربي، طلب عدم ذكر اسمه، إن المحادثات توقفت.').map((q) => q[1])).toEqual(['دبلوماسي غربي']);
  });

  it('ends a clause at "لكن X يرون أن" and gives the group its own quote', () => {
    expect(summary('وتقول الشركة إن الأرباح سترتفع، لكن محللين يرون أن السوق متشبع.')).toEqual([
      ['الأرباح سترتفع', 'الشركة'],
      ['السوق متشبع', 'محللين'],
    ]);
  });
});

describe('Arabic titles, names and verbs that look alike', () => {
  it('reads honorifics (صاحب السمو الشيخ …) as a role before the name', () => {
    expect(summary('وأكد صاحب السمو الشيخ حمد بن خليفة أن الدوحة تدعم الحوار.')).toEqual([['الدوحة تدعم الحوار', 'حمد بن خليفة']]);
  });

  it('keeps a compound name with الله whole, even when its first part is a verb form', () => {
    expect(summary('وقال الباحث سامر نصر الله إن الأسعار سترتفع.')).toEqual([['الأسعار سترتفع', 'سامر نصر الله']]);
  });

  it('recognizes the feminine of a verb ending in ت (لفتت)', () => {
    expect(summary('وقالت الوزيرة إن الخطة جاهزة. ولفتت إلى أن التمويل مؤمن.').map((q) => q[1])).toEqual(['الوزيرة', 'الوزيرة']);
  });

  it('keeps the party of a deputy in the role and ends the clause at "، وطالب"', () => {
    expect(summary('واعتبر النائب عن حزب الاستقلال كريم غلاب أن الحكومة تأخرت، وطالب بتحقيق.')).toEqual([['الحكومة تأخرت', 'كريم غلاب']]);
  });

  it('leaves the verb’s preposition out of the subject before a quotation', () => {
    expect(summary('وشدد رئيس الحكومة نجيب ميقاتي على «ضرورة الإسراع في الإصلاحات».')[0]?.[1]).toBe('نجيب ميقاتي');
  });
});

describe('Arabic pro-drop across sentences', () => {
  it('gives a subjectless verb to the person a verb-first sentence just introduced', () => {
    expect(
      summary('قال الناطق باسم الشرطة إن الطريق أغلق. ووصلت وزيرة الداخلية ريم سالم إلى الموقع. وقالت إن التحقيق بدأ.').map((q) => q[1]),
    ).toEqual(['الناطق باسم الشرطة', 'ريم سالم']);
  });

  it('leaves the object after the subject out: وفداً، الجبهة', () => {
    expect(summary('وقالت النائبة إن الجلسة أرجئت. واستقبل رئيس البرلمان وفداً أوروبياً. وأضاف أن الحوار مستمر.').map((q) => q[1])).toEqual([
      'النائبة',
      'رئيس البرلمان',
    ]);
    expect(summary('قال المتحدث إن الوضع هادئ. وتفقد المحافظ سامي العلي الموقع أمس. وأكد أن الخدمات عادت.').map((q) => q[1])).toEqual([
      'المتحدث',
      'سامي العلي',
    ]);
  });

  it('does not give a masculine verb to a woman, nor take a place or a plural for the subject', () => {
    expect(
      summary('وقال رئيس الوزراء إن الموازنة جاهزة. وأضافت وزيرة المالية أن العجز سيتراجع. وأكد أن الإصلاح مستمر.').map((q) => q[1]),
    ).toEqual(['رئيس الوزراء', 'وزيرة المالية', 'رئيس الوزراء']);
    expect(summary('وقال المدير إن المصنع سيغلق. وتشهد المدينة احتجاجات. وأضاف أن العمال سيعوضون.').map((q) => q[1])).toEqual([
      'المدير',
      'المدير',
    ]);
  });
});

describe('Arabic descriptions and foreign names', () => {
  it('links "الرجل الستيني" to the man a fronted-place sentence just introduced', () => {
    const qs = quotes('في ميناء الصيد، يجلس أبو سعيد قرب قاربه منذ الصباح. ويقول الرجل الستيني إن السمك قل كثيراً.');
    expect(qs.map((q) => [q.attributes.speakerText, q.attributes.speakerName])).toEqual([['الرجل الستيني', 'أبو سعيد']]);
  });

  it('knows common foreign given names written in Arabic', () => {
    expect(quotes('وقال المتحدث باسم البعثة ستيفان مارتن للصحفيين إن الفريق وصل.')[0]?.attributes.speakerName).toBe('ستيفان مارتن');
  });
});

describe('Arabic asides before and after the subject', () => {
  it('skips a statement event with its adjective before the subject', () => {
    expect(quotes('وقال في تصريح صحفي عقب الجلسة وزير المالية سامي نصار إن الموازنة متوازنة.')[0]?.attributes.speakerName).toBe(
      'سامي نصار',
    );
  });

  it('skips a plural anonymity clause', () => {
    expect(quotes('وقال دبلوماسيون غربيون، فضلوا عدم الكشف عن هوياتهم، إن المحادثات توقفت.')[0]?.attributes.speakerName).toBe(
      'دبلوماسيون غربيون',
    );
  });
});
