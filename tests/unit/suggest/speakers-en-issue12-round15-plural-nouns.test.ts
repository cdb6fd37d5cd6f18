import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences: verb forms in -s that are also plural nouns.
const credited = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English cues: a verb form in -s that is a plural noun', () => {
  it('reads "coastal states", "annual reports" as nouns, so the speaker after "with … saying" keeps the quote', () => {
    const text =
      'The ministry announced a fund to help small fishers in six coastal states buy new boats, with Fisheries Minister Ada Obi saying the boats would last.';
    expect(credited(text)).toEqual(['Ada Obi']);
  });

  it('still reads "the minister states", "the council also notes" as reports', () => {
    expect(credited('The minister states that the plan is final.')).toEqual(['The minister']);
    expect(credited('The council also notes that rents rose by a third.')).toEqual(['The council']);
  });
});
