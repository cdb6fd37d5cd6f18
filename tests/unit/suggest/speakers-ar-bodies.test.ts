import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): bodies that speak.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic bodies that speak', () => {
  it('gives a feminine pro-drop قالت to a body with a feminine noun introduced by another verb', () => {
    const text = 'من جهتها، رحبت هيئة البيئة البحرية بالتعديل، وقالت في بيان إن الحظر «سيحمي المخزون».';
    expect(speakerOf(text)).toEqual(['هيئة البيئة البحرية', 'هيئة البيئة البحرية']);
  });

  it('does not give a feminine قالت to a body with a masculine noun', () => {
    const text = 'وقالت الطبيبة سلمى إن العيادة مزدحمة.\nمن جهته، رحب المركز الوطني بالقرار، وقالت إن الحظر «سيحمي المخزون».';
    expect(speakerOf(text)).not.toContain('المركز الوطني');
  });

  it('ends a body’s role before a verbal noun with بال (أشادت الهيئة بالتعديل)', () => {
    const text = 'وأشادت وزارة النقل بالتعديل، وقالت إن الخطة «خطوة مهمة».';
    expect(speakers(text).map((s) => s.text)).toEqual(['وزارة النقل']);
    // بال before a noun that is no verbal noun stays in the role (المتحدث بالنيابة عن …).
    expect(speakers('وقال المتحدث بالنيابة عن الوزارة إن القانون مهم.').map((s) => s.text)[0]).toContain('بالنيابة');
  });
});

describe('Arabic bodies that speak through their own documents', () => {
  it('gives the body the quote when it spoke in its report, described at length (قد ذكرت في تقريرها السنوي الصادر في …)', () => {
    const text = 'وكانت الهيئة الوطنية للرقابة قد ذكرت في تقريرها السنوي الصادر في مارس 2025 أن الشكاوى ارتفعت بنحو 20 في المئة.';
    expect(speakerOf(text)).toEqual(['الهيئة الوطنية للرقابة']);
    expect(speakers(text).map((s) => s.text)).not.toContain('السنوي الصادر في مارس');
  });

  it('skips a statement’s participle (في بيانها المنشور أمس) but keeps a speaker after an issuer-less report (في تقرير لمنظمة …)', () => {
    expect(speakerOf('وقالت الجمعية في بيانها المنشور أمس إن الأجور «لم تتحسن».')[0]).toBe('الجمعية');
    expect(speakerOf('وقال المدير في تقرير لمنظمة العمل إن الأجور «لم تتحسن».')[0]).toBe('المدير');
  });
});

describe('Arabic bodies that speak in a communiqué (بلاغ)', () => {
  it('ends the body’s name before «في بلاغ …» and never takes the place it was posted as the speaker', () => {
    const text = 'وأعلن نادي الشباب في بلاغ على موقعه الرسمي أن الإيرادات بلغت 5 ملايين درهم.';
    expect(speakerOf(text)).toEqual(['نادي الشباب']);
    expect(speakers(text).map((s) => s.text)).not.toContain('على موقعه الرسمي');
  });

  it('keeps «في» + a place inside a researcher’s role (الباحث في مركز …)', () => {
    expect(speakerOf('وقال الباحث في مركز الدراسات الزراعية إن المحصول «تراجع».')[0]).toContain('مركز الدراسات');
  });
});

describe('Arabic bodies before كان … قد, then a participle (مشيراً إلى أن)', () => {
  it('credits the body that كان … قد frames, not the speaker of the sentence before', () => {
    const text = 'وقال الوزير سامي حداد إن الخطة جاهزة.\nوكان البنك المركزي قد خفض الفائدة في مارس، مشيراً إلى أن التطبيق «سيبدأ قريباً».';
    expect(speakerOf(text)).toEqual(['سامي حداد', 'البنك المركزي', 'البنك المركزي']);
  });

  it('still credits the earlier speaker when كان introduces no body (وكان ذلك قد …)', () => {
    const text = 'وقال الوزير سامي حداد إن الخطة جاهزة.\nوكان ذلك قد تأخر أشهراً، مشيراً إلى أن التطبيق «سيبدأ قريباً».';
    expect(speakerOf(text)).toEqual(['سامي حداد', 'سامي حداد', 'سامي حداد']);
  });
});
