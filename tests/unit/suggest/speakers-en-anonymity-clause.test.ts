import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): an unnamed source kept so by a long relative clause before the verb.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: a clause that keeps a source unnamed', () => {
  it('reads past a long "who did not want to be named because …" clause to its antecedent', () => {
    const text =
      'The pumps failed again last week. Across the square, a young father who did not want to be named because his sister works for the utility says the queue forms before dawn.';
    expect(credited(text)).toEqual([['the queue forms before dawn', 'a young father']]);
    expect(speakers(text).map((s) => s.text)).toEqual(['a young father']);
  });

  it('keeps "in" and the place inside an unnamed official before ", who spoke on condition of anonymity …, said"', () => {
    const text =
      'Lorries were turned back at the border. An official in the port authority, who spoke on condition of anonymity because he was not authorised to brief reporters, said the scanners had been broken since May.';
    expect(credited(text)).toEqual([['the scanners had been broken since May', 'An official in the port authority']]);
  });

  it('learns the gender of an unnamed source from the clause, so a later "she said" finds her', () => {
    const text = [
      'The clinic has run short of vaccines. A pharmacist in the town, who asked not to be named because she fears for her job, said the last delivery came in March.',
      '"Mothers come every morning and we send them home," she said.',
      'A driver for the supplier, a young man who asked not to be named because his employer forbids it, said the lorries had not been paid for.',
      'A cleaner at the clinic, a grandmother who asked not to be named because her son works for the council, said the fridges had been switched off.',
      '"Nobody told us anything," she said.',
    ].join('\n\n');
    const last = quotes(text).find((q) => q.text === 'Nobody told us anything');
    expect(last?.attributes.speakerText).toBe('A cleaner at the clinic');
  });

  it('takes the head of a role before its complement for number: "a neighbour of the Smiths" is one person', () => {
    const text = [
      'The lane has flooded twice this year. A neighbour of the Okafors said the drain had been blocked for months.',
      '"We asked and asked," she said.',
    ].join('\n\n');
    expect(credited(text)).toEqual([
      ['the drain had been blocked for months', 'A neighbour of the Okafors'],
      ['We asked and asked', 'A neighbour of the Okafors'],
    ]);
  });
});
