import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a time adverb of
// the past (يومها، حينها، آنذاك) after the verb is no subject; the one before the verb speaks.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a time adverb after «قال لي»', () => {
  it('leaves the subject written before the verb as the speaker', () => {
    const text = 'وأذكر أن أحد الصيادين الكبار في الميناء قال لي يومها: «البحر لا يخذل من يصبر عليه».';
    expect(speakerOf(text)[0]).toMatch(/^أحد الصيادين الكبار/);
  });

  it('is never a speaker on its own, whichever adverb it is', () => {
    for (const adverb of ['حينها', 'آنذاك', 'وقتها']) {
      const text = `وأذكر أن أحد المعلمين القدامى قال لي ${adverb}: «المدرسة بيت ثان».`;
      expect(speakerOf(text)[0]).not.toBe(adverb);
    }
  });
});
