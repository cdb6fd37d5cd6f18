import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): verbs of saying that report no words, and a subject with an age
// in apposition before "and says".
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English: pleas, clause subjects and a coordinated "and says"', () => {
  it('reads no quotation and no speaker in a plea (pleaded guilty, pleads not guilty, no contest)', () => {
    const text =
      'The two directors pleaded not guilty to all 12 counts of fraud. Okoro pleaded guilty in May to one count of theft. The firm pleads no contest to the charge.';
    expect(quotes(text)).toEqual([]);
    expect(speakers(text)).toEqual([]);
    // A plea with words of its own is still a report.
    expect(speakerOf('Okoro pleaded with the court that his mother was ill.')).toEqual(['Okoro']);
  });

  it('credits "and says" to a named subject with an age between commas', () => {
    const text = 'Maria Roe, 68, rode out the last storm in the same house and says she is not leaving this time either.';
    expect(speakerOf(text)).toEqual(['Maria Roe']);
  });

  it('does not take the subject of the reported clause as an inverted speaker (…, said some vendors were …)', () => {
    const text =
      'A resident who runs a barbershop, and who asked not to be named because he sits on the committee, said some vendors were filling their carts from illegal connections.';
    expect(speakers(text).map((s) => s.text)).not.toContain('some vendors');
  });
});
