import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// After بحسب / وفقاً, a document followed by the body that issued it: the body is the source.
// Every sentence is our own.
const credited = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic: the body behind a document after بحسب / وفقاً', () => {
  it('credits the body of a relative clause that issued the document (التي نشرتها …)', () => {
    expect(credited('وارتفع الإنتاج 4%، وفقاً للتقديرات السريعة التي نشرتها الهيئة العامة للإحصاء أمس.')).toEqual(['الهيئة العامة للإحصاء']);
  });

  it('credits the body after a verb with the document’s pronoun, leaving out who received it', () => {
    expect(credited('وبحسب أرقام قدمتها الوزارة للجنة، بلغ عدد المخالفات 2300 مخالفة.')).toEqual(['الوزارة']);
  });

  it('credits the body after a glued ل, without the ل, and stops at the document’s own verb', () => {
    expect(credited('وبحسب تقرير لمنظمة الصحة العالمية صدر في يناير، فإن نصف السكان يعانون من نقص الغذاء.')).toEqual([
      'منظمة الصحة العالمية',
    ]);
  });

  it('leaves a document in construct with its body as it was, and finds no source in a plan', () => {
    expect(credited('وبحسب تقرير الهيئة السنوي، فإن الإيرادات تراجعت.')).toEqual(['تقرير الهيئة السنوي']);
    expect(credited('وبحسب الخطة التي نشرتها الوزارة، فإن العمل سيبدأ في مايو.')).toEqual([]);
  });
});
