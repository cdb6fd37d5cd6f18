import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): a person the story names before quoting.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('Arabic family names given by the story before a quote', () => {
  it('reads a family name met in the narrative as the name after a role (صاحب الهدف العتيبي فقال)', () => {
    const text = 'وسجل البديل سامي العتيبي هدف الفوز في الدقيقة 80.\nأما صاحب الهدف العتيبي فقال: «أهدي الفوز لأمي».';
    expect(mentions(text)).toEqual(['العتيبي']);
    expect(quotes(text)[0]?.attributes.speakerName).toBe('سامي العتيبي');
  });

  it('does not take a definite word after a given name for a family name when a lexicon says it is a body or a title', () => {
    // زار محمد الوزارة: الوزارة is a body, so "صاحب الطلب الوزارة" is no name.
    const text = 'زار محمد الوزارة أمس.\nأما صاحب الطلب الوزارة فقالت: «ننتظر الرد».';
    expect(mentions(text)).not.toContain('الوزارة');
  });
});
