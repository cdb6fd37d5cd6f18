import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): "according to <body> figures" names the body as the source.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English: the body behind a document after "according to"', () => {
  it('credits an acronym or a proper name before the document noun, without the noun', () => {
    expect(credited('Exports rose 4 per cent in May, according to NWRA data.')).toEqual([['Exports rose 4 per cent in May', 'NWRA']]);
    expect(credited('Ridership fell to 790,000 trips, according to Lower Valley Transit figures.')).toEqual([
      ['Ridership fell to 790,000 trips', 'Lower Valley Transit'],
    ]);
  });

  it('credits the possessor of a document, with its article when it is no proper name', () => {
    expect(credited("Households produce half of the waste, according to the Ministry's latest waste audit.")).toEqual([
      ['Households produce half of the waste', 'the Ministry'],
    ]);
  });

  it('keeps a document in lower-case words as it is', () => {
    expect(credited('Ridership fell to 790,000 trips, according to internal records.')).toEqual([
      ['Ridership fell to 790,000 trips', 'internal records'],
    ]);
  });
});
