import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, an aside between
// commas describing the subject (، وهي تحمل طفلها،) before the complementizer.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('«، وهي / وهو + present verb …،» between the subject and إن', () => {
  it('is skipped: the reported clause after it is found, by the subject', () => {
    expect(speakerOf('وقالت إحدى الممرضات، وهي تحمل ملفاً، إن الأدوية نفدت.')).toEqual(['إحدى الممرضات']);
  });

  it('still ends the search when it stands without commas and no complement follows', () => {
    expect(speakerOf('وقال الرجل وهو يشير إلى البئر الجافة ثم جلس.')).toEqual([]);
  });
});
