import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): what sits between a speaker and the verb, and the words a
// speaker phrase is made of, in English news grammar.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: titles, bodies and asides', () => {
  it('reads past an abbreviated title with a full stop (Coun., Cllr., Cr) to the name', () => {
    const text = '"Nobody is banning spare rooms," said Coun. Maria Velasquez, who moved the motion. "A house is a home first."';
    expect(speakerOf(text)).toEqual(['Maria Velasquez', 'Maria Velasquez']);
    expect(speakers(text).map((s) => s.text)).toEqual(['Maria Velasquez']);
    expect(speakerOf('Cr Lena Toala said the line would reopen in March.')).toEqual(['Lena Toala']);
  });

  it('keeps a body whose name joins two capitalized words with "&" whole', () => {
    const text = 'Holt & Barrow, which employs about 6,000 people, said staff were told on Monday.';
    expect(speakerOf(text)).toEqual(['Holt & Barrow']);
    expect(speakerOf('"We regret the closures," said Marsh & Finch in a statement.')).toEqual(['Marsh & Finch']);
  });

  it('takes the name in apposition when a short bracket follows it (an age, a post-nominal)', () => {
    expect(speakerOf('The committee chair, Dora Keane (41), said takings were up a fifth on last year.')).toEqual(['Dora Keane']);
    expect(speakerOf('Counsel to the second defendant, Chief Tunde Bakare (SAN), told the court that his client was ill.')).toEqual([
      'Tunde Bakare',
    ]);
  });

  it('credits the body, not the signatory, when "in a statement by …" stands between them and the verb', () => {
    const text = 'The Medical Guild, in a statement by its president, Dr. Ada Obi, said it would name its lecture after her.';
    expect(speakerOf(text)).toEqual(['Medical Guild']);
    // Without the aside, the name in apposition still speaks.
    expect(speakerOf('The guild’s president, Dr. Ada Obi, said the lecture would be named after her.')).toEqual(['Ada Obi']);
  });

  it('lets "the family" speak, as a group of people', () => {
    const text = 'The family announced his death in a statement on Monday, saying he died peacefully at home.';
    expect(speakerOf(text)).toEqual(['The family']);
  });
});
