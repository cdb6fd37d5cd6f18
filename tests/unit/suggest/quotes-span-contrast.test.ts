import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

// The guidelines run an indirect quote to the end of its sentence: a contrast after a comma
// («، فيما …», ", while …") is the same speaker's report going on, unless it brings a report of its own.
describe('a contrast inside a reported clause', () => {
  it('keeps «إن A، فيما B» as one quote', () => {
    expect(summary('وقال مدير المرفأ سامر الحلبي إن الصادرات ارتفعت بنسبة 4%، فيما تراجعت الواردات إلى 900 ألف طن.')).toEqual([
      ['الصادرات ارتفعت بنسبة 4%، فيما تراجعت الواردات إلى 900 ألف طن', 'سامر الحلبي'],
    ]);
  });

  it('keeps «أن A، في حين B» and «أن A، بينما B» as one quote', () => {
    expect(quotes('وأوضحت الهيئة أن الإنتاج بلغ 12 ألف طن، في حين يتجاوز الطلب 20 ألف طن.').map((q) => q.text)).toEqual([
      'الإنتاج بلغ 12 ألف طن، في حين يتجاوز الطلب 20 ألف طن',
    ]);
    expect(quotes('وأكد المجلس أن المدارس ستفتح الأحد، بينما تبقى الجامعات مغلقة.').map((q) => q.text)).toEqual([
      'المدارس ستفتح الأحد، بينما تبقى الجامعات مغلقة',
    ]);
  });

  it('keeps "said A, while B" as one quote', () => {
    expect(summary('Mayor Ruth Obi said bus fares would rise 5 per cent, while rail fares would stay frozen until June.')).toEqual([
      ['bus fares would rise 5 per cent, while rail fares would stay frozen until June', 'Ruth Obi'],
    ]);
  });

  it('still ends the first quote where the contrast brings a report of its own', () => {
    expect(summary('وقال الوزير خالد النمر إن المشروع تأخر، فيما قال المقاول سليم داود إن التمويل لم يصل.')).toEqual([
      ['المشروع تأخر', 'خالد النمر'],
      ['التمويل لم يصل', 'سليم داود'],
    ]);
    expect(quotes('Ruth Obi said the plan was late, while the contractor said funding never arrived.').map((q) => q.text)).toEqual([
      'the plan was late',
      'funding never arrived',
    ]);
  });
});
