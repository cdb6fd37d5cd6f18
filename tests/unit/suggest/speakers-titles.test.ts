import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Issue 12's speaker categories, each on sentences written for this test.
const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('English speakers: bodies, titles and asides', () => {
  it("keeps a body's whole name when it ends in an institution word", () => {
    expect(speakers('The County Roads Association says the repair bill has doubled.')[0]?.text).toBe('County Roads Association');
    expect(summary('The U.S. Attorney’s Office said in a statement that the fine was fair.')).toEqual([
      ['the fine was fair', 'U.S. Attorney’s Office'],
    ]);
  });

  it('takes an acronym before a name as the title, not part of the name', () => {
    expect(summary('Riverside Ward MCA Paul Kamau said the clinic would reopen.')).toEqual([['the clinic would reopen', 'Paul Kamau']]);
    expect(summary('Health CEC Mary Wanjiku said the drugs had arrived.')).toEqual([['the drugs had arrived', 'Mary Wanjiku']]);
  });

  it('reads a person after an honorific in an appositive (Hon., Mrs)', () => {
    expect(summary('The Commissioner for Works and Housing, Mrs Bola Ade, said the road would be done in May.')).toEqual([
      ['the road would be done in May', 'Bola Ade'],
    ]);
    expect(summary('The chairman of the council, Hon. Tunde Bello, described the attack as "cowardly".')[0]?.[1]).toBe('Tunde Bello');
  });

  it('skips a bracketed acronym or constituency between the speaker and the verb', () => {
    expect(summary('Rowing Ireland (RI) said the squad would be named on Friday.')).toEqual([
      ['the squad would be named on Friday', 'Rowing Ireland'],
    ]);
  });

  it('takes counsel who "submitted" or "contended" as speakers', () => {
    expect(summary('Senior advocate Anil Rao submitted that the notices were void.')).toEqual([['the notices were void', 'Anil Rao']]);
  });

  it('never takes lakh, crore or a sentence-opening preposition for a name', () => {
    expect(speakers('The firm works with 3 Lakh farmers in four states, the company said.').map((s) => s.text)).not.toContain(
      'Lakh farmers',
    );
  });
});

describe('Arabic speakers: abbreviated titles, honorifics, sources', () => {
  it('starts the name after an abbreviated title inside a role (د. / م. / م/)', () => {
    expect(summary('وأوضح مدير الشركة د. سمير الحلبي أن الإنتاج ارتفع هذا العام.')).toEqual([['الإنتاج ارتفع هذا العام', 'سمير الحلبي']]);
    expect(summary('وقال م/ فادي الجابري إن الجسر سيفتح الشهر المقبل.')).toEqual([['الجسر سيفتح الشهر المقبل', 'فادي الجابري']]);
  });

  it('reads a three-part name after an honorific (سعادة … بن … )', () => {
    expect(speakers('وقال سعادة حمد بن علي الكعبي إن المشروع سيكتمل قريباً.')[0]?.text).toBe('حمد بن علي الكعبي');
  });

  it('keeps where an anonymous source sits with it', () => {
    expect(summary('كشف مصدر من داخل الاتحاد أن المدرب باقٍ في منصبه.')).toEqual([['المدرب باقٍ في منصبه', 'مصدر من داخل الاتحاد']]);
  });

  it('gives a participle cue the subject of a stance verb before it', () => {
    expect(summary('اعترضت النائبة الدكتورة منى الخطيب على المشروع، قائلة: "القانون يظلم الفقراء".')).toEqual([
      ['القانون يظلم الفقراء', 'منى الخطيب'],
    ]);
  });

  it('never offers a one- or two-letter speaker', () => {
    for (const s of speakers('وقال م. وليد الشامي إن الطريق مغلق. وأكد د. إن الأمر خطير.')) expect(s.text.length).toBeGreaterThan(2);
  });
});

describe('Interviews', () => {
  const interview = [
    'الممثلة هدى الزين: «المسرح بيتي الأول»',
    'حوار: كريم سالم',
    'تعود الممثلة إلى الخشبة بعد غياب.',
    'س: لماذا عدتِ الآن؟',
    'ج: لأن الجمهور ينتظر منذ سنوات، وأنا أيضاً.',
  ].join('\n');

  it("credits the answers to the headline's speaker, not the interviewer, and splits the title from the name", () => {
    expect(summary(interview)).toContainEqual(['لأن الجمهور ينتظر منذ سنوات، وأنا أيضاً', 'هدى الزين']);
    expect(speakers(interview)[0]?.text).toBe('هدى الزين');
  });
});
