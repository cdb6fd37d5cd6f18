import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// An interview's headline gives the interviewee's name, the outlet they spoke to (لـ«…») and a statement
// in no quotation marks: the statement is a direct quote with ":" as its cue, ".." inside it included.
const headline = (text: string) => quotes(text)[0];

describe('a headline «name لـ«outlet»: statement»', () => {
  it('quotes the statement and credits the name', () => {
    const q = headline('سامي الحداد لـ«الوطن»: نستهدف تغطية نصف حاجة السوق خلال ثلاث سنوات\nحاوره: خالد علي');
    expect(q?.text).toBe('نستهدف تغطية نصف حاجة السوق خلال ثلاث سنوات');
    expect(q?.attributes.speakerText).toBe('سامي الحداد');
  });

  it('credits a family name alone to the full name met later, and keeps both statements joined by ..', () => {
    const q = headline(
      'الحداد لـ«الوطن»: نمو بلا وظائف.. وكل دينار نقترضه يجب أن يدر دخلاً\nعمّان – قال الخبير الاقتصادي سامي الحداد إن الاقتصاد «يسير على حبل مشدود».',
    );
    expect(q?.text).toBe('نمو بلا وظائف.. وكل دينار نقترضه يجب أن يدر دخلاً');
    expect(q?.attributes.speakerName).toBe('سامي الحداد');
  });

  it('leaves a name with no outlet to the rules that read names', () => {
    expect(headline('سامي الحداد: رحلة إلى الجنوب\nكتب: خالد علي')).toBeUndefined();
  });
});
