import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// An interview's introduction names who answers with the post after the name, between commas;
// the headline may give the post alone.
const interview = (intro: string) =>
  ['مدير هيئة المياه: «الصيف سيكون صعباً»', 'حاوره: سامي علي', intro, 'س: كيف تقيّمون الوضع؟', 'ج: الوضع مقلق لكن الخطة جاهزة.'].join('\n');

describe('an interview introduced as «name، post،»', () => {
  it('gives the answers to the name before the post', () => {
    const text = interview('في هذا الحوار مع «الوطن»، يتحدث عبد الكريم بنعمرو، مدير وكالة الحوض المائي لملوية، عن أزمة الجفاف.');
    const answer = quotes(text).find((q) => q.text.startsWith('الوضع مقلق'));
    expect(answer?.attributes.speakerText).toBe('عبد الكريم بنعمرو');
    expect(speakers(text).map((s) => s.text)).toContain('عبد الكريم بنعمرو');
  });

  it('reads an ASCII comma the same, after an outlet that met the interviewee', () => {
    const text = interview('التقت «الفجر» كريم بن سالم, مدير وكالة المياه, فكان هذا الحوار:');
    expect(speakers(text).map((s) => s.text)).toContain('كريم بن سالم');
  });

  it('takes no verb before the name as part of it', () => {
    const text = interview('يتحدث كريم بنعمرو، مدير هيئة المياه في الإقليم، عن أزمة الجفاف.');
    const answer = quotes(text).find((q) => q.text.startsWith('الوضع مقلق'));
    expect(answer?.attributes.speakerText).toBe('كريم بنعمرو');
  });
});
