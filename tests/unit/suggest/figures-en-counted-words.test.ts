import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: a number word and the noun it counts joined by a hyphen (a two-bedroom
// flat), and "one" counting the noun after it when a preposition comes before.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('Hyphenated counts', () => {
  it('reads a number word joined to a singular noun as a count', () => {
    expect(shown('They rent a two-bedroom flat near the five-member board.')).toEqual([
      ['two-bedroom', 2],
      ['five-member', 5],
    ]);
  });

  it('leaves set phrases, adjectives in -ed, plural names and rugby positions', () => {
    expect(shown('A one-off grant, a one-roomed hut, cheap two-wheelers and a five-star hotel.')).toEqual([]);
  });
});

describe('"one" counting a noun', () => {
  it('reads "one" after a preposition with its singular noun', () => {
    expect(shown('She was charged with one count of theft and bailed with one guarantor.')).toEqual([
      ['one count', 1],
      ['one guarantor', 1],
    ]);
  });

  it('leaves "one" opening a sentence, idioms and the pronoun', () => {
    expect(shown('One driver said that at one point in one of the lanes traffic stopped.')).toEqual([]);
  });
});
