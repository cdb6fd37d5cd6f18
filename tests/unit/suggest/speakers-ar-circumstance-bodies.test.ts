import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Issue 12, carry-over round: words that stand where a speaker would and are none, and bodies called
// by their bare noun. Every sentence is our own.
describe('Arabic circumstance words after a verb of saying', () => {
  it('never takes a noun of manner (بصراحة) for the speaker', () => {
    const text = 'وأضاف أن أحد العمال قال له بصراحة: «لن أعود إلى المصنع».';
    expect(speakers(text).map((s) => s.text)).not.toContain('بصراحة');
    expect(quotes(text).at(-1)?.attributes.speakerText).toBe('أحد العمال');
  });

  it('never takes an accusative participle (مشترطاً عدم ذكر اسمه) for the speaker', () => {
    const text = 'لكن موظفاً في البلدية قال، مشترطاً عدم ذكر اسمه، إن المشروع «متوقف».';
    expect(speakers(text).map((s) => s.text)).toEqual(['موظفاً في البلدية']);
  });

  it('still reads a woman’s name in ا after a comma as the holder of the post', () => {
    const text = 'وقالت ممثلة المنظمة في البلاد، ميرنا سعيد، في بيان: «القافلة لا تكفي».';
    expect(speakers(text).map((s) => s.text)).toEqual(['ميرنا سعيد']);
  });
});

describe('Arabic bodies called by their bare noun', () => {
  it('names «الوزارة» after the ministry last written in full', () => {
    const text = 'أصدرت وزارة المالية تقريرها الربعي أمس. وقالت الوزارة في بيان إن "العجز مؤقت".';
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['وزارة المالية']);
    expect(speakers(text).map((s) => s.text)).toEqual(['الوزارة']);
  });

  it('keeps the bare noun when no body of that kind was named before', () => {
    const text = 'وقالت المحكمة في حيثيات حكمها إن الأدلة «كافية».';
    expect(quotes(text)[0]?.attributes.speakerName).toBe('المحكمة');
  });
});
