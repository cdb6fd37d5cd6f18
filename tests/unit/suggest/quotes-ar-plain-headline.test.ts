import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Issue 12: a body or a post, a colon, and a statement in no quotation marks (live blogs, headlines).
// Every sentence is our own.
describe('Arabic statements after a speaker and a colon, without quotation marks', () => {
  it('quotes a live blog entry’s first sentence and credits the body that opens it', () => {
    const text = 'تغطية مباشرة\n\n16:45\nشرطة المدينة: تم التعامل مع 200 بلاغ منذ الصباح. وحثت الشرطة السائقين على الحذر.';
    const [q] = quotes(text);
    expect([q?.text, q?.attributes.cue, q?.attributes.speakerName]).toEqual(['تم التعامل مع 200 بلاغ منذ الصباح', ':', 'شرطة المدينة']);
    expect(speakers(text).map((s) => s.text)).toEqual(['شرطة المدينة']);
  });

  it('leaves the outlet out of a headline’s speaker and credits the post’s holder', () => {
    const text = 'وزير النقل لـ«الأخبار»: الطريق الجديد سيفتح في الصيف\n\nقال وزير النقل كمال حداد إن العمل مستمر.';
    const [q] = quotes(text);
    expect([q?.text, q?.attributes.speakerText, q?.attributes.speakerName]).toEqual([
      'الطريق الجديد سيفتح في الصيف',
      'وزير النقل',
      'كمال حداد',
    ]);
  });

  it('quotes nothing after a label, a byline or a topic', () => {
    expect(quotes('حاوره: سامي علي من مكتبنا في المدينة\nالطقس: أمطار غزيرة على الساحل اليوم')).toEqual([]);
    expect(quotes('نبذة عن وزارة الطاقة: تتولى الوزارة إعداد السياسة الحكومية في القطاع.')).toEqual([]);
    expect(quotes('العائدون إلى الحي القديم: بيوت بلا أبواب وأمل يعاد بناؤه')).toEqual([]);
    expect(quotes('للاستفسارات الإعلامية: إدارة الاتصال المؤسسي في الشركة')).toEqual([]);
  });
});

describe('Arabic verbs of answering and warning', () => {
  it('reads فأجاب and نبه إلى أن as verbs of saying', () => {
    expect(quotes('وسئل الوزير عن الأسعار، فأجاب: «لن ترتفع هذا العام».')[0]?.attributes.speakerText).toBe('الوزير');
    expect(quotes('ونبه المجلس الأعلى للمياه إلى أن "الآبار تجف بسرعة".')[0]?.attributes.speakerText).toBe('المجلس الأعلى للمياه');
  });
});
