import { describe, expect, it } from 'vitest';
import { mannerAfterName } from '../../../shared/suggest/speakers/arabic-words';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, how a speaker spoke,
// written right after the name, ends the name.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('mannerAfterName', () => {
  it('is a manner phrase or a circumstantial participle', () => {
    for (const w of ['بصوت', 'بحزن', 'نافيا', 'مضيفا', 'ضاحكا']) expect(mannerAfterName(w, new Set())).toBe(true);
  });

  it('is no given name of that shape, nor a surname met before', () => {
    expect(mannerAfterName('رانيا', new Set())).toBe(false);
    expect(mannerAfterName('باشا', new Set(['باشا']))).toBe(false);
  });
});

describe('a name followed by how its bearer spoke', () => {
  it('ends before a manner phrase, and a postposed cue keeps its speaker', () => {
    expect(speakerOf('«لم نسمع منه شيئاً منذ شهرين»، يقول سامر بصوت منخفض.')).toEqual(['سامر']);
  });

  it('ends before a circumstantial participle', () => {
    expect(speakerOf('فأجاب كريم نافياً وجود أي تمييز: "البرنامج واحد لكل الأحياء".')).toEqual(['كريم']);
  });

  it('keeps a woman’s given name shaped like a participle', () => {
    expect(speakerOf('وقالت رانيا الخطيب إن المدرسة مغلقة منذ أسبوع.')).toEqual(['رانيا الخطيب']);
  });
});
