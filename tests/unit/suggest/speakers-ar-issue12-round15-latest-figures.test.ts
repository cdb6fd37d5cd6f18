import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, "the latest figures
// of" a body (أحدث / آخر بيانات …) are the body's, as its plain figures are.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('أحدث / آخر before a document noun after بحسب / وفقاً', () => {
  it('credits the body after أحدث بيانات', () => {
    expect(speakerOf('وبحسب أحدث بيانات الهيئة، ارتفع عدد الزوار إلى 400 ألف زائر.')).toEqual(['الهيئة']);
  });

  it('credits the body after a glued لأحدث', () => {
    expect(speakerOf('ويعمل في القطاع نحو 900 ألف موظف، وفقاً لأحدث بيانات الوزارة.')).toEqual(['الوزارة']);
  });

  it('credits the body after آخر أرقام', () => {
    expect(speakerOf('وبحسب آخر أرقام البلدية، تراجع عدد المخالفات إلى 120 مخالفة.')).toEqual(['البلدية']);
  });
});
