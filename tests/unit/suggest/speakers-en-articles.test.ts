import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): an unnamed source is marked with its article, as the guidelines'
// examples ("the company", "a neighbour") and the blind writers do; a body's proper name is not.
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('English speakers: the article of an unnamed source', () => {
  it('keeps "the" or "a" in the mention of a role or a body named in lower-case words', () => {
    expect(mentions('The cooperative said prices at the gate would rise in March.')).toEqual(['The cooperative']);
    expect(mentions('"We lost the whole crop," a grower in Tamsa told reporters.')).toEqual(['a grower in Tamsa']);
    expect(mentions('An engineer at the plant said the pumps had failed twice.')).toEqual(['An engineer at the plant']);
  });

  it('leaves the article outside a body’s proper name or acronym', () => {
    expect(mentions('The Regional Water Authority said supply would resume on Friday.')).toEqual(['Regional Water Authority']);
    expect(mentions('Water bills will rise by a tenth, the NWRA said on Monday.')).toEqual(['NWRA']);
  });

  it('gives the quote the whole mention as its speaker', () => {
    const [q] = quotes('The ministry said the road would reopen in May.');
    expect(q?.attributes.speakerText).toBe('The ministry');
  });
});
