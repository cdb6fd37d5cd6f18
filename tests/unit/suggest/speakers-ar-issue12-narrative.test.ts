import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, someone introduced by a narrative
// sentence whose verb takes no object, then quoted with no subject written.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a name after a verb that takes no object keeps its definite family name', () => {
  it('keeps the family name after رحل and تجلس', () => {
    expect(speakerOf('رحل الشاعر وضاح يوسف الخطيب عن ثمانين عاماً. وكان قد قال في مقابلة سابقة إن الشعر «لا يموت».')[0]).toBe(
      'وضاح يوسف الخطيب',
    );
    expect(speakerOf('تجلس لمياء سالم النجار على عتبة بيتها. تقول إن الماء لم يصل منذ أيام.')[0]).toBe('لمياء سالم النجار');
  });

  it('still trims the object of a verb that takes one', () => {
    expect(speakerOf('وزار المحافظ وضاح يوسف المستشفى صباحاً. وقال إن الأسرة تكفي.')[0]).toBe('وضاح يوسف');
  });
});
