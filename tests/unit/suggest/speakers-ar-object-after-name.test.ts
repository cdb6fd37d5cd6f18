import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): the verb's ب-object right after the speaker.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic speaker names that end before a ب-object', () => {
  it('ends a person’s name before ب + verbal noun (طالب … بتعويض)', () => {
    const text = 'وطالب المحامي سعيد منصور بتعويض عادل، وقال إن موكله «تضرر كثيراً».';
    expect(speakerOf(text)).toEqual(['سعيد منصور', 'سعيد منصور']);
  });

  it('keeps a family name that begins with ب and is no verbal noun (بركات)', () => {
    const text = 'وقال المحامي سعيد بركات إن موكله «تضرر كثيراً».';
    expect(speakerOf(text)).toEqual(['سعيد بركات', 'سعيد بركات']);
  });

  it('ends a body’s name before بال + the matter it welcomes (رحبت النقابة بالقرار)', () => {
    const text = 'ورحبت نقابة المعلمين بالقرار، وقالت إن الخطوة «جاءت متأخرة».';
    expect(speakerOf(text)).toEqual(['نقابة المعلمين', 'نقابة المعلمين']);
  });

  it('keeps بال that is part of a role (المتحدث بالنيابة عن …)', () => {
    const text = 'وقال المتحدث بالنيابة عن الوزارة إن القانون «سيطبق قريباً».';
    expect(speakerOf(text)[0]).toContain('بالنيابة');
  });
});
