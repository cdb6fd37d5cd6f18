import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// الأمين is a title and a given name; with an adjective of office after it (العام، المساعد) it is the title.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a title of office that is also a given name', () => {
  it('stays in the role of a spokesman', () => {
    expect(speakerOf('وقال المتحدث باسم الأمين العام للمنظمة إن القوافل عالقة.')).toEqual(['المتحدث باسم الأمين العام للمنظمة']);
  });

  it('stays in the role of a deputy', () => {
    expect(speakerOf('وقال نائب الأمين العام للحزب إن الاجتماع تأجل.')).toEqual(['نائب الأمين العام للحزب']);
  });

  it('still opens a name when no adjective of office follows', () => {
    expect(speakerOf('وقال محمد الأمين ولد سالم إن الموسم انتهى.')).toEqual(['محمد الأمين ولد سالم']);
  });
});

describe('a disclosure is where a body spoke', () => {
  it('leaves «في إفصاح» outside the speaker', () => {
    const text = 'وأوضحت الشركة في إفصاح إلى البورصة أن الأرباح تراجعت.';
    expect(speakers(text).map((s) => s.text)).toEqual(['الشركة']);
  });
});
