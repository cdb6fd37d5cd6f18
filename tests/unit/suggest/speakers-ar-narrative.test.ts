import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences invented for these tests (a bakery, a school, a clinic, a market; no article's wording):
// a person the story names or introduces before quoting them.
const mentions = (text: string) => speakers(text).map((s) => s.text);
const names = (text: string) => quotes(text).map((q) => q.attributes.speakerName);
const texts = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic family names given by the story before a quote', () => {
  it('reads a family name met in the narrative as the name after a role (أما مدير الفرن الشهري فقال)', () => {
    const text = 'وافتتح المهندس رامي الشهري الفرن الجديد صباح أمس.\nأما مدير الفرن الشهري فقال: «الطحين يكفي شهرين».';
    expect(mentions(text)).toEqual(['الشهري']);
    expect(names(text)).toEqual(['رامي الشهري']);
  });

  it('does not take a definite word after a given name for a family name when a lexicon says it is a body', () => {
    const text = 'زار خالد البلدية أمس.\nأما صاحب الطلب البلدية فقالت: «ننتظر الرد».';
    expect(mentions(text)).not.toContain('البلدية');
  });
});

describe('an Arabic speaker the sentence introduces with another verb', () => {
  it('gives a pro-drop قال to the subject of a negated verb before it (لم يخف الوزير …، وقال)', () => {
    const text =
      'وقال مدير المدرسة إن الصفوف جاهزة.\nفي المقابل، لم يخف وزير التربية، الدكتور نبيل حمدان، قلقه، وقال إن المدارس «تحتاج معلمين جدداً».';
    expect(names(text)).toEqual(['مدير المدرسة', 'نبيل حمدان', 'نبيل حمدان']);
  });

  it('keeps the earlier speaker when the negated verb has no person after it', () => {
    const text = 'وقال مدير المدرسة إن الصفوف جاهزة.\nلم يتغير شيء في الجدول، وقال إن المدارس «تحتاج معلمين جدداً».';
    expect(names(text)).toEqual(['مدير المدرسة', 'مدير المدرسة', 'مدير المدرسة']);
  });
});

describe('the subject of a participle’s own sentence (… مؤكداً: «…»)', () => {
  it('reads a verb that is also a title (طالب) and a fronted phrase with its relative clause', () => {
    const text =
      'وقال رئيس النقابة إن الأجور متدنية.\nوفي الاجتماع، الذي دام ساعتين، طالب رئيس اللجنة بتعويض «عادل» للعمال، مؤكداً: «لن نتراجع عن حقوقنا».';
    expect(names(text)).toEqual(['رئيس النقابة', 'رئيس اللجنة']);
  });

  it('keeps طالب a noun when no title or name follows it (طالب الطب …)', () => {
    const text = 'وقال رئيس النقابة إن الأجور متدنية.\nطالب الطب تحدث عن الإضراب، مؤكداً: «لن نتراجع عن حقوقنا».';
    expect(mentions(text)).not.toContain('الطب');
  });
});

describe('a person the story introduces as a sentence’s subject, then quotes with a pro-drop verb', () => {
  it('gives «…»، يقول to a subject opening the sentence before, across a relative clause', () => {
    const text = 'قالت جدته إن الخبز غالٍ.\n\nابن عمها ماهر، الذي يبيع الخبز، ينقل لها الأكياس كل صباح. «أبيع حتى الظهر ثم أعود»، يقول.\n';
    // "ابن عمها" is a role beside the name, so the name alone is the mention (decision of 2026-12-07, issue 12).
    expect(texts(text)).toEqual(['جدته', 'ماهر']);
  });

  it('does not take a feminine subject for a masculine يقول, nor a subject with no verb after it', () => {
    const female = 'قال جده إن الخبز غالٍ.\n\nابنة عمه رنا، التي تبيع الحلوى، تساعده كل صباح. «أبيع حتى الظهر ثم أعود»، يقول.\n';
    expect(names(female)).toEqual(['جده', 'جده']);
    const noVerb = 'قال جده إن الخبز غالٍ.\n\nابن عمه ماهر في السوق منذ الفجر. «أبيع حتى الظهر ثم أعود»، يقول.\n';
    expect(names(noVerb)).toEqual(['جده', 'جده']);
  });

  it('takes the subject of تكون … قد as someone introduced (تكون هدى … قد فتحت)', () => {
    const text =
      'في الصباح الباكر، تكون هدى يوسف الكرمي قد فتحت باب العيادة. «المرضى يصلون قبلي»، تقول المرأة الخمسينية.\n\nوتقول إن العيادة تحتاج طبيباً ثانياً.\n';
    expect(names(text)).toEqual(['هدى يوسف الكرمي', 'هدى يوسف الكرمي']);
  });
});

describe('feature writing: a circumstance after the speaker, a relative named in apposition', () => {
  it('keeps «…»، تقول فلانة وهي تفتح … a postposed cue (وهي and a present verb close the sentence)', () => {
    expect(texts('«السوق فارغ منذ الصباح»، يقول أبو نادر وهو يرتب الصناديق.')).toEqual(['أبو نادر']);
    // Without a present verb after وهو, what follows is more than a circumstance: no cue.
    const clause = '«السوق فارغ منذ الصباح»، يقول أبو نادر وهو الذي ورث المتجر عن أبيه قبل عقود طويلة في هذا الحي القديم.';
    expect(texts(clause)).toEqual(['']);
  });

  it('gives a feminine pro-drop تقول to a relative named in apposition opening the sentence before (جارته، أم نادر، تبدو …)', () => {
    const text = '«السوق فارغ منذ الصباح»، يقول أبو خليل.\n\nجارته، أم نادر، تبدو أكثر قلقاً. تقول إن الأسعار ارتفعت مرتين هذا الشهر.\n';
    expect(names(text)).toEqual(['أبو خليل', 'أم نادر']);
    // A masculine يقول after it stays with the man.
    const male = '«السوق فارغ منذ الصباح»، يقول أبو خليل.\n\nجارته، أم نادر، تبدو أكثر قلقاً. يقول إن الأسعار ارتفعت.\n';
    expect(names(male)).toEqual(['أبو خليل', 'أبو خليل']);
  });
});

describe('verbs that fold like a noun and clauses that keep a source unnamed', () => {
  it('reads ألمح (which folds to begin with ال) as the verb whose subject a participle continues', () => {
    const text =
      'وقال المدير إن الموسم جيد.\nوفي المساء، ألمح رئيس الاتحاد إلى تغيير المدرب، معتبراً أن الفريق "فقد هويته في المباريات الأخيرة".';
    expect(texts(text)).toEqual(['المدير', 'رئيس الاتحاد', 'رئيس الاتحاد']);
    // A noun with the article in the same place is still no verb.
    const noun = 'وقال المدير إن الموسم جيد.\nالتماس النادي رُفض أمس، معتبراً أن الفريق "فقد هويته في المباريات الأخيرة".';
    expect(mentions(noun)).not.toContain('النادي');
  });

  it('does not take ذكر after ألا (اشترط ألا يُذكر اسمه) for a report whose subject is اسمه', () => {
    const text = 'قال موظف في البلدية، اشترط ألا يذكر اسمه، إن العقود “وُقعت على عجل”.';
    expect(mentions(text)).toEqual(['موظف في البلدية']);
  });
});

describe('an anonymous source opening a sentence after لكن', () => {
  it('gives a participle’s quote to أحد التجار introduced with an aside (لكن أحد …، وهو …، رفض …، قائلاً)', () => {
    const text = 'وقال رئيس الغرفة إن الأسعار ستنخفض.\nلكن أحد التجار، وهو صاحب متجر، رفض هذا التفاؤل، قائلاً: «البضاعة لم تصل بعد».';
    expect(texts(text)).toEqual(['رئيس الغرفة', 'أحد التجار']);
  });

  it('does not read a past verb after a kin word’s aside as a new speaker’s sentence', () => {
    // Only one of a group (أحد) takes a past verb after its aside; a kin word with a past verb is left alone.
    const text = 'وقال رئيس الغرفة إن الأسعار ستنخفض.\nلكن شقيقه، وهو تاجر، رفض التفاؤل، قائلاً: «البضاعة لم تصل».';
    expect(texts(text)).not.toContain('شقيقه');
  });
});
