import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Speaker phrases of kinds the unseen batch J showed the engine missing; every sentence is our own.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: subjects behind asides, clauses and conjunctions', () => {
  it('skips a party-and-state tag between commas, with a one-letter state initial or a clause after it', () => {
    expect(credited('Sen. Alma Ortega, D-N.M., said a hiring freeze had left the agency short.')).toEqual([
      ['a hiring freeze had left the agency short', 'Alma Ortega'],
    ]);
    expect(credited('Rep. Jo Kim, R-Texas, whose district flooded, said residents in her county had waited for months.')).toEqual([
      ['residents in her county had waited for months', 'Jo Kim'],
    ]);
  });

  it('reads the subject before a relative clause that holds commas of its own', () => {
    expect(
      credited('The Returning Officer, Prof. Ada Obi, who is the head of the University of Lagos, Akoka, said the winner polled 201,474 votes.'),
    ).toEqual([['the winner polled 201,474 votes', 'Ada Obi']]);
  });

  it('credits the antecedent of a relative clause without commas, keeping an anonymity clause in the mention', () => {
    expect(credited('But several shop owners who spoke at the meeting said losing parking would drive away customers.')).toEqual([
      ['losing parking would drive away customers', 'several shop owners'],
    ]);
    expect(credited('A commuter who declined to give his name said the line had been shut all day.')).toEqual([
      ['the line had been shut all day', 'commuter who declined to give his name'],
    ]);
    // A name right before the verb is the speaker.
    expect(credited('In Lorn, a resident who gave her name only as Kath said her family had moved upstairs.')).toEqual([
      ['her family had moved upstairs', 'Kath'],
    ]);
  });

  it('finds the subject of a sentence opened by a conjunction for its participle', () => {
    const text =
      'Okafor said the vote was bought. But the party’s Director of Publicity, Alhaji Sani Bello, dismissed the claims, saying the losers were bitter.';
    expect(credited(text)).toEqual([
      ['the vote was bought', 'Okafor'],
      ['the losers were bitter', 'Sani Bello'],
    ]);
  });

  it('gives relatives their gender, so "he said" after "the woman’s son" is the son', () => {
    const text =
      'Prosecutor Ian Mellor said she stole from residents. In a statement, the woman’s son said the family found out late. "Mum worked her whole life," he said.';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['Ian Mellor', 'woman’s son', 'woman’s son']);
  });

  it('takes no clause (a pronoun, a modal, "until") for a speaker, and no order ("told him to go") for a report', () => {
    const text = 'Her neighbour, Tom Ryan, 71, said he would stay put until police told him to go.';
    expect(speakers(text).map((s) => s.text)).toEqual(['Tom Ryan']);
    expect(credited(text)).toEqual([['he would stay put until police told him to go', 'Tom Ryan']]);
  });
});
