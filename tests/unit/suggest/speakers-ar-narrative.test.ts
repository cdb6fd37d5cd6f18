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
