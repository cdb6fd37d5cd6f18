import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): "X welcomed … but said …" with no other quote in the sentence.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const LEAD = 'The plan was published on Monday.\n\n"We will read it closely," said Ada Nwosu, who chairs the tenants forum.\n\n';

describe('English speakers: a verb of saying after "but"', () => {
  it('credits the sentence subject, not the speaker before, and ends the subject at its own verb', () => {
    expect(credited(`${LEAD}The council welcomed the offer but said it came too late for this winter.`).at(-1)).toEqual([
      'it came too late for this winter',
      'The council',
    ]);
  });

  it('keeps a speaker who already spoke in the sentence for "…, but warned"', () => {
    expect(credited(`${LEAD}Officials said the talks had stalled, but warned a deal was still possible.`).slice(-2)).toEqual([
      ['the talks had stalled', 'Officials'],
      ['a deal was still possible', 'Officials'],
    ]);
  });
});
