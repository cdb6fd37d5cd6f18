import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, military and police ranks,
// and the unnamed men and women in uniform who speak.
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('a rank and its grade before a name (الفريق أول الركن، الرائد طيار)', () => {
  it('leaves the rank and its grades outside the name, after any verb of saying', () => {
    expect(mentions('وأكد الفريق أول ركن جابر منصور أن الوحدات «باقية في مواقعها».')).toEqual(['جابر منصور']);
    expect(mentions('وقال الرائد طيار نوفل الدباغ إن الطائرة هبطت اضطرارياً.')).toEqual(['نوفل الدباغ']);
    expect(mentions('وقال المقدم الركن المتقاعد صفوان العمري إن الخطة قديمة.')).toEqual(['صفوان العمري']);
  });

  it('keeps a first name after الفريق (a rank, and a team) in the name', () => {
    expect(mentions('وقال الفريق عادل حمدان إن القوات انسحبت من المعبر.')).toEqual(['عادل حمدان']);
  });

  it('still reads الفريق alone as the team that speaks', () => {
    expect(mentions('وقال الفريق في بيان إن لاعبيه بخير.')).toEqual(['الفريق']);
  });

  it('keeps the rank named after برتبة in an unnamed officer’s role', () => {
    expect(mentions('وقال ضابط برتبة عقيد إن الدورية عادت سالمة.')).toEqual(['ضابط برتبة عقيد']);
  });
});

describe('unnamed people in uniform and at home', () => {
  it('reads an officer placed in his force as one role', () => {
    expect(mentions('وقال ضابط في الجيش، فضل عدم الكشف عن هويته، إن القوات تراجعت.')).toEqual(['ضابط في الجيش']);
  });

  it('reads ربة منزل as the speaker, not the house', () => {
    expect(mentions('وقالت ربة منزل إن الغاز مفقود منذ أسبوع.')).toEqual(['ربة منزل']);
  });
});

describe('the district or party a member sits for (عضو مجلس النواب عن محافظة …)', () => {
  it('keeps the seat in the role, and the name after it', () => {
    expect(mentions('وقال عضو مجلس النواب عن محافظة الكرك إن القانون جائر.')).toEqual(['عضو مجلس النواب عن محافظة الكرك']);
    expect(mentions('وقال عضو مجلس النواب عن محافظة الكرك النائب وضاح العمري إن القانون جائر.')).toEqual(['وضاح العمري']);
  });

  it('leaves عن before what is no seat outside the role', () => {
    expect(mentions('وقال عضو اللجنة عن الحادث إن التحقيق مستمر.')).toEqual(['عضو اللجنة']);
  });
});

describe('unnamed people by their trade or lot, placed by في', () => {
  it('keeps where they work in the role', () => {
    expect(mentions('وقال صيدلي في الحي إن الأدوية نفدت.')).toEqual(['صيدلي في الحي']);
    expect(mentions('وقالت محاسبة في الشركة إن الرواتب تأخرت.')).toEqual(['محاسبة في الشركة']);
  });

  it('still ends a name before في', () => {
    expect(mentions('وقال وضاح الخطيب في المؤتمر إن الرواتب تأخرت.')).toEqual(['وضاح الخطيب']);
  });
});
