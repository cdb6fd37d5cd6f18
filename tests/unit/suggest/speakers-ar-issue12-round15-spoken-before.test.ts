import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a subject before the
// verb and where it was said (أمام، خلال) right after it.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('subject – verb – أمام …', () => {
  it('credits the subject before the verb, not the place after it', () => {
    expect(speakerOf('وزير النقل قال أمام مجلس الشورى إن الحكومة «لن ترفع الأسعار».')[0]).toBe('وزير النقل');
  });

  it('still reads a subject after the place when none stands before the verb', () => {
    expect(speakerOf('وقال أمام النواب وزير المالية سامي العلي إن العجز سينخفض.')).toEqual(['سامي العلي']);
  });
});
