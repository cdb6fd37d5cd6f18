import { describe, expect, it } from 'vitest';
import { implausibleArabicSpeaker } from '../../../shared/suggest/speakers/arabic-implausible';

// Phrases written for these tests: what no one is called by, and names that look like it.
describe('implausibleArabicSpeaker', () => {
  it('rejects a phrase opening with a question word, with or without و', () => {
    expect(implausibleArabicSpeaker('وكيف واجهت')).toBe(true);
    expect(implausibleArabicSpeaker('لماذا تأخر')).toBe(true);
  });

  it('rejects a lone word shaped as a present-tense verb', () => {
    expect(implausibleArabicSpeaker('تنخفض')).toBe(true);
    expect(implausibleArabicSpeaker('يرتفع')).toBe(true);
  });

  it('keeps given names of that shape, foreign names in ف, titles and names of two words', () => {
    for (const name of ['يوسف', 'تامر', 'فيرنانديز', 'الوزير', 'تامر سعيد', 'يزيد العلي'])
      expect(implausibleArabicSpeaker(name)).toBe(false);
  });
});
