import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, Arabic speakers written
// where the reporting word has no subject of its own.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a body that speaks through a participle after another verb (ونعت الهيئة …، مؤكدة أن)', () => {
  it('credits the body, without the verb’s object, when the participle agrees with it', () => {
    const text = 'افتتح المعرض أمس. ونعت نقابة الفنانين التشكيلية الرسام الراحل، مؤكدة في بيان أن أعماله «ستبقى في الذاكرة».';
    expect(speakerOf(text)).toEqual(['نقابة الفنانين التشكيلية', 'نقابة الفنانين التشكيلية']);
    expect(speakers(text).map((s) => s.text)).toEqual(['نقابة الفنانين التشكيلية']);
  });

  it('credits a masculine body through a masculine participle, and ends it before the verb’s object', () => {
    const text = 'وقال صياد إن الموسم صعب. ودعا المجلس البلدي السكان إلى الصبر، مشيراً إلى أن الشاحنات متوقفة.';
    expect(speakerOf(text)).toEqual(['صياد', 'المجلس البلدي']);
  });

  it('does not give a feminine participle to a masculine body', () => {
    const text = 'وقال صياد إن الموسم صعب. وأشاد المكتب الإقليمي بالخطة، مؤكدة أن التنفيذ سريع.';
    expect(speakerOf(text)[1]).not.toBe('المكتب الإقليمي');
  });
});

describe('a speaker written before «، الذي قال» / «، التي قالت»', () => {
  it('credits the name before the relative pronoun, without its title', () => {
    const text = 'واستمعت اللجنة إلى المهندس كريم فؤاد الصباغ، الذي قال خلال الجلسة إن الجسر «آمن تماماً».';
    expect(speakerOf(text)).toEqual(['كريم فؤاد الصباغ', 'كريم فؤاد الصباغ']);
  });

  it('credits a body before التي, with a last word joined by و', () => {
    const text = 'ويأتي الرد من الجمعية الوطنية لمربي النحل ومنتجيه، التي قالت في بيان إن الأسعار «لم تتغير».';
    expect(speakerOf(text)[0]).toBe('الجمعية الوطنية لمربي النحل ومنتجيه');
  });

  it('does not take a man before التي', () => {
    const text = 'وزار الموقع المهندس كريم فؤاد الصباغ، التي قالت إن العمل متأخر.';
    expect(speakerOf(text)[0]).not.toBe('كريم فؤاد الصباغ');
  });
});

describe('an unnamed source in the accusative after غير أن / إلا أن', () => {
  it('credits the source written before the verb, across an aside keeping it unnamed', () => {
    const text = 'ولم ترد البلدية على أسئلتنا، غير أن موظفاً فيها، طلب عدم ذكر اسمه، قال إن المشروع «متوقف منذ أشهر».';
    expect(speakerOf(text)[0]).toBe('موظفاً فيها');
  });

  it('credits the source with where it works', () => {
    const text = 'ولم تعلق النقابة رسمياً، إلا أن عضواً في مكتبها التنفيذي قال إن الإضراب قائم.';
    expect(speakerOf(text)).toEqual(['عضواً في مكتبها التنفيذي']);
  });
});
