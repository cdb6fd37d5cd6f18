import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Unnamed speakers described by an adjective, by where they live or work, or by a sentence
// about how they spoke before a colon. Every sentence is our own.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers described rather than named', () => {
  it('keeps an -ed adjective between the article and the role ("a retired nurse")', () => {
    expect(credited('A retired nurse said the ward had been short of staff all winter.')).toEqual([
      ['the ward had been short of staff all winter', 'A retired nurse'],
    ]);
    // A past-tense verb still ends the subject: "the council approved" is no speaker.
    expect(speakers('The council approved the plan, and officials said work would start soon.').map((s) => s.text)).toEqual(['officials']);
  });

  it('takes a role situated by a participle and a place as the whole mention, across a relative clause', () => {
    expect(credited('A fisherman living near the old pier said the catch had halved since spring.')).toEqual([
      ['the catch had halved since spring', 'A fisherman living near the old pier'],
    ]);
    expect(
      credited('A retired teacher living on the estate, who has rented her flat for thirty years, said she had nowhere else to go.'),
    ).toEqual([['she had nowhere else to go', 'A retired teacher living on the estate']]);
  });

  it('does not treat a participle after a name or a thing as a description of the speaker', () => {
    expect(credited('Ana Lopez, working at the clinic since 2019, said the shelves were empty.')).toEqual([
      ['the shelves were empty', 'Ana Lopez'],
    ]);
    // "boats waiting in the bay" are no people: the speaker is the fisherman after the clause.
    expect(speakers('The boats waiting in the bay said nothing about the storm, a fisherman said.').map((s) => s.text)).toEqual([
      'a fisherman',
    ]);
  });

  it('credits the subject of "X was more cautious:" before a quotation, not the whole sentence', () => {
    const text = 'The harbour master was more cautious: “We will not reopen the channel until the survey is done.”';
    expect(credited(text)).toEqual([['We will not reopen the channel until the survey is done', 'harbour master']]);
    expect(speakers(text).map((s) => s.text)).not.toContain('The harbour master was more cautious');
  });

  it('offers no pronoun as the speaker of "She was blunter:"', () => {
    const text = 'She was blunter: “Nobody asked us.”';
    expect(speakers(text).map((s) => s.text)).toEqual([]);
  });
});

describe('English bodies whose names hold a plural possessive', () => {
  it('reads "the Dock Workers\' Union" whole, with either apostrophe', () => {
    expect(credited("The Dock Workers' Union said it would comply with the order.")).toEqual([
      ['it would comply with the order', "Dock Workers' Union"],
    ]);
    expect(credited('The Harbour Employers’ Association said it welcomed the decision.')).toEqual([
      ['it welcomed the decision', 'Harbour Employers’ Association'],
    ]);
  });

  it('does not join a lower-case possessive ("the workers\' leader") to a name', () => {
    expect(speakers("The workers' leader said the strike would go on.").map((s) => s.text)).toEqual(['leader']);
  });
});

describe('English unnamed speakers placed by a street or town after an inverted verb', () => {
  it('keeps the place in the mention of someone indefinite ("said one woman on Porter Road")', () => {
    expect(credited('"It sounded like gunshots all evening," said one woman on Porter Road, who asked not to be named.')).toEqual([
      ['It sounded like gunshots all evening', 'one woman on Porter Road'],
    ]);
    // The place is no name of its own.
    expect(credited('"We were not warned," said a farmer near Ballyglass.')).toEqual([['We were not warned', 'a farmer near Ballyglass']]);
  });

  it('keeps a day out of the mention, and a definite role as it was', () => {
    expect(credited('"We were not warned," said a spokesman on Monday.')).toEqual([['We were not warned', 'a spokesman']]);
    expect(credited('"We were not warned," said the mayor in Leeds.')).toEqual([['We were not warned', 'the mayor']]);
  });
});
