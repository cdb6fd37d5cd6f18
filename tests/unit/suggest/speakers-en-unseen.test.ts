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
      credited(
        'The Returning Officer, Prof. Ada Obi, who is the head of the University of Lagos, Akoka, said the winner polled 201,474 votes.',
      ),
    ).toEqual([['the winner polled 201,474 votes', 'Ada Obi']]);
  });

  it('credits the antecedent of a relative clause without commas, keeping an anonymity clause in the mention', () => {
    expect(credited('But several shop owners who spoke at the meeting said losing parking would drive away customers.')).toEqual([
      ['losing parking would drive away customers', 'several shop owners'],
    ]);
    expect(credited('A commuter who declined to give his name said the line had been shut all day.')).toEqual([
      ['the line had been shut all day', 'A commuter who declined to give his name'],
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
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['Ian Mellor', 'the woman’s son', 'the woman’s son']);
  });

  it('takes no clause (a pronoun, a modal, "until") for a speaker, and no order ("told him to go") for a report', () => {
    const text = 'Her neighbour, Tom Ryan, 71, said he would stay put until police told him to go.';
    expect(speakers(text).map((s) => s.text)).toEqual(['Tom Ryan']);
    expect(credited(text)).toEqual([['he would stay put until police told him to go', 'Tom Ryan']]);
  });
});

describe('English speakers and clauses: titles, shares of a group, amounts, plural nouns', () => {
  it('strips more titles and knows more roles (an administrator, a skipper)', () => {
    expect(credited('Acting Parks Administrator Dana Whitfield told the committee that the agency had approved 900 claims.')).toEqual([
      ['the agency had approved 900 claims', 'Dana Whitfield'],
    ]);
    expect(credited('Lahore skipper Omar Baig rued his side’s fielding, saying they had dropped three catches.')).toEqual([
      ['they had dropped three catches', 'Omar Baig'],
    ]);
  });

  it('reads "one of the managers" as an unnamed speaker', () => {
    expect(credited('"Everyone knew the rosters were fiction," one of the managers said.')).toEqual([
      ['Everyone knew the rosters were fiction', 'one of the managers'],
    ]);
  });

  it('takes a clause that opens with an amount', () => {
    expect(credited('City police said £38,500 had so far been recovered.')).toEqual([['£38,500 had so far been recovered', 'City police']]);
  });

  it('does not read "estimates" after "beat Wall Street" as a reporting verb', () => {
    expect(quotes('The retailer raised its forecast after sales beat Wall Street estimates, sending its shares up 9%.')).toEqual([]);
    // A subject that opens its own clause still estimates.
    expect(credited('The central bank estimates that growth will slow to 2% next year.')).toEqual([
      ['growth will slow to 2% next year', 'The central bank'],
    ]);
  });
});

describe('English acronyms of bodies named in full', () => {
  const names = (text: string) => quotes(text).map((q) => [q.attributes.speakerText, q.attributes.speakerName]);

  it('links an acronym to the body that spoke in full before', () => {
    const text =
      'Service on the line is suspended, the Toronto Transit Commission said on Monday. The TTC said roughly 200 shuttle buses had been deployed.';
    expect(names(text)).toEqual([
      ['Toronto Transit Commission', 'Toronto Transit Commission'],
      ['TTC', 'Toronto Transit Commission'],
    ]);
  });

  it('names an acronym by the full name written earlier outside any quote', () => {
    const text = 'Investigators from the National Transportation Safety Board arrived on Monday. The NTSB said it would examine the hull.';
    expect(names(text)).toEqual([['NTSB', 'National Transportation Safety Board']]);
  });

  it('leaves an acronym that no earlier words spell as its own name', () => {
    expect(names('The WHO said cases had doubled in a week.')).toEqual([['WHO', 'WHO']]);
  });
});

describe('English documents that speak', () => {
  it('reads a report sent to someone, records that show, and a lower-case document after "according to"', () => {
    expect(credited('A report to the cabinet said the scheme had cost twice its budget.')).toEqual([
      ['the scheme had cost twice its budget', 'A report to the cabinet'],
    ]);
    expect(credited('Records show the company billed the state for 40 nurses who had quit.')).toEqual([
      ['the company billed the state for 40 nurses who had quit', 'Records'],
    ]);
    expect(credited('According to internal records, supervisors were told to keep names on rosters.')).toEqual([
      ['supervisors were told to keep names on rosters', 'internal records'],
    ]);
    expect(credited('The audit found that two-thirds of the funds were unspent.')).toEqual([
      ['two-thirds of the funds were unspent', 'The audit'],
    ]);
  });

  it('takes "found" and "show" as a report only from a written finding, not from people or data', () => {
    expect(credited('The mayor found the keys on Monday. Police found that the car had been stolen.')).toEqual([]);
    expect(credited('Land registry data show 41,870 sales were recorded in March.')).toEqual([]);
  });
});
