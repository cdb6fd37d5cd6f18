import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: a named speaker followed by an age and a hometown, each
// between commas, before the verb.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: an age and a place between commas after the name', () => {
  it('"Ruth Evans, 68, from Porthcawl, told us" is Ruth Evans’s, and "us" is no speaker', () => {
    const speakers = speakerOf('Storm live\nRuth Evans, 68, from Porthcawl, told us she saw a tree fall outside her window.');
    expect(speakers).toEqual(['Ruth Evans']);
  });

  it('a number between commas that follows no name gives no speaker', () => {
    const speakers = speakerOf('Storm live\nIn 2019, 68, from the coast, told us the trees had fallen.');
    expect(speakers.filter((s) => s !== '')).toEqual([]);
  });
});
