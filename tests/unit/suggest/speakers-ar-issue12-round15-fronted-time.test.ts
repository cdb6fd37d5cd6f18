import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a fronted time phrase
// (صباح اليوم، / مساء أمس،) before the verb that introduces the speaker of a pro-drop «قالت فيه».
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a time phrase fronted before a verb-first sentence', () => {
  it('leaves the verb’s subject as the speaker of «بياناً قالت فيه»', () => {
    const text = 'صباح اليوم، نشرت الهيئة العامة للأرصاد بياناً قالت فيه إن الأمطار ستستمر حتى الخميس.';
    expect(speakerOf(text)).toEqual(['الهيئة العامة للأرصاد']);
  });

  it('does so after مساء أمس too', () => {
    const text = 'مساء أمس، أصدرت النقابة بياناً قالت فيه إن الإضراب مستمر.';
    expect(speakerOf(text)).toEqual(['النقابة']);
  });
});
