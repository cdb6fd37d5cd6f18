import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, حاج / شيخ without
// the article inside a name, before a given name, are part of the family name.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('an honorific without the article inside a name', () => {
  it('keeps حاج and the given name after it in the name', () => {
    expect(speakerOf('وقال مدير المؤسسة، المهندس وليد حاج علي، إن الضخ سيعود غداً.')).toEqual(['وليد حاج علي']);
  });

  it('keeps شيخ likewise', () => {
    expect(speakerOf('وقال وليد شيخ حسن إن الضخ سيعود غداً.')).toEqual(['وليد شيخ حسن']);
  });

  it('still ends the name before a title that opens a role', () => {
    expect(speakerOf('وقال وليد الحسن مدير المؤسسة إن الضخ سيعود غداً.')[0]).toMatch(/^وليد الحسن/);
  });
});
