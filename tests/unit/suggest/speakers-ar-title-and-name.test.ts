import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording). A title or role beside a name is one
// mention: the name (without its honorific) is the speaker, the title is its role.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('an Arabic title with its holder’s name in apposition', () => {
  it('takes a name no lexicon knows after an honorific between commas (، المهندسة …،)', () => {
    const text = 'وقالت مديرة المبيعات في المصنع، المهندسة نوفة حامد الزعبي، إن الإنتاج تضاعف.';
    expect(speakerOf(text)).toEqual(['نوفة حامد الزعبي']);
    expect(mentions(text)).toEqual(['نوفة حامد الزعبي']);
  });

  it('keeps a glued preposition after an honorific out of the name (الشيخ لقناة …)', () => {
    expect(mentions('وقال الشيخ لقناة المدينة إن الطريق مغلق.')).toEqual(['الشيخ']);
  });

  it('does not read a title abbreviation after an honorific as a name (معالي م. …)', () => {
    expect(speakerOf('وقال معالي م. سامر خليل الدوسري، رئيس الهيئة: «المرحلة الثانية تبدأ غداً».')).toEqual(['سامر خليل الدوسري']);
  });

  it('reads a three-part name whose first word looks like a manner participle (، ميرنا سليم …،)', () => {
    expect(speakerOf('وقالت وزيرة الثقافة، ميرنا سليم عواد، إن «المهرجان سيقام في موعده».')).toEqual(['ميرنا سليم عواد']);
  });

  it('still leaves a manner participle between commas out of the subject', () => {
    expect(speakerOf('وقال المدير، مبتسماً، إن «الموسم كان جيداً».')).toEqual(['المدير']);
  });

  it('takes the name in apposition after the topic of أما (أما صاحب …، الاسم، فقال)', () => {
    expect(speakerOf('أما صاحب المركز الأول، نبيل حسن الرفاعي، فقال: «الفوز لأمي».')).toEqual(['نبيل حسن الرفاعي']);
    // A topic with no name after it stays the role.
    expect(speakerOf('أما رئيس النادي، في تصريح للإذاعة، فقال: «نحن راضون».')).toEqual(['رئيس النادي']);
  });

  it('ends a role before an age (المدرب البالغ من العمر …)', () => {
    expect(mentions('وأضاف المدرب البالغ من العمر 48 عاماً أن الفريق «تعب كثيراً».')).toEqual(['المدرب']);
  });

  it('keeps a town after a body without the article inside the role (رئيس بلدية طبرق), never as the name', () => {
    expect(mentions('وقال رئيس بلدية طبرق إن المياه تضيع.')).toEqual(['رئيس بلدية طبرق']);
    const text = 'ودعا عميد بلدية طبرق، الدكتور سالم علي الفيتوري، الحكومة إلى تخصيص ميزانية، معتبراً أن «المياه تضيع».';
    expect(speakerOf(text)).toEqual(['سالم علي الفيتوري']);
    // A given name after the body's noun is still a name (مدير شركة … is not this case).
    expect(mentions('وقال مدير مستشفى المدينة سامي خالد النعيمي إن الأسرة ممتلئة.')).toEqual(['سامي خالد النعيمي']);
  });

  it('reads a foreign name beginning with ل between commas after a title, not a glued preposition', () => {
    expect(speakerOf('من جهته، قال المتحدث باسم برنامج الغذاء في الإقليم، لوران بيكار، إن القافلة ستصل.')).toEqual(['لوران بيكار']);
    // لوكالة رويترز between commas is whom it was said to.
    expect(speakerOf('وقال المتحدث باسم الوزارة، لوكالة رويترز، إن القافلة وصلت.')).toEqual(['المتحدث باسم الوزارة']);
  });

  it('gives an interview’s answers to the whole name when a title word sits inside it (ولد الشيخ …)', () => {
    const interview = (who: string) =>
      `وزير المياه لـ«الأخبار»: الشبكة ستكتمل قبل نهاية العام\n\nأجرت «الأخبار» هذا الحوار مع وزير المياه، ${who}، في مكتبه. وفي ما يلي نص الحوار:\n\nس: معالي الوزير، أين وصلت الشبكة؟\nج: الشبكة تغطي الآن نصف المدن.\n`;
    expect(quotes(interview('سيدي محمد ولد الشيخ أحمد')).map((q) => q.attributes.speakerName)).toEqual(['سيدي محمد ولد الشيخ أحمد']);
    // A title opening the name's phrase is still the title (the name after it answers).
    expect(quotes(interview('المهندس سامي خالد النعيمي')).map((q) => q.attributes.speakerName)).toEqual(['سامي خالد النعيمي']);
  });

  it('reads a long subject before the verb when it is a role and then a name (عضو اللجنة … النائبة … اعتبرت)', () => {
    const text = 'لكن عضو لجنة الزراعة النيابية النائبة هند عبد الكريم السامرائي اعتبرت أن القانون «جاء متأخراً».';
    expect(speakerOf(text)).toEqual(['هند عبد الكريم السامرائي', 'هند عبد الكريم السامرائي']);
    // A long opening phrase with no name before the verb is no subject.
    const none = 'وفي الجلسة الأخيرة للجنة الزراعة في البرلمان اعتبرت أن القانون «جاء متأخراً».';
    expect(speakers(none)).toEqual([]);
  });
});

describe('an Arabic headline’s speaker', () => {
  it('leaves out when it was said (مدرب الفريق بعد الفوز على ضيفه: «…»)', () => {
    const text = 'مدرب الفريق بعد الفوز على ضيفه: «لم نكن مثاليين لكننا أردنا النقاط»\n\nوقال المدرب إن الفوز مستحق.\n';
    expect(speakers(text).map((s) => s.text)).toContain('مدرب الفريق');
    expect(speakers(text).map((s) => s.text)).not.toContain('على ضيفه');
  });

  it('keeps a headline speaker with no time phrase whole (رئيس بلدية المدينة: «…»)', () => {
    const text = 'رئيس بلدية المدينة: «المياه ستعود خلال يومين»\n\nوقال رئيس البلدية إن الفرق تعمل.\n';
    expect(speakers(text).map((s) => s.text)).toContain('رئيس بلدية المدينة');
  });
});
