import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): a capitalized common word opening a sentence is not a one-word name.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: a common word read as a name', () => {
  it('offers the quote without a speaker when the text writes the word in lower case too', () => {
    const text =
      'The bus is due at seven. Usually it comes at eight. Usually, she says, it does not come at all. It usually breaks down near the bridge.';
    expect(speakers(text).map((s) => s.text)).not.toContain('Usually');
  });

  it('keeps a one-word name the text never writes in lower case', () => {
    const text = 'The plan was approved on Monday after a long debate in the chamber. Mwangi said the work would start in June.';
    expect(credited(text)).toEqual([['the work would start in June', 'Mwangi']]);
  });
});
