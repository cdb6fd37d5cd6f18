import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// The person the writer met or asked (استقبلنا، التقيت، سألنا) answers the pro-drop quote that follows;
// "في مكتبه" (a place of their own) is where they were, not part of their post.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('the writer’s interlocutor', () => {
  it('answers after an adverbial that names no one', () => {
    expect(speakerOf('التقينا رئيس الجمعية خالد منصور في مكتبه. وسألناه عن حال السوق، فأجاب دون تردد: «السوق في أسوأ حالاته».')).toEqual([
      'خالد منصور',
    ]);
  });

  it('answers rather than the speaker before, a time word between the verb and its object', () => {
    expect(
      speakerOf('وقالت البائعة إن الأسعار ارتفعت. التقيت أمس رئيس البلدية في مكتبه. وسألته عن الماء، فأجاب: «الماء سيعود غداً».'),
    ).toEqual(['البائعة', 'رئيس البلدية']);
  });
});

describe('a place of the speaker’s own after the post', () => {
  it('is left out of the role', () => {
    expect(speakerOf('وقال رئيس البلدية في مكتبه إن الماء سيعود.')).toEqual(['رئيس البلدية']);
  });

  it('leaves an institution the role names inside it', () => {
    expect(speakerOf('وقال الباحث في جامعة دمشق سامي نصر إن الماء سيعود.')).toEqual(['سامي نصر']);
  });
});
