import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): Arabic speakers that a time phrase,
// a body's object or a relation word used to hide.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);
const speakerTexts = (text: string) => speakers(text).map((s) => s.text);

describe('Arabic times between the verb and the reported clause (في وقت سابق)', () => {
  it('never takes «وقت سابق» for the speaker after كانت … قد حذرت', () => {
    const text = 'وكانت هيئة الأرصاد قد حذرت في وقت سابق من أن الأمطار قد تتجاوز 80 ملم.';
    expect(speakerOf(text)).toEqual(['هيئة الأرصاد']);
    expect(speakerTexts(text)).not.toContain('سابق');
  });

  it('keeps the subject before the verb when an outlet and a later time follow it', () => {
    const text = 'لكن المتحدث باسم النقابة قال لوسائل إعلام محلية في وقت لاحق من الأسبوع الماضي إن الإضراب «سيستمر».';
    expect(speakerOf(text)[0]).toBe('المتحدث باسم النقابة');
    expect(speakerTexts(text).join(' ')).not.toMatch(/وقت|لاحق/u);
  });

  it('ends a role before «في وقت سابق» (it is when he spoke, not where he works)', () => {
    const text = 'وقال المدير في وقت سابق من الشهر الجاري إن المصنع «سيغلق أبوابه».';
    expect(speakerTexts(text)).toEqual(['المدير']);
  });

  it('still keeps «في» with the role when a body follows (الباحث في مركز …)', () => {
    expect(speakerTexts('وقال الباحث في مركز الدراسات إن الأسعار سترتفع.')).toEqual(['الباحث في مركز الدراسات']);
  });
});

describe('Arabic bodies followed by their verb’s object', () => {
  it('ends a body’s long name before the object it announces (أعلنت الوزارة … رفع حالة …)', () => {
    const text = 'أعلنت وزارة الزراعة في الحكومة المؤقتة رفع أسعار البذور في 5 مناطق، مشيرة إلى أنها وزعت 40 طناً.';
    expect(speakerTexts(text)).toEqual(['وزارة الزراعة في الحكومة المؤقتة']);
    expect(speakerOf(text)[0]).toBe('وزارة الزراعة في الحكومة المؤقتة');
  });

  it('does not take those addressed by a body for its speaker (تذكّر الهيئة جميع …)', () => {
    const text = 'وتذكّر الهيئة جميع المستوردين بأن إدخال البضائع دون ترخيص ممنوع.';
    expect(speakerOf(text)).toEqual(['الهيئة']);
  });

  it('still reads a holder’s name after a person’s title (وزير الزراعة سامي …)', () => {
    expect(speakerTexts('وقال وزير الزراعة سامي الحداد إن أسعار البذور سترتفع.')).toEqual(['سامي الحداد']);
  });
});

describe('Arabic relations and trades before a name', () => {
  it('gives the quote to the name after «أما تلميذه، …» (a relation word, then its holder between commas)', () => {
    const text = 'أما تلميذه، عازف الناي الشاب سامي حسن الراوي، فقال إن معلمه «لم يرد أحداً».';
    expect(speakerOf(text)[0]).toBe('سامي حسن الراوي');
    expect(speakerTexts(text)).toEqual(['سامي حسن الراوي']);
  });

  it('reads a trade in construct before a given name as the role (بائع الخبز العجوز محمود …)', () => {
    const text = 'وقال بائع الخبز العجوز محمود سالم إن الطحين «صار نادراً».';
    expect(speakerTexts(text)).toEqual(['محمود سالم']);
  });

  it('keeps a name that opens with عبد and a definite word whole (عبد الرحيم حسن …)', () => {
    expect(speakerTexts('وعلّق عبد الرحيم حسن على الخبر قائلاً: «لا جديد».')).toEqual(['عبد الرحيم حسن']);
  });

  it('takes the name after a pupil or a partner with a pronoun (تلميذته هدى، شريكه كمال)', () => {
    expect(speakerTexts('وقالت تلميذته هدى إن الدروس «كانت مجانية».')).toEqual(['هدى']);
    expect(speakerTexts('وقال شريكه كمال إن المحل «سيبقى مفتوحاً».')).toEqual(['كمال']);
  });
});

describe('Arabic unnamed sources and the interviews a speaker gave', () => {
  it('reads «رفض ذكر اسمه» as keeping the source unnamed, not as a verb of saying', () => {
    const text = 'وعند المدخل، قال رجل رفض ذكر اسمه إنه ينتظر «منذ الفجر».';
    expect(speakerOf(text)).toEqual(['رجل', 'رجل']);
    expect(quotes(text).map((q) => q.attributes.cue)).toEqual(['قال', 'قال']);
  });

  it('never takes the verb of a relative clause after «في آخر مقابلة …» for the speaker', () => {
    const text = 'وكان الملحن قد قال في آخر مقابلة إذاعية أجراها في أيار 2018: «اللحن لا يشيخ».';
    expect(speakerOf(text)).toEqual(['الملحن']);
    expect(speakerTexts(text)).not.toContain('أجراها');
  });

  it('ends a role before «في أول تصريح له» (when he spoke)', () => {
    expect(speakerTexts('وقال المحافظ في أول تصريح له بعد تعيينه إن الطرق «ستفتح».')).toEqual(['المحافظ']);
  });
});

describe('Arabic foreign names after a title that end in ا', () => {
  it('takes «، لورا بيانكي،» after a title for the holder’s name, not a manner participle', () => {
    const text = 'وقالت مديرة المكتب في عمّان، لورا بيانكي، إن المساعدات «لا تكفي».';
    expect(speakerOf(text)[0]).toBe('لورا بيانكي');
    expect(speakerTexts(text)).toEqual(['لورا بيانكي']);
  });

  it('still skips a participle between commas (، مؤكداً ذلك،)', () => {
    expect(speakerTexts('وقال المدير، مؤكدا ذلك، إن الخطة «جاهزة».')).toEqual(['المدير']);
  });
});
