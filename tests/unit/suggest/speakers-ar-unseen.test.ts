import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Speaker phrases of kinds the unseen batch J showed the engine misreading; every sentence is our own.
describe('Arabic speakers: where a phrase ends and whose name it is', () => {
  it('ends a known surname where the verb’s object starts, and credits the next quote to him', () => {
    const text = 'قال المدرب سامر الخطيب إن الفريق جاهز. وانتقد الخطيب قرار الحكم طرد المدافع. «لم يكن خطأ».';
    expect(speakers(text).map((s) => s.text)).toEqual(['سامر الخطيب', 'الخطيب']);
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });

  it('still reads a full name that starts with a known surname’s given name', () => {
    const text = 'قال الوزير خالد العمر إن المشروع بدأ. وأكد عمر سعيد الجابري أن التمويل متوفر.';
    expect(speakers(text).map((s) => s.text)).toEqual(['خالد العمر', 'عمر سعيد الجابري']);
  });

  it('takes the name after a relative with a possessive (نجله الأكبر …) as the relative’s own', () => {
    const [s] = speakers('وقال نجله الأكبر سالم بن خميس العريمي إن والده ظل يعمل حتى أيامه الأخيرة.');
    expect([s?.text, s?.attributes.role]).toEqual(['سالم بن خميس العريمي', 'نجله الأكبر']);
    const [h] = speakers('وقالت حفيدته الصغرى مريم سعيد إن جدها كان يحكي لهم عن البحر.');
    expect(h?.text).toBe('مريم سعيد');
  });

  it('keeps the relative’s own kin word when the name after it is someone else’s', () => {
    expect(speakers('وقال شقيق الضحية أحمد إن العائلة تنتظر التحقيق.')[0]?.text).toBe('شقيق الضحية أحمد');
  });

  it('reads an indefinite plural of people placed by في / من as a role, not a name', () => {
    const [s] = speakers('وقال مزارعون في الغور إن المياه لا تكفي.');
    expect(s?.text).toBe('مزارعون في الغور');
  });

  it('ends a reported clause in an interview question before the interviewer’s own question', () => {
    const [q] = quotes('س: قال تجار في السوق إن الأسعار ترتفع كل أسبوع، فما ردكم؟\nج: نراقب الأسواق يومياً.');
    expect(q?.text).toBe('الأسعار ترتفع كل أسبوع');
  });
});
