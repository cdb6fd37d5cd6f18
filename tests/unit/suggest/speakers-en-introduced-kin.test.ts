import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): someone introduced in the sentence before "he says" / "she said".
const creditOf = (text: string, words: string) => quotes(text).find((q) => q.text === words)?.attributes.speakerText;

describe('English speakers: a person introduced just before a pronoun', () => {
  it('credits a possessive kin role with an appositive ("Her brother, a retired driver, …")', () => {
    const text = [
      'The taps ran dry again on Sunday.',
      '"We queue at four in the morning," Nomsa Khoza said.',
      'Her brother, a retired bus driver sitting on a plastic chair, laughs at the question.',
      '"I have been waiting for water since I was a boy," he says.',
    ].join('\n\n');
    expect(creditOf(text, 'I have been waiting for water since I was a boy')).toBe('Her brother');
  });

  it('reads past a long relative clause after a name', () => {
    const text = [
      'Prices at the market doubled in a year.',
      '"Nobody can afford meat now," Ruth Ansah said.',
      'Miss Efua, who has sold tomatoes and peppers from the same table for twenty-six years, laughed before I finished.',
      '"Forty cedis? That is one day of transport," she said.',
    ].join('\n\n');
    expect(creditOf(text, 'Forty cedis? That is one day of transport')).toBe('Efua');
  });
});
