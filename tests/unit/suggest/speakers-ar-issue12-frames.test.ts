import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, Arabic subjects written
// before the reporting verb in frames the verb–subject reader does not see.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic subjects in frames before the reporting verb', () => {
  it('takes the subject of كان … قد before anything written after the verb', () => {
    const text = 'وكان الفلاحي قد قال في حوار إذاعي عام 2015: «الأرض لا تكذب».';
    expect(speakerOf(text)).toEqual(['الفلاحي']);
    expect(speakers(text).map((s) => s.text)).not.toContain('عام');
  });

  it('gives لكنه قال to the subject of the sentence’s own verb, and never the name that was withheld', () => {
    const text = 'رفض المسؤول ذكر اسمه، لكنه قال إن الأسعار «تضاعفت منذ الشتاء».';
    expect(speakerOf(text)[0]).toBe('المسؤول');
    expect(speakers(text).map((s) => s.text)).not.toContain('اسمه');
  });

  it('gives a verb joined by و to the ف-verb of أما the topic’s speaker, if it agrees', () => {
    const text = 'أما المستشارة هالة سمير فانتقدت تأخر المشروع، وقالت إن الكلفة «ارتفعت كثيراً».';
    expect(speakerOf(text)[0]).toBe('هالة سمير');
    const masculine = 'أما المستشارة هالة سمير فانتقدت تأخر المشروع، وقال إن الكلفة مرتفعة.';
    expect(speakerOf(masculine)[0]).not.toBe('هالة سمير');
  });

  it('reads بالقول as the cue of the verb before it (اكتفى المدرب بالقول)', () => {
    const text = 'وحين سُئل عن مستقبله، اكتفى الحارس الدولي بالقول: «أركز على المباراة المقبلة».';
    expect(speakerOf(text)).toEqual(['الحارس الدولي']);
  });
});

describe('Arabic unnamed and related speakers read as one phrase', () => {
  it('keeps the place residents live in as part of the role (أحد سكان …), not as a name', () => {
    const text = 'وقال أحد سكان الجديدة، طالباً عدم ذكر اسمه، إن الخبز «اختفى من الأفران».';
    expect(speakerOf(text)[0]).toBe('أحد سكان الجديدة');
  });

  it('gives the name to the speaker when the kin is the speaker’s own relative (ابن عمه …)', () => {
    expect(speakerOf('وقال ابن عمه كريم إن المحل سيفتح قريباً.')[0]).toBe('كريم');
    // The relative of someone else named after the kin still speaks as the whole phrase.
    expect(speakerOf('وقالت والدة الطفلة سلمى إن المدرسة بعيدة.')[0]).toBe('والدة الطفلة سلمى');
  });
});

describe('Arabic names after a body’s quoted name and in a live blog’s label', () => {
  it('reads «…» after a body as the body’s name and credits the holder named between commas', () => {
    const text = 'وقال المدير العام لشركة «نور للطاقة»، سليم حداد، إن المحطة «ستعمل في الربيع».';
    expect(speakerOf(text)).toEqual(['سليم حداد', 'سليم حداد']);
    // Right after a title, a quoted word is still the holder's name (وزير المالية «فلان»).
    expect(speakerOf('وقال وزير الري «العطار» إن السد ممتلئ.')).toEqual(['العطار']);
  });

  it('credits the name after the comma in a live blog’s label (مراسلنا في …، فلان: «…»)', () => {
    const text = 'وتواصل المطر طوال الليل.\n\n09:40 — مراسلنا في صور، هادي سالم العلي: «الشوارع غارقة بالكامل».';
    expect(speakerOf(text)).toEqual(['هادي سالم العلي']);
  });
});

describe('a woman’s given name written with ة that no lexicon knows', () => {
  it('lets a later feminine pro-drop verb go back to her, but not a masculine one', () => {
    const text = 'وقالت رويدة حسن الخطيب إن المنحة «تغطي نصف الكلفة». وأوضحت أن الطلبات ارتفعت.';
    expect(speakerOf(text)).toEqual(['رويدة حسن الخطيب', 'رويدة حسن الخطيب', 'رويدة حسن الخطيب']);
    const masculine = 'وقال أسامة حسن الخطيب إن المنحة «تغطي نصف الكلفة». وأوضحت أن الطلبات ارتفعت.';
    expect(speakerOf(masculine)[2]).not.toBe('أسامة حسن الخطيب');
  });
});

describe('a subject written before the verb or after an abbreviated title', () => {
  it('takes the subject opening the sentence when a preposition follows the verb (…، صرّح أمام النواب بأن)', () => {
    const text = 'وزير الزراعة، السيد نبيل فريد الحسن، صرّح أمام أعضاء مجلس الشورى أمس بأن المحصول «وفير».';
    expect(speakerOf(text)).toEqual(['نبيل فريد الحسن', 'نبيل فريد الحسن']);
  });

  it('reads طالب as a verb before «م.» and credits the name after it through a participle', () => {
    const text = 'وقالت النائبة ريم سعد إن الرسوم مرتفعة. وطالب د. هاني فؤاد، عضو اللجنة، بتأجيل التصويت، مؤكداً أن الدراسة ناقصة.';
    expect(speakerOf(text)).toEqual(['ريم سعد', 'هاني فؤاد']);
  });
});
