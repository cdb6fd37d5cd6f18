import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): a person the story names before quoting.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('Arabic family names given by the story before a quote', () => {
  it('reads a family name met in the narrative as the name after a role (صاحب الهدف العتيبي فقال)', () => {
    const text = 'وسجل البديل سامي العتيبي هدف الفوز في الدقيقة 80.\nأما صاحب الهدف العتيبي فقال: «أهدي الفوز لأمي».';
    expect(mentions(text)).toEqual(['العتيبي']);
    expect(quotes(text)[0]?.attributes.speakerName).toBe('سامي العتيبي');
  });

  it('does not take a definite word after a given name for a family name when a lexicon says it is a body or a title', () => {
    // زار محمد الوزارة: الوزارة is a body, so "صاحب الطلب الوزارة" is no name.
    const text = 'زار محمد الوزارة أمس.\nأما صاحب الطلب الوزارة فقالت: «ننتظر الرد».';
    expect(mentions(text)).not.toContain('الوزارة');
  });
});

describe('an Arabic speaker the sentence introduces with another verb', () => {
  it('gives a pro-drop قال to the subject of a negated verb before it (لم يخف المدرب …، وقال)', () => {
    const text =
      'وقال المدرب الأول إن الفريق جاهز.\nمن جانبه، لم يخف مدرب الفريق الضيف، البرتغالي جواو فيريرا، خيبة أمله، وقال إن فريقه «لعب جيداً».';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['المدرب الأول', 'جواو فيريرا', 'جواو فيريرا']);
  });

  it('keeps the earlier speaker when the negated verb has no person after it', () => {
    const text = 'وقال المدرب الأول إن الفريق جاهز.\nلم يتغير شيء في التشكيلة، وقال إن فريقه «لعب جيداً».';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['المدرب الأول', 'المدرب الأول', 'المدرب الأول']);
  });
});

describe('the subject of a participle’s own sentence (… قائلاً: «…»)', () => {
  it('reads a verb that is also a title (طالب) and a fronted phrase with its relative clause', () => {
    const text =
      'وقالت المحكمة إن الأدلة كافية.\nوفي جلسة المرافعة، التي عقدت مطلع الشهر، طالب ممثل النيابة العامة بتوقيع «أقصى العقوبة» على المتهمين، قائلاً: «لا تهاون مع المرتشين».';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['المحكمة', 'ممثل النيابة العامة']);
  });

  it('keeps طالب a noun when no title or name follows it (طالب الطب …)', () => {
    const text = 'وقالت المحكمة إن الأدلة كافية.\nطالب الطب تحدث عن الحادث، قائلاً: «لا تهاون مع المرتشين».';
    expect(speakers(text).map((s) => s.text)).not.toContain('الطب');
  });
});

describe('a person the story introduces as a sentence’s subject, then quotes with a pro-drop verb', () => {
  it('gives «…»، يقول to a subject opening the sentence before, across a relative clause', () => {
    const text =
      'قالت أمه إن الماء قليل.\n\nشقيقها سالم، الذي يعمل سائق دراجة، يساعدها في نقل الماء حين يستطيع. «أنا أشتغل من الصبح لليل»، يقول.\n';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['أمه', 'سالم']);
  });

  it('does not take a feminine subject for a masculine يقول, nor a subject with no verb after it', () => {
    const female = 'قال أبوه إن الماء قليل.\n\nشقيقته هند، التي تعمل ممرضة، تساعده في نقل الماء. «أنا أشتغل من الصبح لليل»، يقول.\n';
    expect(quotes(female).map((q) => q.attributes.speakerText)).not.toContain('شقيقته هند');
    const noVerb = 'قال أبوه إن الماء قليل.\n\nشقيقه سالم في المستشفى منذ أسبوع. «أنا أشتغل من الصبح لليل»، يقول.\n';
    expect(quotes(noVerb).map((q) => q.attributes.speakerText)).not.toContain('شقيقه سالم');
  });

  it('takes the subject of تكون … قد as someone introduced (تكون سلمى … قد وقفت)', () => {
    const text =
      'قبل الفجر، تكون سلمى قاسم العبسي قد وقفت في طابور طويل أمام الخزان. «إذا تأخرت لا يبقى شيء»، تقول المرأة الأربعينية.\n\nوتقول إن أسرتها تحتاج الماء.\n';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['سلمى قاسم العبسي', 'سلمى قاسم العبسي']);
  });
});

describe('feature writing: a circumstance after the speaker, a relative named in apposition', () => {
  it('keeps «…»، يقول فلان وهو يشير … a postposed cue (وهو and a present verb close the sentence)', () => {
    const text = '«أول ليلة نمنا هنا ما كان في باب»، يقول أبو سامي وهو يشير إلى النوافذ.';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['أبو سامي']);
    // Without a present verb after وهو, what follows is more than a circumstance: no cue.
    const clause = '«أول ليلة نمنا هنا ما كان في باب»، يقول أبو سامي وهو الذي بنى البيت بيديه قبل الحرب بسنوات طويلة جداً.';
    expect(quotes(clause).map((q) => q.attributes.speakerText)).toEqual(['']);
  });

  it('gives a feminine pro-drop تقول to a relative named in apposition at the start of the sentence before (زوجته، أم سامي، تبدو …)', () => {
    const text =
      '«أول ليلة نمنا هنا ما كان في باب»، يقول أبو سامي.\n\nزوجته، أم سامي، تبدو أقل تفاؤلاً. تقول إن الكهرباء لا تأتي أكثر من أربع ساعات.\n';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['أبو سامي', 'أم سامي']);
    // A masculine يقول after it stays with the man.
    const male = '«أول ليلة نمنا هنا ما كان في باب»، يقول أبو سامي.\n\nزوجته، أم سامي، تبدو أقل تفاؤلاً. يقول إن الكهرباء لا تأتي.\n';
    expect(quotes(male).map((q) => q.attributes.speakerName)).toEqual(['أبو سامي', 'أبو سامي']);
  });
});

describe('verbs that fold like a noun and clauses that keep a source unnamed', () => {
  it('reads التمس (which folds to begin with ال) as the verb whose subject a participle continues', () => {
    const text =
      'وقالت المحكمة إن الحكم نهائي.\nوخلال المرافعات، التمس ممثل النيابة العامة تشديد العقوبة، معتبرا أن المتهم "استغل موقعه لتمرير أداءات وهمية".';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['المحكمة', 'ممثل النيابة العامة', 'ممثل النيابة العامة']);
    // A noun with the article in the same place is still no verb.
    const noun = 'وقالت المحكمة إن الحكم نهائي.\nالتماس الدفاع رُفض أمس، معتبرا أن المتهم "استغل موقعه لتمرير أداءات وهمية".';
    expect(speakers(noun).map((s) => s.text)).not.toContain('الدفاع');
  });

  it('does not take ذكر after ألا (طلب ألا يُذكر اسمه) for a report whose subject is اسمه', () => {
    const text = 'قال وزير سابق للإسكان، طلب ألا يذكر اسمه، إن الحكومات “تعاملت مع الركام كمشكلة هندسية”.';
    expect(speakers(text).map((s) => s.text)).toEqual(['وزير سابق للإسكان']);
  });
});

describe('an anonymous source opening a sentence after لكن', () => {
  it('gives a participle’s quote to أحد السكان introduced with an aside (لكن أحد …، وهو …، شكك …، قائلاً)', () => {
    const text =
      'وقال المدير إن الإصلاح قريب.\nلكن أحد السكان، وهو موظف متقاعد، شكك في هذه الوعود، قائلاً: «سمعنا نفس الكلام الصيف الماضي».';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['المدير', 'أحد السكان']);
  });

  it('does not read a past verb after a named subject’s aside as a new speaker’s sentence', () => {
    // Only one of a group (أحد) takes a past verb after its aside; a kin word with a past verb is left alone.
    const text = 'وقال المدير إن الإصلاح قريب.\nلكن شقيقه، وهو موظف، شكك في الوعود، قائلاً: «سمعنا الكلام نفسه».';
    expect(quotes(text).map((q) => q.attributes.speakerText)).not.toContain('شقيقه');
  });
});
