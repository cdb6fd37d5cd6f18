import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Texts written for these tests (no article's wording): issue 12 round 15, a live blog's entry that
// opens with "Body: «…»" and goes on with more sentences on the same line.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a live-blog entry «Body: «…». More …»', () => {
  it('credits the body before the colon, though the line goes on', () => {
    const text = 'تغطية مباشرة\n18:40\nشرطة المرور في عمّان: «أغلقنا ثلاثة طرق بسبب الثلوج». وأوضحت الشرطة أن الفرق في الميدان.';
    expect(speakerOf(text)[0]).toBe('شرطة المرور في عمّان');
  });

  it('takes no speaker from words that are not at a line’s start', () => {
    const text = 'تغطية مباشرة\nقال المسؤول في الاجتماع أمس ما يلي: «الوضع تحت السيطرة». وأضاف أن الفرق جاهزة.';
    expect(speakerOf(text)[0]).not.toBe('قال المسؤول في الاجتماع أمس ما يلي');
  });
});
