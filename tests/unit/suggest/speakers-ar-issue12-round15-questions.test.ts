import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a question quoted
// after تساءل, and a line opening with a reporting verb that is no headline.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('تساءل before a quotation', () => {
  it('credits the subject after the verb, without the verb', () => {
    expect(speakerOf('افتتحت الجلسة ظهراً.\nوتساءل رئيس اللجنة: «أين ذهبت الأموال التي رصدت للمشروع؟»')).toEqual(['رئيس اللجنة']);
  });

  it('still makes its subject the one a later participle speaks for', () => {
    expect(speakerOf('افتتحت الجلسة ظهراً. وتساءل رئيس اللجنة عن مصير الأموال، مؤكداً أن المشروع متوقف.')).toEqual(['رئيس اللجنة']);
  });
});

describe('a line opening with a reporting verb before a colon', () => {
  it('is no headline: its speaker never holds the verb', () => {
    for (const s of speakerOf('مقدمة الخبر.\nوأضاف الوزير: «لن نتراجع عن القرار مهما حدث»')) expect(s).not.toMatch(/^وأضاف/);
  });
});
