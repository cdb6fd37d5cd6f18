import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a quotation followed
// by «، تقول» / «، يقول بحزن» with no subject: the person the text is about speaks.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('«…»، تقول. with no subject', () => {
  it('offers the quotation, by the woman just introduced', () => {
    expect(speakerOf('وتسكن أم خالد في غرفة واحدة مع أطفالها. «لم يبق لنا شيء»، تقول.')).toEqual(['أم خالد']);
  });

  it('passes over a man quoted before for a feminine verb, after the topic of أما', () => {
    const text =
      'وقال سامي إن الماء قليل. أما جارته، الحاجة زكية حسن البدري، فتقضي صباحها في غسل الأواني. «ربيت سبعة أولاد في هذا البيت»، تقول بحزن.';
    expect(speakerOf(text)).toEqual(['سامي', 'زكية حسن البدري']);
  });

  it('gives the quotation the verb after it as its cue', () => {
    const text = 'وتسكن أم خالد في غرفة واحدة مع أطفالها. «لم يبق لنا شيء»، تقول بحزن.';
    expect(quotes(text)[0]?.attributes.cue).toBe('تقول');
  });
});
