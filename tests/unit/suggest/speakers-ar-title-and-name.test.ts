import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording). A title or role beside a name is one
// mention: the name (without its honorific) is the speaker, the title is its role.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('an Arabic title with its holder’s name in apposition', () => {
  it('takes a name no lexicon knows after an honorific between commas (، المهندسة …،)', () => {
    const text = 'وأوضحت رئيسة قسم الجودة في المختبر، المهندسة نوفة حامد الزعبي، أن العينات سليمة.';
    expect(speakerOf(text)).toEqual(['نوفة حامد الزعبي']);
    expect(mentions(text)).toEqual(['نوفة حامد الزعبي']);
  });

  it('keeps a glued preposition after an honorific out of the name (الشيخ لقناة …)', () => {
    expect(mentions('وقال الشيخ لقناة المدينة إن الطريق مغلق.')).toEqual(['الشيخ']);
  });

  it('does not read a title abbreviation after an honorific as a name (معالي م. …)', () => {
    expect(speakerOf('وقال معالي م. سامر خليل الدوسري، رئيس الهيئة: «المرحلة الثانية تبدأ غداً».')).toEqual(['سامر خليل الدوسري']);
  });

  it('reads a three-part name whose first word looks like a manner participle (، نورا سمير …،)', () => {
    expect(speakerOf('وقالت وزيرة الثقافة، نورا سمير عواد، إن «المهرجان سيقام في موعده».')).toEqual(['نورا سمير عواد']);
  });

  it('still leaves a manner participle between commas out of the subject', () => {
    expect(speakerOf('وقال المدير، مبتسماً، إن «الموسم كان جيداً».')).toEqual(['المدير']);
  });

  it('takes the name in apposition after the topic of أما (أما صاحب …، الاسم، فقال)', () => {
    expect(speakerOf('أما صاحب المركز الأول، نبيل حسن الرفاعي، فقال: «الفوز لأمي».')).toEqual(['نبيل حسن الرفاعي']);
    // A topic with no name after it stays the role.
    expect(speakerOf('أما رئيس النادي، في تصريح للإذاعة، فقال: «نحن راضون».')).toEqual(['رئيس النادي']);
  });

  it('ends a role before an age (الطبيب البالغ من العمر …)', () => {
    expect(mentions('وأوضح الطبيب البالغ من العمر 61 عاماً أن العيادة «تعمل فوق طاقتها».')).toEqual(['الطبيب']);
  });

  it('keeps a town after a body without the article inside the role (رئيس بلدية زليتن), never as the name', () => {
    expect(mentions('وقال رئيس بلدية زليتن إن الطرق متضررة.')).toEqual(['رئيس بلدية زليتن']);
    const text = 'وناشد رئيس بلدية زليتن، الدكتور سالم علي القماطي، المقاولين العودة إلى العمل، مؤكداً أن «الطرق لا تحتمل الانتظار».';
    expect(speakerOf(text)).toEqual(['سالم علي القماطي']);
    // A given name after the body's noun is still a name (مدير شركة … is not this case).
    expect(mentions('وقال مدير مستشفى المدينة سامي خالد النعيمي إن الأسرة ممتلئة.')).toEqual(['سامي خالد النعيمي']);
  });

  it('reads a foreign name beginning with ل between commas after a title, not a glued preposition', () => {
    expect(speakerOf('من جهته، قال الناطق باسم وكالة الإغاثة في المنطقة، لوران ميشو، إن الخيام ستوزع غداً.')).toEqual(['لوران ميشو']);
    // لوكالة رويترز between commas is whom it was said to.
    expect(speakerOf('وقال الناطق باسم الوكالة، لوكالة رويترز، إن الخيام وصلت.')).toEqual(['الناطق باسم الوكالة']);
  });

  it('gives an interview’s answers to the whole name when a title word sits inside it (ولد الشيخ …)', () => {
    const interview = (who: string) =>
      `وزير الصيد يتحدث عن موسم السردين\n\nزرنا وزير الصيد، ${who}، في نواذيبو، وسألناه عن الموسم.\n\nس: هل تراجع الصيد هذا العام؟\nج: تراجع قليلاً، لكن الأسعار بقيت مستقرة.\n`;
    expect(quotes(interview('يحيى ولد الشيخ سيديا')).map((q) => q.attributes.speakerName)).toEqual(['يحيى ولد الشيخ سيديا']);
    // A title opening the name's phrase is still the title (the name after it answers).
    expect(quotes(interview('المهندس سامي خالد النعيمي')).map((q) => q.attributes.speakerName)).toEqual(['سامي خالد النعيمي']);
  });

  it('reads a long subject before the verb when it is a role and then a name (عضو اللجنة … النائبة … رأت)', () => {
    const text = 'لكن عضو لجنة التعليم النيابية النائبة هند عبد الكريم السامرائي رأت أن المنهج «يحتاج مراجعة».';
    expect(speakerOf(text)).toEqual(['هند عبد الكريم السامرائي', 'هند عبد الكريم السامرائي']);
    // A long opening phrase with no name before the verb is no subject.
    const none = 'وفي الجلسة الأخيرة للجنة التعليم في البرلمان رأت أن المنهج «يحتاج مراجعة».';
    expect(speakers(none)).toEqual([]);
  });
});

describe('an Arabic headline’s speaker', () => {
  it('leaves out when it was said (رئيس النادي عقب الخسارة: «…»)', () => {
    const text = 'رئيس النادي عقب الخسارة أمام الجار: «سنراجع كل شيء قبل الموسم المقبل»\n\nوقال رئيس النادي إن الإدارة ستجتمع.\n';
    expect(speakers(text).map((s) => s.text)).toContain('رئيس النادي');
    expect(speakers(text).map((s) => s.text)).not.toContain('أمام الجار');
  });

  it('keeps a headline speaker with no time phrase whole (رئيس بلدية المدينة: «…»)', () => {
    const text = 'رئيس بلدية المدينة: «المياه ستعود خلال يومين»\n\nوقال رئيس البلدية إن الفرق تعمل.\n';
    expect(speakers(text).map((s) => s.text)).toContain('رئيس بلدية المدينة');
  });
});
