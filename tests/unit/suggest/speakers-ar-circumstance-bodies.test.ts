import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Issue 12, carry-over round: words that stand where a speaker would and are none, and bodies called
// by their bare noun. Every sentence is our own.
describe('Arabic circumstance words after a verb of saying', () => {
  it('never takes a noun of manner (بصراحة) for the speaker', () => {
    const text = 'وأضاف أن أحد العمال قال له بصراحة: «لن أعود إلى المصنع».';
    expect(speakers(text).map((s) => s.text)).not.toContain('بصراحة');
    expect(quotes(text).at(-1)?.attributes.speakerText).toBe('أحد العمال');
  });

  it('never takes an accusative participle (مشترطاً عدم ذكر اسمه) for the speaker', () => {
    const text = 'لكن موظفاً في البلدية قال، مشترطاً عدم ذكر اسمه، إن المشروع «متوقف».';
    expect(speakers(text).map((s) => s.text)).toEqual(['موظفاً في البلدية']);
  });

  it('still reads a woman’s name in ا after a comma as the holder of the post', () => {
    const text = 'وقالت ممثلة المنظمة في البلاد، ميرنا سعيد، في بيان: «القافلة لا تكفي».';
    expect(speakers(text).map((s) => s.text)).toEqual(['ميرنا سعيد']);
  });
});

describe('Arabic bodies called by their bare noun', () => {
  it('names «الوزارة» after the ministry last written in full', () => {
    const text = 'أصدرت وزارة المالية تقريرها الربعي أمس. وقالت الوزارة في بيان إن "العجز مؤقت".';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['وزارة المالية']);
    expect(speakers(text).map((s) => s.text)).toEqual(['الوزارة']);
  });

  it('keeps the bare noun when no body of that kind was named before', () => {
    const text = 'وقالت المحكمة في حيثيات حكمها إن الأدلة «كافية».';
    expect(quotes(text)[0]?.attributes.speakerName).toBe('المحكمة');
  });
});

describe('Arabic posts whose words look like names', () => {
  it('reads a noun with "her" (ناشرها) as a post, so the name between commas is its holder', () => {
    const text = 'وقال ناشرها الفرنسي، بيار مارتان، إن الكاتبة «كانت تكتب كل صباح».';
    expect(speakers(text).map((s) => s.text)).toEqual(['بيار مارتان']);
  });

  it('keeps a name particle after a body’s noun in the body’s name (بجامعة ابن رشد)', () => {
    const text = 'يقول الباحث في السياسات المائية بجامعة ابن رشد بالرباط، عبد الحق بنسالم: "المشكلة في الطاقة".';
    expect(speakers(text).map((s) => s.text)).toEqual(['عبد الحق بنسالم']);
    expect(speakers('وقال مدير مستشفى ابن سينا محمد علي إن المرضى «كثيرون».').map((s) => s.text)).toEqual(['محمد علي']);
    // A definite body is whole: the particle after it opens its president's name.
    expect(speakers('وصرح رئيس النادي عبد الحق بنسليم بأن الإدارة رصدت منحة.').map((s) => s.text)).toEqual(['عبد الحق بنسليم']);
  });
});

describe('Arabic sources after "حسب ما" with a verb of publishing', () => {
  it('credits the clause before «وفق ما أورده …» to the body that published it', () => {
    const text = 'وخصص رئيس الحكومة 50 مليون دينار لمواجهة السيول، وفق ما أورده المكتب الإعلامي للحكومة في بيان.';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['المكتب الإعلامي للحكومة']);
  });

  it('credits figures «التي عرضتها الوزارة» to the ministry, not to the figures', () => {
    const text = 'وبحسب الأرقام التي عرضتها الوزارة، بلغت نسبة النجاح 88 في المئة.';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['الوزارة']);
  });
});

describe('Arabic quotations inside a quotation, opened by كان and its subject', () => {
  it('credits «كانت أمي تقول لي: "…"» to the mother', () => {
    const text = 'وقال المغني: «تعلمت الغناء من النهر. كانت أمي تقول لي: "غنِّ يا ولدي حتى يسمعك النهر"».';
    const inner = quotes(text).find((q) => q.text.startsWith('غنِّ'));
    expect(inner?.attributes.speakerText).toBe('أمي');
  });
});

describe('Arabic unnamed speakers described by where they work', () => {
  it('keeps a body glued to ب in the description (عضو في لجنة … بمجلس …)', () => {
    const text = 'ويقول عضو في لجنة المياه بمجلس محافظة الجنوب، فضّل عدم نشر اسمه، إن "الأسعار مرتفعة".';
    expect(speakers(text).map((s) => s.text)).toEqual(['عضو في لجنة المياه بمجلس محافظة الجنوب']);
  });

  it('reads a trade (صياد، مصرفي) as a description, with the place after it', () => {
    expect(speakers('قبل شهرين قال لي صياد في القرية: «البحر صعب».').map((s) => s.text)).toEqual(['صياد في القرية']);
    expect(speakers('وقال مصرفي بارز في بنك حكومي إن الفائدة «سترتفع».').map((s) => s.text)).toEqual(['مصرفي بارز في بنك حكومي']);
  });
});

describe('Arabic interviews led in by «فإلى نص الحوار»', () => {
  it('credits the answers to the official the introduction names, not to the lead-in', () => {
    const text =
      'جلست الصحيفة إلى وكيل الوزارة، د. سامر الحلبي، في مكتبه، وطرحت عليه أسئلة المواطنين، فإلى نص الحوار:\nس: كيف الوضع؟\nج: الوضع أفضل بكثير من قبل.';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['سامر الحلبي']);
  });
});

describe('Arabic sources after لكن, described at length', () => {
  it('finds the source before the verb when an aside (مشترطاً عدم ذكر اسمه) follows it', () => {
    const text =
      'ولم تعلن الدائرة حصيلة رسمية، لكن طبيباً في مستشفى المدينة التعليمي قال، مشترطاً عدم ذكر اسمه، إن القسم استقبل "ما لا يقل عن 60 حالة" في الأسبوع.';
    expect(speakers(text).map((s) => s.text)).toEqual(['طبيباً في مستشفى المدينة التعليمي']);
  });
});
