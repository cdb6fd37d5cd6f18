import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// Inside someone's words, a verb of saying joined by و to an earlier verb (… وقال لي: "…") shares the
// subject that opens its clause: kin, a described person or a title, with the clause's verb after it.
const nestedSpeaker = (text: string, inner: string) => quotes(text).find((q) => q.text === inner)?.attributes.speakerText;

describe('a nested quote opened by a verb joined to the clause before it', () => {
  it('is spoken by kin named at the clause’s start (the name alone is the mention)', () => {
    expect(nestedSpeaker('وقال الأب سمير: «ابني كريم أيقظني مع الفجر وقال لي: "الشاحنة وصلت"».', 'الشاحنة وصلت')).toBe('كريم');
  });

  it('is spoken by a described person, a time word between subject and verb', () => {
    expect(nestedSpeaker('وقالت البائعة: «زبونة اليوم اشترت حبة بندورة وقالت لي: "هذا يكفي"».', 'هذا يكفي')).toBe('زبونة');
  });

  it('is spoken by a title opening the clause', () => {
    expect(nestedSpeaker('وقال الأب سمير: «رئيس البلدية زارنا أمس وقال لي: "الماء سيعود"».', 'الماء سيعود')).toBe('رئيس البلدية');
  });

  it('has no speaker when the clause opens with the holder’s own verb', () => {
    expect(nestedSpeaker('وقال الأب سمير: «ذهبت إلى السوق مع ابني وقال لي: "الشاحنة وصلت"».', 'الشاحنة وصلت')).toBeFalsy();
  });
});
